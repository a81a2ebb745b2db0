import type { Coverage } from '../../domain/index.ts';
import { describeBias, sidePercents } from '../../domain/index.ts';

const SIDES = [
  ['left', 'L', 'Left'],
  ['center', 'C', 'Center'],
  ['right', 'R', 'Right'],
] as const;

/** The words a screen reader hears for the bar (the bar shows the same figures as text). */
export function describeBar(coverage: Coverage): string {
  if (coverage.rated === 0) return `No rated outlets; ${coverage.unrated} unrated`;
  const percents = sidePercents(coverage);
  const parts = SIDES.map(([side, , name]) => `${name} ${percents[side]}%`).join(', ');
  return `${parts} of ${coverage.rated} rated outlets${coverage.unrated > 0 ? `; ${coverage.unrated} unrated` : ''}`;
}

/**
 * The Left / Center / Right bar over rated outlets, drawn in SVG (no inline styles, so a strict CSP holds),
 * with text labels in the bar and a sentence below it: never colour alone.
 */
export function BiasBar({ coverage, compact = false }: { coverage: Coverage; compact?: boolean }) {
  let x = 0;
  const percents = sidePercents(coverage);
  return (
    <div class={compact ? 'bias compact' : 'bias'}>
      <svg
        class="bias-bar"
        width="100%"
        height={compact ? 18 : 26}
        role="img"
        aria-label={describeBar(coverage)}
      >
        {coverage.rated === 0 ? (
          <>
            <rect class="seg unrated" x="0" y="0" width="100%" height="100%" />
            <text
              class="seg-label on-unrated"
              x="50%"
              y="50%"
              dominant-baseline="central"
              text-anchor="middle"
            >
              Unrated
            </text>
          </>
        ) : (
          SIDES.map(([side, short]) => {
            const share = coverage.shares[side];
            if (share <= 0) return null;
            const start = x;
            x += share * 100;
            return (
              <>
                <rect
                  class={`seg ${side}`}
                  x={`${start.toFixed(2)}%`}
                  y="0"
                  width={`${(share * 100).toFixed(2)}%`}
                  height="100%"
                />
                {share >= 0.12 && (
                  <text
                    class={`seg-label on-${side}`}
                    x={`${(start + share * 50).toFixed(2)}%`}
                    y="50%"
                    dominant-baseline="central"
                    text-anchor="middle"
                  >
                    {/* A narrow segment drops the side's letter: "C 12%" overran 36 px at 360 px wide. */}
                    {share >= 0.2 ? `${short} ${percents[side]}%` : `${percents[side]}%`}
                  </text>
                )}
              </>
            );
          })
        )}
      </svg>
      {!compact && (
        <p class="bias-sentence">{describeBias(coverage) ?? 'None of the covering outlets is rated yet.'}</p>
      )}
      {!compact && coverage.unrated > 0 && (
        <p class="muted">
          {coverage.unrated} unrated {coverage.unrated === 1 ? 'outlet is' : 'outlets are'} counted apart.
        </p>
      )}
    </div>
  );
}
