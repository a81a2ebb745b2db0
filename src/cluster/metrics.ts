/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Pair-counting (Miranda et al. 2018 `eval.py`) and BCubed (Amigó et al. 2009) scores of one clustering. */
export interface ClusteringScore {
  readonly pairwise: PrecisionRecall;
  readonly bcubed: PrecisionRecall;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

// 0/0 counts as perfect: a clustering that claims no pairs makes no wrong claim (and misses none when gold has none).
const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

const harmonic = (precision: number, recall: number): PrecisionRecall => ({
  precision,
  recall,
  f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
});

/** Scores a predicted clustering against gold labels, both given per document in the same order. */
export function scoreClustering(
  gold: readonly string[],
  predicted: readonly (string | number)[],
): ClusteringScore {
  if (gold.length !== predicted.length) {
    throw new Error(`cluster: ${gold.length} gold labels but ${predicted.length} predictions`);
  }
  const goldSize = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const cell = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = String(predicted[i]!);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predictedSize.set(p, (predictedSize.get(p) ?? 0) + 1);
    const key = `${g}\u0000${p}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  let truePairs = 0;
  let bcubedPrecision = 0;
  let bcubedRecall = 0;
  for (const [key, n] of cell) {
    const [g, p] = key.split('\u0000') as [string, string];
    truePairs += pairs(n);
    // Each of the n documents in this cell sees n correct companions out of its predicted and gold clusters.
    bcubedPrecision += (n * n) / predictedSize.get(p)!;
    bcubedRecall += (n * n) / goldSize.get(g)!;
  }
  let predictedPairs = 0;
  for (const n of predictedSize.values()) predictedPairs += pairs(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += pairs(n);
  const documents = gold.length;
  return {
    pairwise: harmonic(ratio(truePairs, predictedPairs), ratio(truePairs, goldPairs)),
    bcubed: harmonic(ratio(bcubedPrecision, documents), ratio(bcubedRecall, documents)),
  };
}
