import { describeBlindspot, hasNoTimeOfDay } from '../../coverage/index.ts';
import { type Article, FACTUALITY_LABELS, FACTUALITY_NAMES, type Outlet } from '../../domain/index.ts';
import type { StoryView } from '../prefs/view-stories.ts';
import { formatTime, plural } from '../format.ts';
import { BiasBar } from './bias-bar.tsx';
import { Distribution } from './distribution.tsx';
import { sourceHref } from './outlet-badge.tsx';

/** Outlets named beside the first reporter when several published at its very time; the rest are counted. */
const MAX_FIRST_NAMED = 3;

export interface CoveragePanelProps {
  readonly view: StoryView;
  readonly first: Article | undefined;
  /** Other outlets that published at the first reporter's very time (a date without a time of day, say). */
  readonly firstToo: readonly string[];
  readonly outletOf: (id: string) => Outlet | undefined;
}

/** The coverage details of a story: counts, first reporter, bias bar, blindspot, factuality and ownership. */
export function CoveragePanel({ view, first, firstToo, outletOf }: CoveragePanelProps) {
  const { story, coverage } = view;
  const firstOutlet = first?.outletId ? outletOf(first.outletId) : undefined;
  const full = story.coverage;
  const explanation = describeBlindspot(view.blindspot, coverage);
  return (
    <aside
      class="coverage"
      aria-labelledby="coverage-title"
      data-left={coverage.left}
      data-center={coverage.center}
      data-right={coverage.right}
      data-unrated={coverage.unrated}
      data-factuality={JSON.stringify(coverage.factuality)}
    >
      <h2 id="coverage-title">Coverage details</h2>
      <dl>
        <dt>Total articles</dt>
        <dd>{coverage.articles}</dd>
        <dt>Outlets</dt>
        <dd>
          {coverage.outlets} · rated {coverage.rated}
        </dd>
        <dt>Left · Center · Right</dt>
        <dd>
          {coverage.left} · {coverage.center} · {coverage.right}
        </dd>
        {coverage.unrated > 0 && (
          <>
            <dt>Unrated outlets</dt>
            <dd>{coverage.unrated}</dd>
          </>
        )}
        {first && (
          <>
            <dt>First reported by</dt>
            <dd>
              {first.outletId ? (
                <a href={sourceHref(first.outletId)}>{firstOutlet?.name ?? first.outletId}</a>
              ) : (
                'an unknown outlet'
              )}
              {firstToo.length > 0 && (
                <>
                  {firstToo.slice(0, MAX_FIRST_NAMED).map((id, i) => (
                    <>
                      {i === firstToo.length - 1 ? ' and ' : ', '}
                      <a href={sourceHref(id)}>{outletOf(id)?.name ?? id}</a>
                    </>
                  ))}
                  {firstToo.length > MAX_FIRST_NAMED &&
                    ` and ${plural(firstToo.length - MAX_FIRST_NAMED, 'other')}`}
                </>
              )}
              , <time datetime={first.publishedAt}>{formatTime(first.publishedAt)}</time>
              {firstToo.length > 0 &&
                (hasNoTimeOfDay(Date.parse(first.publishedAt))
                  ? ' (the same day: their dates give no time of day)'
                  : ' (at the same time)')}
            </dd>
          </>
        )}
        <dt>Last updated</dt>
        <dd>
          <time datetime={story.updatedAt}>{formatTime(story.updatedAt)}</time>
        </dd>
      </dl>
      <h3>Bias distribution</h3>
      <BiasBar coverage={coverage} />
      {view.hiddenOutlets > 0 && (
        <p class="hidden-note">
          Without the {view.hiddenOutlets} outlet{view.hiddenOutlets === 1 ? '' : 's'} your preferences hide.
          With every outlet: Left {full.left} · Center {full.center} · Right {full.right} · unrated{' '}
          {full.unrated}.
        </p>
      )}
      {explanation && (
        <p class={`blindspot-note blindspot-${view.blindspot}`}>
          <strong>{explanation}</strong> <a href="/blindspots">What is a blindspot?</a>
        </p>
      )}
      <Distribution
        title="Factuality"
        counts={coverage.factuality}
        names={FACTUALITY_NAMES}
        order={[...FACTUALITY_LABELS, 'unrated']}
        note="Each outlet's factuality as its raters state it; open an outlet to see them."
      />
      <Distribution title="Ownership" counts={coverage.ownership} />
    </aside>
  );
}
