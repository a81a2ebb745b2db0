import type { Coverage } from '../../domain/index.ts';
import { describeBias } from '../../domain/index.ts';
import { percent } from '../format.ts';

/** The Left / Center / Right bar over rated outlets, with text labels (never colour alone). */
export function BiasBar({ coverage, compact = false }: { coverage: Coverage; compact?: boolean }) {
  const { shares } = coverage;
  const label =
    coverage.rated === 0
      ? `No rated outlets; ${coverage.unrated} unrated`
      : `Left ${percent(shares.left)}, Center ${percent(shares.center)}, Right ${percent(shares.right)} of ${coverage.rated} rated outlets` +
        (coverage.unrated > 0 ? `; ${coverage.unrated} unrated` : '');
  return (
    <div class={compact ? 'bias compact' : 'bias'}>
      <div class="bias-bar" role="img" aria-label={label}>
        {coverage.rated === 0 ? (
          <span class="seg unrated" style="width:100%">
            Unrated
          </span>
        ) : (
          (['left', 'center', 'right'] as const).map(
            (side) =>
              shares[side] > 0 && (
                <span class={`seg ${side}`} style={`width:${(shares[side] * 100).toFixed(2)}%`}>
                  {shares[side] >= 0.12 &&
                    `${side === 'left' ? 'L' : side === 'center' ? 'C' : 'R'} ${percent(shares[side])}`}
                </span>
              ),
          )
        )}
      </div>
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
