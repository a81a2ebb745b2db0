import { type FactualityLabel, isFactualityLabel } from '../domain/index.ts';

// Baly et al. use MBFC's levels collapsed to three; they map onto the same-named MBFC levels.
const ALIASES: Readonly<Record<string, FactualityLabel>> = {
  'very high': 'very-high',
  'mostly factual': 'mostly-factual',
  'very low': 'very-low',
};

/** Reads a rater's factuality value as one of MBFC's six levels; undefined when it is not one. */
export function readFactualityValue(value: string): FactualityLabel | undefined {
  const key = value.trim().toLowerCase();
  if (isFactualityLabel(key)) return key;
  return ALIASES[key] ?? ALIASES[key.replaceAll('-', ' ')];
}
