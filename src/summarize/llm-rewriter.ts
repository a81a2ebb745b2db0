import type { KeyPoint } from '../domain/index.ts';
import type { StorySynthesis } from './types.ts';

/** An OpenAI-compatible chat-completions endpoint (config.llm). */
export interface LlmOptions {
  /** Base URL; requests go to `${url}/chat/completions`. */
  readonly url: string;
  readonly key?: string;
  readonly model: string;
  readonly timeoutMs: number;
}

/** Which text the story got: the model's rewrite, or the extractive result and why the rewrite was refused. */
export type RewriteResult =
  | { readonly kind: 'llm'; readonly synthesis: StorySynthesis }
  | { readonly kind: 'extractive'; readonly synthesis: StorySynthesis; readonly reason: string };

const INSTRUCTIONS = [
  'You edit the title, one-line summary and key points of a news story so that they read neutrally and clearly.',
  'Use ONLY the facts in the given sentences: add no fact, name, number, date or quotation that is not in them.',
  'Remove loaded or sensational words. Keep each point short (one sentence).',
  'Every point must keep the citation ids ("cite") of the sentence(s) it comes from; do not add points.',
  'Answer with JSON only: {"title": string, "summary": string, "points": [{"text": string, "cite": number[]}]}.',
].join(' ');

/**
 * Asks the model to rewrite title, summary and key points from the extracted material only, then verifies the
 * answer (JSON shape, sane lengths, no new points, citations drawn from the extraction, no number or name that
 * the extraction lacks). Any error, timeout or failed check returns the extractive synthesis with the reason.
 */
export async function rewriteWithLlm(synthesis: StorySynthesis, options: LlmOptions): Promise<RewriteResult> {
  const material = {
    title: synthesis.title,
    summary: synthesis.summary,
    points: synthesis.keyPoints.map((p) => ({ text: p.text, cite: p.articleIds })),
  };
  let content: string;
  try {
    content = await complete(JSON.stringify(material), options);
  } catch (error) {
    return { kind: 'extractive', synthesis, reason: (error as Error).message };
  }
  const checked = checkRewrite(content, synthesis);
  if (typeof checked === 'string') return { kind: 'extractive', synthesis, reason: `summarize: ${checked}` };
  return { kind: 'llm', synthesis: { ...synthesis, ...checked } };
}

async function complete(material: string, options: LlmOptions): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetch(`${options.url.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      signal: controller.signal,
      headers: {
        'content-type': 'application/json',
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      },
      body: JSON.stringify({
        model: options.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: INSTRUCTIONS },
          { role: 'user', content: material },
        ],
      }),
    });
    if (!response.ok) throw new Error(`summarize: LLM endpoint answered HTTP ${response.status}`);
    const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new Error('summarize: LLM answer has no message content');
    return content;
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`summarize: LLM timed out after ${options.timeoutMs} ms`);
    if ((error as Error).message.startsWith('summarize:')) throw error;
    throw new Error(`summarize: LLM request failed: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

type Rewrite = Pick<StorySynthesis, 'title' | 'summary' | 'keyPoints'>;

/** The verified rewrite, or what is wrong with it. */
function checkRewrite(content: string, original: StorySynthesis): Rewrite | string {
  let answer: unknown;
  try {
    answer = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
  } catch {
    return 'LLM answer is not JSON';
  }
  const a = answer as { title?: unknown; summary?: unknown; points?: unknown };
  if (typeof a.title !== 'string' || a.title.trim().length < 3 || a.title.length > 200) return 'bad title';
  if (typeof a.summary !== 'string' || a.summary.length > 600) return 'bad summary';
  if (original.summary !== '' && a.summary.trim() === '') return 'summary dropped';
  if (!Array.isArray(a.points)) return 'points missing';
  if (a.points.length > original.keyPoints.length) return 'LLM added points';
  if (a.points.length < Math.min(original.keyPoints.length, 1)) return 'LLM dropped every point';
  const allowed = new Set(original.keyPoints.flatMap((p) => p.articleIds));
  const points: KeyPoint[] = [];
  for (const point of a.points as { text?: unknown; cite?: unknown }[]) {
    if (typeof point?.text !== 'string' || point.text.trim().length < 10 || point.text.length > 600) {
      return 'bad point text';
    }
    const cite = point.cite;
    if (!Array.isArray(cite) || cite.length === 0) return 'point without citations';
    if (!cite.every((id) => typeof id === 'number' && allowed.has(id)))
      return 'point cites an article outside the extraction';
    points.push({ text: point.text.trim(), articleIds: [...new Set(cite as number[])] });
  }
  const source = [original.title, original.summary, ...original.keyPoints.map((p) => p.text)].join(' ');
  const written = [a.title, a.summary, ...points.map((p) => p.text)].join(' ');
  const invented = inventedTokens(source, written);
  if (invented.length > 0) return `LLM wrote what the extraction lacks: ${invented.slice(0, 5).join(', ')}`;
  return { title: a.title.trim(), summary: a.summary.trim(), keyPoints: points };
}

// A cheap fidelity check: every number and every capitalised word not opening a sentence must occur in the
// extracted material (case-insensitively), so a rewrite cannot bring in a new figure, date or name.
function inventedTokens(source: string, written: string): string[] {
  const known = new Set(source.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const out: string[] = [];
  for (const sentence of written.split(/(?<=[.!?])\s+/)) {
    const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
    words.forEach((word, i) => {
      const flagged = /\p{N}/u.test(word) || (i > 0 && /^\p{Lu}/u.test(word));
      if (flagged && !known.has(word.toLowerCase())) out.push(word);
    });
  }
  return [...new Set(out)];
}
