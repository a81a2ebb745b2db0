import type { OutletDirectory } from '../domain/index.ts';
import { type Fetcher, IngestError, type ParsedFeed, parseFeed } from '../ingest/index.ts';
import type { StoredFeed, Store } from '../store/index.ts';
import { resolveFeedOutlet } from './resolve-feed-outlet.ts';

export interface SubscribeFeedDeps {
  readonly fetcher: Fetcher;
  readonly outlets: Pick<OutletDirectory, 'match'>;
  /** Outlet ids of the default sources by feed URL. */
  readonly sources?: ReadonlyMap<string, string>;
  readonly now: () => Date;
}

/** The subscribed feed, whether it was new, and what its first fetch showed. */
export interface SubscribeFeedResult {
  readonly feed: StoredFeed;
  readonly created: boolean;
  /** The page URL given, when the feed was found on it by autodiscovery. */
  readonly discoveredFrom?: string;
  readonly format: ParsedFeed['format'];
  readonly items: number;
}

/**
 * Subscribes to the feed at `url` after fetching it once to check that it is one. Given an HTML page instead,
 * subscribes to the first feed the page announces (autodiscovery). The feed is mapped to its outlet (the one
 * given, the default sources, or the registry) and becomes due at once. Throws an IngestError (with the kind of
 * the failure) when neither the URL nor a feed it links to can be read: nothing is stored then.
 */
export async function subscribeFeed(
  store: Store,
  url: string,
  deps: SubscribeFeedDeps,
  options: { readonly outletId?: string | undefined } = {},
): Promise<SubscribeFeedResult> {
  let found: { url: string; parsed: ParsedFeed };
  let discoveredFrom: string | undefined;
  try {
    found = await fetchFeed(url, deps.fetcher);
  } catch (error) {
    const discovered = error instanceof IngestError ? error.discovered[0] : undefined;
    if (!discovered) throw error;
    found = await fetchFeed(discovered, deps.fetcher);
    discoveredFrom = url;
  }
  const existing = await store.feeds.getByUrl(found.url);
  const outletId = resolveFeedOutlet(
    {
      url: found.url,
      siteUrl: found.parsed.siteUrl,
      itemUrl: found.parsed.items.find((item) => item.url)?.url,
      outletId: options.outletId,
    },
    deps.outlets,
    deps.sources,
  );
  const feed = await store.feeds.add(
    { url: found.url, outletId, title: found.parsed.title || null },
    deps.now().toISOString(),
  );
  return {
    feed,
    created: !existing,
    ...(discoveredFrom && { discoveredFrom }),
    format: found.parsed.format,
    items: found.parsed.items.length,
  };
}

// A feed that moved for good (301/308 all the way) is subscribed at its new address.
async function fetchFeed(url: string, fetcher: Fetcher): Promise<{ url: string; parsed: ParsedFeed }> {
  const response = await fetcher.fetchUrl(url);
  if (response.kind !== 'ok') throw new IngestError('http', `ingest: unexpected 304 for ${url}`);
  const parsed = parseFeed(response.body, { url: response.finalUrl, contentType: response.contentType });
  return { url: response.permanentRedirect ? response.finalUrl : url, parsed };
}
