/** A term's log-odds ratio between two groups, with its variance-scaled z-score. */
export interface LogOddsScore {
  readonly term: string;
  readonly delta: number;
  readonly z: number;
}

/**
 * Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
 * Words", eq. 16–22): δ_w = log((y_iw+α_w)/(n_i+α_0−y_iw−α_w)) − log((y_jw+α_w)/(n_j+α_0−y_jw−α_w)),
 * σ²_w ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w), z = δ/σ. Positive z: `focus` uses the word more than `rest`.
 * Terms without prior mass are skipped. Sorted by z, highest first (ties by term).
 */
export function computeLogOdds(
  focus: ReadonlyMap<string, number>,
  rest: ReadonlyMap<string, number>,
  prior: ReadonlyMap<string, number>,
): LogOddsScore[] {
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const ni = sum(focus);
  const nj = sum(rest);
  const a0 = sum(prior);
  const scores: LogOddsScore[] = [];
  for (const [term, alpha] of prior) {
    if (!(alpha > 0)) continue;
    const yi = focus.get(term) ?? 0;
    const yj = rest.get(term) ?? 0;
    const delta =
      Math.log((yi + alpha) / (ni + a0 - yi - alpha)) - Math.log((yj + alpha) / (nj + a0 - yj - alpha));
    const variance = 1 / (yi + alpha) + 1 / (yj + alpha);
    scores.push({ term, delta, z: delta / Math.sqrt(variance) });
  }
  return scores.sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
