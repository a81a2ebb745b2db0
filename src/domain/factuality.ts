/** MBFC's six factual-reporting levels, best first. */
export type FactualityLabel = 'very-high' | 'high' | 'mostly-factual' | 'mixed' | 'low' | 'very-low';

export const FACTUALITY_LABELS: readonly FactualityLabel[] = [
  'very-high',
  'high',
  'mostly-factual',
  'mixed',
  'low',
  'very-low',
];

export const FACTUALITY_NAMES: Readonly<Record<FactualityLabel, string>> = {
  'very-high': 'Very High',
  high: 'High',
  'mostly-factual': 'Mostly Factual',
  mixed: 'Mixed',
  low: 'Low',
  'very-low': 'Very Low',
};

export function isFactualityLabel(value: string): value is FactualityLabel {
  return (FACTUALITY_LABELS as readonly string[]).includes(value);
}

/** Rank of a level: 0 for very-high … 5 for very-low. */
export function factualityRank(label: FactualityLabel): number {
  return FACTUALITY_LABELS.indexOf(label);
}

/** True when `label` is at least as good as `minimum`. */
export function meetsFactuality(
  label: FactualityLabel | undefined,
  minimum: FactualityLabel | undefined,
): boolean {
  if (minimum === undefined) return true;
  if (label === undefined) return false;
  return factualityRank(label) <= factualityRank(minimum);
}
