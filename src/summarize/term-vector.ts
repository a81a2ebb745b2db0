import { isStopword, stem, tokenize } from '../text/index.ts';
import type { BackgroundTerms } from './types.ts';

/** A sparse, L2-normalised term vector (stem → weight). */
export type TermVector = ReadonlyMap<string, number>;

/** Stems of the content words of a text: stopwords, numbers and one-letter tokens dropped. */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const token of tokenize(text)) {
    if (isStopword(token) || /^[\d.,'-]+$/.test(token)) continue;
    stems.push(stem(token));
  }
  return stems;
}

/**
 * Inverse document frequencies over the story's documents (one per article), smoothed, and blended with a
 * background corpus when given so that words common in all news weigh little even in a two-article story.
 */
export function computeIdf(
  documents: readonly (readonly string[])[],
  background?: BackgroundTerms,
): (term: string) => number {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return (term) => {
    const local = Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
    if (background === undefined) return local;
    const bg = Math.log((background.documents + 1) / ((background.frequencies.get(term) ?? 0) + 1)) + 1;
    return Math.sqrt(local * bg);
  };
}

/** TF-IDF vector of a list of stems, L2-normalised (empty for no stems). */
export function vectorize(stems: readonly string[], idf: (term: string) => number): TermVector {
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  const weighted = new Map<string, number>();
  for (const [term, count] of tf) weighted.set(term, (1 + Math.log(count)) * idf(term));
  return normalize(weighted);
}

/** The normalised mean of several vectors: the centre of a set of articles or sentences. */
export function centroidOf(vectors: readonly TermVector[]): TermVector {
  const sum = new Map<string, number>();
  for (const vector of vectors) for (const [term, w] of vector) sum.set(term, (sum.get(term) ?? 0) + w);
  return normalize(sum);
}

/** Cosine of two normalised vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

function normalize(weights: Map<string, number>): TermVector {
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm === 0) return new Map();
  const out = new Map<string, number>();
  // Sorted keys keep iteration order, and so floating-point sums, independent of input order.
  for (const term of [...weights.keys()].sort()) out.set(term, weights.get(term)! / norm);
  return out;
}
