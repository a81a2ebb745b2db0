import type { OutletDirectory } from '../../domain/index.ts';
import type { StoredFeed } from '../../store/index.ts';
import { formatAgo, formatTime } from '../format.ts';
import type { Preferences } from '../prefs/preferences.ts';
import { redactUrl, redactUrlsIn } from '../redact-url.ts';
import { Layout } from './layout.tsx';
import { sourceHref } from './outlet-badge.tsx';

export interface AdminFeedsPageProps {
  /** Failing feeds first (the store's order). */
  readonly feeds: readonly StoredFeed[];
  readonly outlets: Pick<OutletDirectory, 'get'>;
  /** Errors in a row after which a feed is no longer polled (config.schedule.feedErrorLimit). */
  readonly errorLimit: number;
  readonly now: Date;
  readonly prefs: Preferences;
}

/** The health of every subscribed feed, failing ones first: errors in a row, the last error, the next check. */
export function AdminFeedsPage({ feeds, outlets, errorLimit, now, prefs }: AdminFeedsPageProps) {
  const failing = feeds.filter((f) => f.errorCount > 0).length;
  const stopped = feeds.filter((f) => f.errorCount >= errorLimit).length;
  const fresh = feeds.filter((f) => !f.checkedAt).length;
  return (
    <Layout
      title="Feed health"
      description="The feeds this instance reads and how they are doing."
      prefs={prefs}
    >
      <h1>Feed health</h1>
      <p>
        {feeds.length} feeds: {failing} failing
        {stopped > 0 &&
          `, of which ${stopped} stopped (no longer polled after ${errorLimit} errors in a row)`}
        , {fresh} not polled yet. A failing feed is retried later and later (the wait doubles with each error,
        and a server's Retry-After is honoured); one success clears its errors. Manage feeds with{' '}
        <code>parallax feeds</code>.
      </p>
      {feeds.length === 0 ? (
        <p>
          No feeds yet: run <code>parallax feeds add-defaults</code>, <code>parallax feeds add URL</code> or{' '}
          <code>parallax feeds import-opml FILE</code>.
        </p>
      ) : (
        <div class="table-wrap">
          <table class="feed-health">
            <caption class="visually-hidden">Subscribed feeds, failing ones first</caption>
            <thead>
              <tr>
                <th scope="col">Feed</th>
                <th scope="col">Outlet</th>
                <th scope="col">Health</th>
                <th scope="col">Last check</th>
                <th scope="col">Next check</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {feeds.map((feed) => (
                <tr>
                  <th scope="row">
                    {feed.title && <span>{feed.title}</span>}
                    <br />
                    <a href={redactUrl(feed.url)} rel="nofollow noopener">
                      <code>{redactUrl(feed.url)}</code>
                    </a>
                  </th>
                  <td>
                    {feed.outletId ? (
                      <a href={sourceHref(feed.outletId)}>
                        {outlets.get(feed.outletId)?.name ?? feed.outletId}
                      </a>
                    ) : (
                      <span class="muted">matched per article</span>
                    )}
                  </td>
                  <td>{describeHealth(feed, errorLimit)}</td>
                  <td>
                    {feed.checkedAt ? (
                      <time datetime={feed.checkedAt}>{formatAgo(feed.checkedAt, now)}</time>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {feed.errorCount >= errorLimit
                      ? 'not scheduled'
                      : feed.nextCheckAt && (
                          <time datetime={feed.nextCheckAt}>{formatUntil(feed.nextCheckAt, now)}</time>
                        )}
                  </td>
                  <td>
                    {feed.lastError && feed.errorCount > 0 ? (
                      <>
                        <strong>{feed.lastError.kind}</strong>: {redactUrlsIn(feed.lastError.message)}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

function describeHealth(feed: StoredFeed, errorLimit: number): string {
  if (feed.errorCount >= errorLimit) return `Stopped: ${feed.errorCount} errors in a row`;
  if (feed.errorCount > 0)
    return `Failing: ${feed.errorCount} error${feed.errorCount === 1 ? '' : 's'} in a row`;
  return feed.checkedAt ? 'OK' : 'New';
}

// "in 12 min", "in 3 h", "in 2 days"; a time already passed is due now.
function formatUntil(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  if (Number.isNaN(ms)) return iso;
  if (ms <= 0) return 'due now';
  if (ms < 3_600_000) return `in ${Math.max(1, Math.round(ms / 60_000))} min`;
  if (ms < 86_400_000) return `in ${Math.round(ms / 3_600_000)} h`;
  if (ms < 14 * 86_400_000) return `in ${Math.round(ms / 86_400_000)} days`;
  return formatTime(iso);
}
