import type { AnalyzedArticle, FieldTerms } from './analyze-article.ts';
import { type SortedVector, toSortedVector } from './sorted-vector.ts';
import type { TermSpace } from './term-space.ts';

/** A sparse vector of term ids (ascending) and weights, unit length unless empty. */
export type TermVector = SortedVector;

/** A kind of term, each with its own vocabulary and IDF. */
export type TermKind = 'stems' | 'entities';
/**
 * The kinds compared. Miranda et al. 2018 also use surface tokens beside lemmas; with Porter stems the two
 * vectors are near copies, so surface tokens are not compared (a third less memory and time per story).
 */
export const TERM_KINDS: readonly TermKind[] = ['stems', 'entities'];
/** The three parts compared, as in Miranda et al. 2018. */
export const FIELD_PARTS = ['title', 'body', 'all'] as const;
/** One part of an article. */
export type FieldPart = (typeof FIELD_PARTS)[number];
/** Number of sub-vectors: kinds × parts. */
export const FIELD_COUNT = TERM_KINDS.length * FIELD_PARTS.length;

/** The index of a sub-vector. */
export function fieldIndex(kind: TermKind, part: FieldPart): number {
  return TERM_KINDS.indexOf(kind) * FIELD_PARTS.length + FIELD_PARTS.indexOf(part);
}

/** Vocabularies of the kinds of term, in TERM_KINDS order. */
export type TermSpaces = readonly TermSpace[];

/** An article's TF-IDF sub-vectors, indexed by fieldIndex. */
export type DocumentVectors = readonly TermVector[];

const EMPTY: TermVector = { ids: new Int32Array(0), weights: new Float64Array(0), length: 0 };

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
  return toSortedVector(ids, weights);
}

/**
 * Weighs an article's terms into its six sub-vectors, stems and names × title, body and both (sublinear TF × IDF,
 * unit length). With `observe`, the article's distinct terms are first counted into the document frequencies.
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
