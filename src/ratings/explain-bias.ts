import { BIAS_LABEL_NAMES, type BiasRating } from '../domain/index.ts';

const RATER_NAMES: Readonly<Record<string, string>> = {
  mbfc: 'MBFC',
  allsides: 'AllSides',
  baly: 'Baly et al.',
  local: 'local override',
};

/**
 * The blended bias as arithmetic a reader can check, naming each rater, its value and date:
 * "MBFC left-center (−1, 2026-08-19) and AllSides left (−2, 2022-11): mean −1.5 → Lean Left, Left".
 * Weights other than 1 are shown ("× 2"); values not used are left out (the raters list says why).
 */
export function explainBias(rating: BiasRating): string {
  const used = rating.raters.filter((r) => (r.weight ?? 0) > 0 && r.score !== undefined);
  const terms = used.map((r) => {
    const weight = r.weight === 1 ? '' : ` × ${r.weight}`;
    return `${RATER_NAMES[r.rater] ?? r.rater} ${r.value} (${signed(r.score!)}${weight}, ${r.asOf})`;
  });
  const list =
    terms.length <= 2 ? terms.join(' and ') : `${terms.slice(0, -1).join(', ')} and ${terms.at(-1)}`;
  const how = used.length === 1 ? 'score' : used.every((r) => r.weight === 1) ? 'mean' : 'weighted mean';
  const bucket = rating.bucket[0]!.toUpperCase() + rating.bucket.slice(1);
  return `${list}: ${how} ${signed(rating.score)} → ${BIAS_LABEL_NAMES[rating.label]}, ${bucket}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
