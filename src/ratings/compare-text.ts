/** Orders strings by code unit: locale-independent (dates, ids and rater names sort the same everywhere) and fast. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
