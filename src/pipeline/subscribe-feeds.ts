import type { OutletDirectory } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { resolveFeedOutlet } from './resolve-feed-outlet.ts';

/** A feed to subscribe to, as a subscription list names it. */
export interface FeedEntry {
  readonly url: string;
  readonly title?: string | undefined;
  readonly siteUrl?: string | undefined;
  readonly outletId?: string | undefined;
}

export interface SubscribeFeedsDeps {
  readonly outlets: Pick<OutletDirectory, 'match'>;
  /** Outlet ids of the default sources by feed URL. */
  readonly sources?: ReadonlyMap<string, string>;
  readonly now: () => Date;
}

/** How many feeds were new and how many were already subscribed. */
export interface SubscribeFeedsResult {
  readonly added: number;
  readonly existing: number;
}

/**
 * Subscribes to a list of feeds (an OPML import, the default sources) in one transaction, without fetching
 * them: each is mapped to its outlet and becomes due at once. Idempotent: a feed already subscribed keeps its
 * row, its health and its outlet.
 */
export async function subscribeFeeds(
  store: Store,
  entries: readonly FeedEntry[],
  deps: SubscribeFeedsDeps,
): Promise<SubscribeFeedsResult> {
  const now = deps.now().toISOString();
  return store.transaction(async (trx) => {
    let added = 0;
    let existing = 0;
    for (const entry of entries) {
      if (await trx.feeds.getByUrl(entry.url)) {
        existing += 1;
        continue;
      }
      const outletId = resolveFeedOutlet(entry, deps.outlets, deps.sources);
      await trx.feeds.add({ url: entry.url, outletId, title: entry.title ?? null }, now);
      added += 1;
    }
    return { added, existing };
  });
}
