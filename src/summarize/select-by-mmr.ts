import type { ModelSentence } from './build-story-model.ts';
import { cosine, type TermVector } from './term-vector.ts';

/** How `selectByMmr` trades relevance against novelty and spreads picks over groups. */
export interface MmrOptions {
  readonly count: number;
  readonly lambda: number;
  /** A candidate at least this alike to something already chosen (or excluded) is a repeat and skipped. */
  readonly duplicateThreshold: number;
  /** Smallest share of a candidate's content words not yet said by what is chosen or excluded (default 0). */
  readonly minNovelty?: number;
  /** Group of a candidate (e.g. its side); null groups are not limited. */
  readonly groupOf?: (sentence: ModelSentence) => string | null;
  /** Most picks per group while candidates of other groups remain. */
  readonly perGroup?: number;
}

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): repeatedly picks the sentence maximising
 * λ·relevance − (1−λ)·max similarity to what is chosen, never a near-duplicate, at most `perGroup` per group.
 */
export function selectByMmr(
  pool: readonly ModelSentence[],
  relevance: (sentence: ModelSentence) => number,
  exclude: readonly TermVector[],
  options: MmrOptions,
): ModelSentence[] {
  const scored = pool.map((sentence) => ({ sentence, relevance: relevance(sentence) }));
  const chosen: ModelSentence[] = [];
  const taken = new Map<string, number>();
  const against = [...exclude];
  const said = new Set(exclude.flatMap((v) => [...v.keys()]));
  while (chosen.length < options.count) {
    let best: { sentence: ModelSentence; score: number } | undefined;
    let bestCapped: typeof best;
    for (const { sentence, relevance: rel } of scored) {
      if (chosen.includes(sentence)) continue;
      const redundancy = Math.max(0, ...against.map((v) => cosine(v, sentence.vector)));
      if (redundancy >= options.duplicateThreshold) continue;
      if (novelty(sentence.vector, said) < (options.minNovelty ?? 0)) continue;
      const score = options.lambda * rel - (1 - options.lambda) * redundancy;
      const group = options.groupOf?.(sentence) ?? null;
      const capped =
        group !== null && (taken.get(group) ?? 0) >= (options.perGroup ?? Number.POSITIVE_INFINITY);
      if (capped) {
        if (bestCapped === undefined || score > bestCapped.score + 1e-12) bestCapped = { sentence, score };
      } else if (best === undefined || score > best.score + 1e-12) best = { sentence, score };
    }
    const pick = best ?? bestCapped;
    if (pick === undefined) break;
    chosen.push(pick.sentence);
    against.push(pick.sentence.vector);
    for (const term of pick.sentence.vector.keys()) said.add(term);
    const group = options.groupOf?.(pick.sentence) ?? null;
    if (group !== null) taken.set(group, (taken.get(group) ?? 0) + 1);
  }
  return chosen;
}

function novelty(vector: TermVector, said: ReadonlySet<string>): number {
  if (vector.size === 0) return 0;
  let fresh = 0;
  for (const term of vector.keys()) if (!said.has(term)) fresh += 1;
  return fresh / vector.size;
}
