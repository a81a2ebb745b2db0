import { BIAS_LABEL_NAMES, FACTUALITY_NAMES, type Outlet } from '../../domain/index.ts';
import { formatTime, plural, sideName } from '../format.ts';
import type { Preferences } from '../prefs/preferences.ts';
import type { StoryView } from '../prefs/view-stories.ts';
import { Layout } from './layout.tsx';
import { Pager } from './pager.tsx';
import { RaterTable, signed } from './rater-table.tsx';
import { StoryList } from './story-card.tsx';

export interface SourcePageProps {
  readonly id: string;
  readonly outlet: Outlet | undefined;
  readonly counts: { readonly articles: number; readonly stories: number; readonly latestAt: string | null };
  readonly views: readonly StoryView[];
  readonly now: Date;
  readonly prefs: Preferences;
  readonly returnTo: string;
  readonly pager: { page: number; hasMore: boolean; href: (page: number) => string };
}

/**
 * The link to an outlet's homepage. Some raters give it without a scheme ("gao.gov"), which a browser would read
 * as a path on this site (/gao.gov, a 404): those get https://.
 */
export function homepageHref(homepage: string): string {
  return /^https?:\/\//i.test(homepage) ? homepage : `https://${homepage.replace(/^\/+/, '')}`;
}

/**
 * "Owner: Fox Corporation. Category: Private Media.": an owner whose name ends on its own full stop ("Gannett Co.,
 * Inc.") gets no second one.
 */
export function ownershipLine(owner: string | undefined, category: string | undefined): string {
  const sentence = (label: string, value: string) => `${label}: ${value}${value.endsWith('.') ? '' : '.'}`;
  return [owner && sentence('Owner', owner), category && sentence('Category', category)]
    .filter(Boolean)
    .join(' ');
}

/**
 * An outlet: its blended bias, factuality and ownership, each traced to every rater's value, date and source,
 * then the stories it took part in. Readers can hide it everywhere from here.
 */
export function SourcePage({ id, outlet, counts, views, now, prefs, returnTo, pager }: SourcePageProps) {
  const name = outlet?.name ?? id;
  const hidden = prefs.hidden.includes(id);
  const others = (outlet?.raters ?? []).filter((r) => r.kind === 'country' || r.kind === 'name');
  return (
    <Layout
      title={name}
      description={`How ${name} is rated, and what it covered.`}
      current="sources"
      prefs={prefs}
    >
      <h1>{name}</h1>
      <p class="meta">
        {outlet?.homepage && (
          <>
            <a href={homepageHref(outlet.homepage)} rel="noopener noreferrer nofollow">
              {outlet.homepage}
            </a>{' '}
            ·{' '}
          </>
        )}
        {(outlet?.domains ?? [id]).join(', ')}
        {outlet?.country && <> · {outlet.country}</>}
        {outlet?.language && <> · language {outlet.language}</>} ·{' '}
        <a href={`/api/outlets/${encodeURIComponent(id)}`}>data</a>
      </p>
      <form class="hide-outlet" method="post" action="/settings/outlet">
        <input type="hidden" name="outlet" value={id} />
        <input type="hidden" name="action" value={hidden ? 'show' : 'hide'} />
        <input type="hidden" name="return" value={returnTo} />
        <button type="submit" class="secondary">
          {hidden ? `Show ${name} again` : `Hide ${name} everywhere`}
        </button>{' '}
        <span class="muted">
          {hidden ? 'You hide this outlet.' : 'Kept in a cookie in your browser only.'}
        </span>
      </form>
      {outlet?.flags && outlet.flags.length > 0 && (
        <p class="flags">
          Flagged by its raters as: <strong>{outlet.flags.join(', ')}</strong>
        </p>
      )}
      <div class="ratings">
        <section aria-labelledby="bias-title">
          <h2 id="bias-title">Bias</h2>
          {outlet?.bias ? (
            <>
              <p>
                <span class={`badge ${outlet.bias.bucket}`}>{BIAS_LABEL_NAMES[outlet.bias.label]}</span> ·
                score {signed(outlet.bias.score)} on the −3 (Far Left) … +3 (Far Right) scale · counted as{' '}
                <strong>{sideName(outlet.bias.bucket)}</strong> in bias bars.
              </p>
              <p class="muted">
                The score is the weighted mean of the raters' values below on one scale; below −0.5 is Left,
                above +0.5 Right, Center between. <a href="/about#ratings">How ratings are blended</a>
              </p>
              <RaterTable caption={`Bias ratings of ${name}`} raters={outlet.bias.raters} />
            </>
          ) : (
            <p>
              <span class="badge unrated">Unrated</span> No rater gives {name} a bias position, so stories
              count it apart as unrated (never as Center).
            </p>
          )}
        </section>
        <section aria-labelledby="fact-title">
          <h2 id="fact-title">Factuality</h2>
          {outlet?.factuality ? (
            <>
              <p>
                <span class="badge fact">{FACTUALITY_NAMES[outlet.factuality.label]}</span>
              </p>
              <RaterTable caption={`Factuality ratings of ${name}`} raters={outlet.factuality.raters} />
            </>
          ) : (
            <p>No rater gives {name} a factuality rating.</p>
          )}
        </section>
        <section aria-labelledby="owner-title">
          <h2 id="owner-title">Ownership</h2>
          {outlet?.ownership && (outlet.ownership.owner || outlet.ownership.category) ? (
            <>
              <p>{ownershipLine(outlet.ownership.owner, outlet.ownership.category)}</p>
              <RaterTable caption={`Ownership of ${name}`} raters={outlet.ownership.raters} />
            </>
          ) : (
            <p>Ownership is not on record.</p>
          )}
        </section>
        {others.length > 0 && (
          <section aria-labelledby="other-title">
            <h2 id="other-title">Other facts on record</h2>
            <RaterTable caption={`Other values on record for ${name}`} raters={others} />
          </section>
        )}
      </div>
      <h2>Coverage</h2>
      <p>
        {plural(counts.articles, 'article')} in {plural(counts.stories, 'story', 'stories')}
        {counts.latestAt && <>, the latest on {formatTime(counts.latestAt)}</>}.
      </p>
      <StoryList views={views} now={now} empty={`No stories of ${name} yet.`} />
      <Pager {...pager} />
    </Layout>
  );
}
