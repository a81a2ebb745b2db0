import type { Blindspot, Coverage } from '../domain/index.ts';
import type { BlindspotOptions } from './detect-blindspot.ts';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The blindspot definition in plain words, with the configured thresholds, for the /blindspots page. */
export function describeBlindspotRule(options: BlindspotOptions): string {
  return (
    `A story is a blindspot when at least ${options.minRatedOutlets} outlets with a bias rating cover it and ` +
    `one side's share of those outlets is ${pct(options.maxShare)} or less while the opposite side's share is ` +
    `${pct(options.minOtherShare)} or more. "Blindspot for the Left" marks a story the Right covers and the Left ` +
    `barely does; "Blindspot for the Right" the reverse. Each outlet counts once however many articles it ran; ` +
    `Center outlets count towards the total; unrated outlets are shown apart and never count. ` +
    usualText(options) +
    `The thresholds are settings (blindspot.minRatedOutlets, blindspot.maxShare, blindspot.minOtherShare` +
    `${options.usualShares ? ', blindspot.usualShares' : ''}).`
  );
}

/** Why one story is a blindspot, in raw figures ("Blindspot for the Right: 1 of 12 rated outlets (8%) is Right…"). */
export function describeBlindspot(blindspot: Blindspot, coverage: Coverage): string | undefined {
  if (blindspot === null || coverage.rated === 0) return undefined;
  const missing = blindspot === 'left' ? 'Left' : 'Right';
  const other = blindspot === 'left' ? 'Right' : 'Left';
  const n = blindspot === 'left' ? coverage.left : coverage.right;
  const m = blindspot === 'left' ? coverage.right : coverage.left;
  return (
    `Blindspot for the ${missing}: ${n} of ${coverage.rated} rated outlets (${pct(n / coverage.rated)}) ` +
    `${n === 1 ? 'is' : 'are'} ${missing}, against ${m} (${pct(m / coverage.rated)}) ${other}.`
  );
}

function usualText(options: BlindspotOptions): string {
  const usual = options.usualShares;
  if (usual === undefined) return '';
  return (
    `Shares are judged against each side's usual share of the rated sources (Left ${pct(usual.left)}, ` +
    `Center ${pct(usual.center)}, Right ${pct(usual.right)}): a story's shares are divided by these and ` +
    `rescaled to 100%, so a side with fewer outlets is not counted as missing from every story. `
  );
}
