/**
 * The keys with the `k` highest scores that pass `accept`, best first (ties: higher key first), by insertion into
 * a short sorted list: cheaper than sorting every scored key when k is small.
 */
export function topScores(
  scores: ReadonlyMap<number, number>,
  k: number,
  accept: (key: number) => boolean,
): number[] {
  const keys: number[] = [];
  const values: number[] = [];
  for (const [key, value] of scores) {
    const n = keys.length;
    if (n === k && (value < values[n - 1]! || (value === values[n - 1]! && key < keys[n - 1]!))) continue;
    if (!accept(key)) continue;
    let i = n;
    while (i > 0 && (values[i - 1]! < value || (values[i - 1] === value && keys[i - 1]! < key))) i--;
    keys.splice(i, 0, key);
    values.splice(i, 0, value);
    if (keys.length > k) {
      keys.pop();
      values.pop();
    }
  }
  return keys;
}
