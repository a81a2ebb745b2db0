import { FEEDBACK_VERDICTS, type FeedbackVerdict, isFeedbackVerdict } from '../../domain/index.ts';
import { HttpError } from '../http-error.ts';

/** What POST /api/stories/:id/feedback asks to record. */
export interface FeedbackRequest {
  readonly articleId: number;
  readonly verdict: FeedbackVerdict;
}

const FIELDS = new Set(['article_id', 'verdict']);

/**
 * Reads `{"article_id": N, "verdict": "not_in_story"}` strictly: text that is not JSON, another shape, a field
 * missing, of the wrong type or unknown is a 400 naming it.
 */
export function parseFeedbackJson(text: string): FeedbackRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'web: the body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'web: the body must be a JSON object {"article_id","verdict"}');
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !FIELDS.has(key));
  if (unknown !== undefined) throw new HttpError(400, `web: unknown field "${unknown.slice(0, 40)}"`);
  const articleId = record.article_id;
  if (typeof articleId !== 'number' || !Number.isSafeInteger(articleId) || articleId < 1)
    throw new HttpError(400, 'web: article_id must be a positive integer');
  if (!isFeedbackVerdict(record.verdict))
    throw new HttpError(400, `web: verdict must be one of ${FEEDBACK_VERDICTS.join(', ')}`);
  return { articleId, verdict: record.verdict };
}
