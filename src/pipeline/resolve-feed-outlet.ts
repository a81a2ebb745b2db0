import type { OutletDirectory } from '../domain/index.ts';

/** What is known of a feed when it is subscribed. */
export interface FeedOutletHints {
  readonly url: string;
  /** The site the feed belongs to (its <link>, or OPML htmlUrl). */
  readonly siteUrl?: string | undefined;
  /** A link of one of its items. */
  readonly itemUrl?: string | undefined;
  /** Given by the person subscribing (`--outlet`). */
  readonly outletId?: string | undefined;
}

/**
 * The outlet a feed belongs to: the one given; else the one the default sources list names for this URL (it
 * knows feed-only hosts such as feeds.bbci.co.uk); else the registry's match for the site, an item, or the feed
 * URL itself, in that order. Null when nothing matches: its items are then matched one by one at refresh.
 */
export function resolveFeedOutlet(
  hints: FeedOutletHints,
  outlets: Pick<OutletDirectory, 'match'>,
  sources?: ReadonlyMap<string, string>,
): string | null {
  if (hints.outletId) return hints.outletId;
  const listed = sources?.get(hints.url);
  if (listed) return listed;
  for (const url of [hints.siteUrl, hints.itemUrl, hints.url]) {
    const outlet = url ? outlets.match(url) : undefined;
    if (outlet) return outlet.id;
  }
  return null;
}
