/**
 * Whole percentages of `counts` that add up to 100 (largest remainder: each part gets its rounded-down share, and
 * the points left over go to the largest remainders, the larger count first on a tie). Rounding each share on its
 * own gives 33 + 33 + 33 = 99 for three equal parts, or 101 elsewhere; a reader adds them up. All zeros for no count.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((n) => (100 * n) / total);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((sum, n) => sum + n, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - whole[i]! }))
    .sort((a, b) => b.remainder - a.remainder || counts[b.i]! - counts[a.i]! || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i]! += 1;
    left -= 1;
  }
  return whole;
}
