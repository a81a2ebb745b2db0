/**
 * Whole percentages of `counts`: equal counts get equal percentages, and otherwise they add up to 100 (largest
 * remainder: each part gets its rounded-down share, and the points left over go to the largest remainders, the
 * larger count first on a tie). Counts that are equal share their remainder, so they take a point left over all
 * together or, when fewer points are left than they are, each is rounded to the nearest (33 + 33 + 33 = 99 for
 * three equal parts, 29 + 29 + 29 + 14 = 101 for 2, 2, 2 and 1): a bias bar that read 34 / 33 / 33 on an even split
 * would say one side leads. All zeros for no count.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((n) => (100 * n) / total);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((sum, n) => sum + n, 0);
  const groups = new Map<number, number[]>();
  for (const [i, n] of counts.entries()) groups.set(n, [...(groups.get(n) ?? []), i]);
  const order = [...groups.entries()]
    .map(([count, members]) => ({ count, members, remainder: exact[members[0]!]! - whole[members[0]!]! }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count);
  for (const { members, remainder } of order) {
    if (left <= 0 || remainder === 0) break;
    if (members.length > left) {
      if (remainder >= 0.5) for (const i of members) whole[i]! += 1;
      break;
    }
    for (const i of members) whole[i]! += 1;
    left -= members.length;
  }
  return whole;
}
