import type { FeedError, Logger, OutletDirectory } from '../domain/index.ts';
import {
  dedupeDrafts,
  dropTemplateSentences,
  type ExtractedDraft,
  findTemplateSentences,
  type LanguageDetector,
  needsFullText,
  toArticleDraft,
} from '../extract/index.ts';
import {
  classifyError,
  type Fetcher,
  type NextCheckOptions,
  nextCheckAt,
  type ParsedFeed,
  parseFeed,
  toIngestError,
} from '../ingest/index.ts';
import { siteOfUrl } from '../ratings/index.ts';
import type { NewArticle, StoredFeed, Store } from '../store/index.ts';
import { addFullTexts } from './add-full-texts.ts';

/** What a refresh needs besides the store: a plain object, so a queue worker can build one per process. */
export interface RefreshFeedDeps {
  /** One per process: it holds the per-host limits and the connections. */
  readonly fetcher: Fetcher;
  /** Names the outlet of an item when its feed has none. */
  readonly outlets: Pick<OutletDirectory, 'match'>;
  readonly detectLanguage?: LanguageDetector | undefined;
  /** The parts of Config used here (a whole Config fits). */
  readonly config: {
    readonly fetch: { readonly fullText: boolean };
    readonly schedule: NextCheckOptions;
  };
  readonly logger: Logger;
  /** "Now": the wall clock live, a fixed time in tests. */
  readonly now: () => Date;
  /** Aborting it (shutdown) cancels the refresh: nothing is recorded, and the feed stays due. */
  readonly signal?: AbortSignal | undefined;
  /**
   * With fetch.fullText: hands the saved title-only articles to extract-article jobs (a worker) instead of
   * reading their pages here (`ingest`, `serve --live`).
   */
  readonly deferFullText?: ((articleIds: readonly number[]) => Promise<void>) | undefined;
}

/**
 * What became of one feed. `missing`: no such feed (removed meanwhile). `cancelled`: aborted by the signal,
 * nothing recorded. Counts are articles; `changedIds` lists the inserted and updated ones.
 */
export interface RefreshFeedResult {
  readonly feedId: number;
  readonly status: 'ok' | 'not-modified' | 'failed' | 'cancelled' | 'missing';
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly changedIds: readonly number[];
  readonly error?: FeedError;
  readonly nextCheckAt?: string;
}

/**
 * Polls one feed and stores what is new, like miniflux's RefreshFeed: load the feed, fetch it with its
 * validators, stop on 304, parse, turn items into articles (outlet, language, dedupe, optional full text), then
 * save the articles and the feed's success in one transaction, so a crash leaves both or neither. Every failure
 * becomes a FeedError on the feed (error count + 1, backoff, Retry-After honoured) and is returned, not thrown
 * (STYLE error rule). Idempotent: safe to re-run, or to run as a queue job. Throws only when the store itself
 * cannot be reached, since then nothing can be recorded.
 */
