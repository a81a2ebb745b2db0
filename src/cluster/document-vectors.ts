import type { AnalyzedArticle, FieldTerms } from './analyze-article.ts';
import type { TermSpace } from './term-space.ts';

/** A sparse vector of term ids and weights (unit length unless empty). */
export interface TermVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

/** The three kinds of term, each with its own vocabulary and IDF. */
export const TERM_KINDS = ['tokens', 'stems', 'entities'] as const;
/** The three parts compared, as in Miranda et al. 2018. */
export const FIELD_PARTS = ['title', 'body', 'all'] as const;
/** Number of sub-vectors: kinds × parts. */
export const FIELD_COUNT = TERM_KINDS.length * FIELD_PARTS.length;

/** Vocabularies of the three kinds of term. */
export type TermSpaces = readonly [tokens: TermSpace, stems: TermSpace, entities: TermSpace];

/** An article's nine TF-IDF sub-vectors, indexed kind × 3 + part. */
export type DocumentVectors = readonly TermVector[];

const EMPTY: TermVector = { ids: [], weights: [] };

function countIds(space: TermSpace, terms: readonly string[], into: Map<number, number>): void {
  for (const term of terms) {
    const id = space.idOf(term);
    into.set(id, (into.get(id) ?? 0) + 1);
  }
}

function weigh(space: TermSpace, counts: ReadonlyMap<number, number>): TermVector {
  if (counts.size === 0) return EMPTY;
  const ids: number[] = [];
  const weights: number[] = [];
  let sum = 0;
  for (const [id, tf] of counts) {
    const weight = (1 + Math.log(tf)) * space.idf(id);
    ids.push(id);
    weights.push(weight);
    sum += weight * weight;
  }
  const norm = Math.sqrt(sum);
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return { ids, weights };
}

/**
 * Weighs an article's terms into its nine sub-vectors (sublinear TF × IDF, unit length). With `observe`, the
 * article's distinct terms are first counted into the document frequencies.
 */
export function vectorizeArticle(
  article: AnalyzedArticle,
  spaces: TermSpaces,
  observe: boolean,
): DocumentVectors {
  const vectors: TermVector[] = [];
  TERM_KINDS.forEach((kind, k) => {
    const space = spaces[k]!;
    const title = new Map<number, number>();
    const body = new Map<number, number>();
    countIds(space, (article.title as FieldTerms)[kind], title);
    countIds(space, (article.body as FieldTerms)[kind], body);
    const all = new Map(title);
    for (const [id, tf] of body) all.set(id, (all.get(id) ?? 0) + tf);
    if (observe) space.observe(all.keys());
    vectors.push(weigh(space, title), weigh(space, body), weigh(space, all));
  });
  return vectors;
}
