import { porterStem } from './porter-stem.ts';

/** Precision, recall and F1 of one ROUGE variant. */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** ROUGE-1, ROUGE-2 and sentence-level ROUGE-L (not rougeLsum) of one prediction against one target. */
export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeL: RougeScore;
}

/**
 * Tokens as `rouge-score` makes them (google-research/rouge, tokenize.py): lower-case, every run of characters
 * outside [a-z0-9] becomes a space, words longer than 3 characters are Porter-stemmed (NLTK's stemmer).
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (token.length > 3 ? porterStem(token) : token));
}

/** ROUGE-1/2/L F1 of `prediction` against `target`, computed as the standard `rouge-score` package does with stemming. */
export function scoreRouge(target: string, prediction: string): RougeScores {
  const t = rougeTokens(target);
  const p = rougeTokens(prediction);
  return { rouge1: scoreNgrams(t, p, 1), rouge2: scoreNgrams(t, p, 2), rougeL: scoreLcs(t, p) };
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function scoreNgrams(target: readonly string[], prediction: readonly string[], n: number): RougeScore {
  const t = countNgrams(target, n);
  const p = countNgrams(prediction, n);
  let overlap = 0;
  for (const [gram, count] of t) overlap += Math.min(count, p.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  // rouge-score divides by max(count, 1), so an empty side scores 0 rather than NaN.
  return score(overlap / Math.max(total(p), 1), overlap / Math.max(total(t), 1));
}

function scoreLcs(target: readonly string[], prediction: readonly string[]): RougeScore {
  if (target.length === 0 || prediction.length === 0) return score(0, 0);
  const lcs = lcsLength(target, prediction);
  return score(lcs / prediction.length, lcs / target.length);
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function score(precision: number, recall: number): RougeScore {
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