export async function refreshFeed(
  store: Store,
  feedId: number,
  deps: RefreshFeedDeps,
): Promise<RefreshFeedResult> {
  const feed = await store.feeds.get(feedId);
  if (!feed) return outcome(feedId, 'missing');
  const fetchedAt = deps.now();
  const checkedAt = fetchedAt.toISOString();

  let response: Awaited<ReturnType<Fetcher['fetchUrl']>>;
  try {
    response = await deps.fetcher.fetchUrl(feed.url, {
      etag: feed.etag,
      lastModified: feed.lastModified,
      ...(deps.signal && { signal: deps.signal }),
    });
  } catch (error) {
    return recordFailure(store, feed, error, 'network', fetchedAt, deps);
  }

  // Only 301/308 all the way says the feed moved; a temporary redirect is followed but not remembered.
  const movedTo =
    response.permanentRedirect && response.finalUrl !== feed.url ? { movedTo: response.finalUrl } : {};
  if (response.kind === 'not-modified') {
    const next = scheduleNext(fetchedAt, deps, {
      ttlMinutes: feed.ttlMinutes,
      maxAge: response.maxAgeSeconds,
    });
    const moved = await store.feeds.saveSuccess(feed.id, {
      checkedAt,
      nextCheckAt: next,
      ...(response.etag && { etag: response.etag }),
      ...(response.lastModified && { lastModified: response.lastModified }),
      ...movedTo,
    });
    if (moved) logMove(deps, feed, response.finalUrl);
    deps.logger.info('feed: not modified', { feed_id: feed.id, feed_url: feed.url, status: 'not-modified' });
    return { ...outcome(feed.id, 'not-modified'), nextCheckAt: next };
  }

  let parsed: ParsedFeed;
  try {
    parsed = parseFeed(response.body, { url: response.finalUrl, contentType: response.contentType });
  } catch (error) {
    return recordFailure(store, feed, error, 'parse', fetchedAt, deps);
  }

  const extracted = draftsOf(parsed, feed, fetchedAt, deps);
  let drafts: readonly ExtractedDraft[] = dedupeDrafts(extracted.drafts);
  let skipped = 0;
  const defer = deps.config.fetch.fullText ? deps.deferFullText : undefined;
  if (deps.config.fetch.fullText && !defer) {
    const completed = await addFullTexts(store, feed, drafts, fetchedAt, deps);
    drafts = completed.drafts;
    skipped = completed.unchanged;
  }

  const next = scheduleNext(fetchedAt, deps, {
    ttlMinutes: parsed.ttlMinutes,
    maxAge: response.maxAgeSeconds,
  });
  let saved: Awaited<ReturnType<Store['articles']['save']>>;
  let moved = false;
  try {
    saved = await store.transaction(async (trx) => {
      const result = await trx.articles.save(
        drafts.map((d) => toNewArticle(d, checkedAt)),
        checkedAt,
      );
      if (result.updated > 0) await trx.stories.markDirtyForArticles(result.changedIds);
      moved = await trx.feeds.saveSuccess(feed.id, {
        checkedAt,
        nextCheckAt: next,
        etag: response.etag ?? null,
        lastModified: response.lastModified ?? null,
        title: parsed.title || null,
        siteUrl: parsed.siteUrl ?? null,
        ttlMinutes: parsed.ttlMinutes ?? null,
        ...movedTo,
      });
      return result;
    });
  } catch (error) {
    return recordFailure(store, feed, error, 'store', fetchedAt, deps);
  }
  if (moved) logMove(deps, feed, response.finalUrl);
  if (defer && saved.changedIds.length > 0 && drafts.some(needsFullText)) {
    // The articles are stored either way; a page left unread keeps the feed's text.
    await defer(saved.changedIds).catch((error: Error) =>
      deps.logger.error('feed: full-text jobs not queued', { feed_id: feed.id, error: error.message }),
    );
  }

  deps.logger.info('feed: refreshed', {
    feed_id: feed.id,
    feed_url: feed.url,
    status: 'ok',
    items: parsed.items.length,
    inserted: saved.inserted,
    updated: saved.updated,
    ...(extracted.templateLeads > 0 && { template_leads: extracted.templateLeads }),
  });
  return {
    feedId: feed.id,
    status: 'ok',
    inserted: saved.inserted,
    updated: saved.updated,
    unchanged: saved.unchanged + skipped,
    changedIds: saved.changedIds,
    nextCheckAt: next,
  };
}

function logMove(deps: RefreshFeedDeps, feed: StoredFeed, url: string): void {
  deps.logger.info('feed: moved permanently; following it there from now on', {
    feed_id: feed.id,
    feed_url: feed.url,
    moved_to: url,
  });
}

/** Items of one fetch that must open with the same sentence before it counts as the feed's template. */
const TEMPLATE_MIN_ITEMS = 3;

/**
 * Articles of the feed's items; the feed's outlet wins, else the registry's match for the item's link, else the
 * link's site as an unrated outlet (its articles then count as one outlet, not one each). Sentences that open several items under different headlines ("Get breaking news
 * alerts and special reports.") are the feed's template, not news: they are left out of the leads (`templateLeads`
 * counts the leads that changed).
 */
