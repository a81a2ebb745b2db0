import type { StoredFeed } from '../store/index.ts';
import { textTable } from './text-table.ts';

/** A feed's state in a word: new (never polled), ok, failing, or stopped (past the error limit). */
export type FeedHealth = 'new' | 'ok' | 'failing' | 'stopped';

/** The health of a feed under the scheduler's error limit. */
export function feedHealth(feed: StoredFeed, errorLimit: number): FeedHealth {
  if (feed.errorCount >= errorLimit) return 'stopped';
  if (feed.errorCount > 0) return 'failing';
  return feed.checkedAt ? 'ok' : 'new';
}

/** One feed as `feeds list --json` prints it (snake_case, like the JSON API). */
export function feedToJson(feed: StoredFeed, errorLimit: number) {
  return {
    id: feed.id,
    url: feed.url,
    outlet: feed.outletId,
    title: feed.title,
    health: feedHealth(feed, errorLimit),
    checked_at: feed.checkedAt,
    next_check_at: feed.nextCheckAt,
    error_count: feed.errorCount,
    last_error: feed.lastError,
  };
}

/**
 * The health table of `feeds list`: failing feeds first (the store's order), one line per feed with its last
 * error under it, and a closing count.
 */
export function formatFeedHealth(feeds: readonly StoredFeed[], errorLimit: number): string {
  if (feeds.length === 0)
    return 'No feeds. Add one with `parallax feeds add URL` or `parallax feeds add-defaults`.\n';
  const rows = feeds.map((feed) => {
    const health = feedHealth(feed, errorLimit);
    const label = health === 'failing' || health === 'stopped' ? `${health} ×${feed.errorCount}` : health;
    return [
      String(feed.id),
      label,
      time(feed.checkedAt),
      time(feed.nextCheckAt),
      feed.outletId ?? '-',
      feed.url,
    ];
  });
  const header = ['ID', 'HEALTH', 'LAST CHECK (UTC)', 'NEXT CHECK (UTC)', 'OUTLET', 'URL'];
  const { lines, widths } = textTable(header, rows);
  const out = [lines[0]!];
  feeds.forEach((feed, i) => {
    out.push(lines[i + 1]!);
    if (feed.lastError && feed.errorCount > 0) {
      out.push(`${' '.repeat((widths[0] ?? 0) + 2)}${feed.lastError.kind}: ${feed.lastError.message}`);
    }
  });
  const failing = feeds.filter((f) => f.errorCount > 0).length;
  const stopped = feeds.filter((f) => f.errorCount >= errorLimit).length;
  out.push(
    `${feeds.length} feed${feeds.length === 1 ? '' : 's'}, ${failing} failing` +
      (stopped > 0 ? ` (${stopped} stopped after ${errorLimit} errors in a row: no longer polled)` : ''),
  );
  return `${out.join('\n')}\n`;
}

function time(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '-';
}
