import type { ClusterInput } from './types.ts';

/** One line of a labelled stream: the article and its gold story id. */
export interface LabelledArticle {
  readonly input: ClusterInput;
  readonly story: string;
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Checks one parsed line and turns it into a labelled article; `where` names the line in error messages. */
function toLabelledArticle(value: unknown, where: string, requireStory: boolean): LabelledArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`cluster: ${where}: expected a JSON object`);
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error(`cluster: ${where}: "id" is missing`);
  if (typeof record.title !== 'string') throw new Error(`cluster: ${where}: "title" must be a string`);
  const text = record.text ?? '';
  if (typeof text !== 'string') throw new Error(`cluster: ${where}: "text" must be a string`);
  const published = record.published ?? null;
  if (published !== null && (typeof published !== 'string' || Number.isNaN(Date.parse(published)))) {
    throw new Error(`cluster: ${where}: "published" must be an ISO 8601 date or null`);
  }
  const story = record.story;
  const hasStory = (typeof story === 'string' && story !== '') || typeof story === 'number';
  if (requireStory && !hasStory) throw new Error(`cluster: ${where}: "story" (the gold story id) is missing`);
  return {
    input: {
      id: String(id),
      title: record.title,
      text,
      published,
      url: optionalString(record.url),
      outlet: optionalString(record.outlet),
      lang: optionalString(record.lang),
    },
    story: hasStory ? String(story) : '',
  };
}

/**
 * Parses a labelled stream (DESIGN §4: JSON Lines, one article per line, in stream order). A missing gold
 * `story` reads as "" unless `requireStory` (scoring and training need it: without, every such article would be
 * one gold story); a malformed line, or an id that repeats an earlier line's (its stories could not be told apart in
 * the output), throws an error naming `source` and the line number.
 */
export function parseLabelledStream(
  text: string,
  source = 'stream',
  options: { readonly requireStory?: boolean } = {},
): LabelledArticle[] {
  const articles: LabelledArticle[] = [];
  const lineOfId = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = `${source} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`cluster: ${where}: not valid JSON (${(error as Error).message})`);
    }
    const article = toLabelledArticle(value, where, options.requireStory ?? false);
    const earlier = lineOfId.get(article.input.id);
    if (earlier !== undefined) {
      throw new Error(`cluster: ${where}: "id" ${JSON.stringify(article.input.id)} repeats line ${earlier}`);
    }
    lineOfId.set(article.input.id, i + 1);
    articles.push(article);
  }
  return articles;
}