function draftsOf(parsed: ParsedFeed, feed: StoredFeed, fetchedAt: Date, deps: RefreshFeedDeps) {
  const base = {
    fetchedAt,
    feedId: feed.id,
    ...(parsed.language && { feedLanguage: parsed.language }),
    ...(deps.detectLanguage && { detectLanguage: deps.detectLanguage }),
  };
  const contextOf = (item: ParsedFeed['items'][number]) => {
    const outletId =
      feed.outletId ?? (item.url ? (deps.outlets.match(item.url)?.id ?? siteOfUrl(item.url)) : undefined);
    return outletId ? { ...base, outletId } : base;
  };
  const extracted = parsed.items.flatMap((item) => {
    const draft = toArticleDraft(item, contextOf(item));
    return draft ? [{ item, draft }] : [];
  });
  const template = findTemplateSentences(
    extracted.map(({ draft }) => ({ title: draft.title, text: draft.lead })),
    TEMPLATE_MIN_ITEMS,
  );
  let templateLeads = 0;
  // Only an item whose lead holds a template sentence is extracted again, without it.
  const drafts = extracted.map(({ item, draft }) => {
    if (dropTemplateSentences(draft.lead, template) === draft.lead) return draft;
    templateLeads += 1;
    return toArticleDraft(item, { ...contextOf(item), templateSentences: template }) ?? draft;
  });
  return { drafts, templateLeads };
}

function toNewArticle(draft: ExtractedDraft, fetchedAt: string): NewArticle {
  return {
    url: draft.url,
    guid: draft.guid,
    feedId: draft.feedId ?? null,
    outletId: draft.outletId ?? null,
    title: draft.title,
    lead: draft.lead,
    text: draft.text ?? null,
    author: draft.author ?? null,
    publishedAt: draft.publishedAt,
    fetchedAt,
    language: draft.language ?? null,
    contentHash: draft.contentHash,
    publishedEstimated: draft.publishedEstimated,
  };
}

function scheduleNext(
  now: Date,
  deps: RefreshFeedDeps,
  hints: {
    ttlMinutes: number | null | undefined;
    maxAge: number | undefined;
    errorCount?: number;
    retryAfter?: Date | undefined;
  },
): string {
  return nextCheckAt(
    {
      now,
      errorCount: hints.errorCount ?? 0,
      ttlMinutes: hints.ttlMinutes ?? undefined,
      maxAgeSeconds: hints.maxAge,
      retryAfter: hints.retryAfter,
    },
    deps.config.schedule,
  ).toISOString();
}

// The feed boundary (STYLE error rule): the failure becomes data on the feed, with a backed-off next check.
async function recordFailure(
  store: Store,
  feed: StoredFeed,
  cause: unknown,
  fallback: FeedError['kind'],
  fetchedAt: Date,
  deps: RefreshFeedDeps,
): Promise<RefreshFeedResult> {
  if (deps.signal?.aborted) return outcome(feed.id, 'cancelled');
  // A database error may carry a network code (ECONNRESET); it is still the store that failed.
  const error: FeedError =
    fallback === 'store' ? { kind: 'store', message: storeMessage(cause) } : classifyError(cause, fallback);
  const next = scheduleNext(fetchedAt, deps, {
    ttlMinutes: null,
    maxAge: undefined,
    errorCount: feed.errorCount + 1,
    retryAfter: toIngestError(cause)?.retryAfter,
  });
  await store.feeds.saveFailure(feed.id, error, { checkedAt: fetchedAt.toISOString(), nextCheckAt: next });
  deps.logger.warn('feed: refresh failed', {
    feed_id: feed.id,
    feed_url: feed.url,
    status: 'failed',
    error_kind: error.kind,
    error: error.message,
    error_count: feed.errorCount + 1,
    next_check_at: next,
  });
  return { ...outcome(feed.id, 'failed'), error, nextCheckAt: next };
}

function outcome(feedId: number, status: RefreshFeedResult['status']): RefreshFeedResult {
  return { feedId, status, inserted: 0, updated: 0, unchanged: 0, changedIds: [] };
}

function storeMessage(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return /^[a-z-]+: /.test(message) ? message : `store: ${message}`;
}
