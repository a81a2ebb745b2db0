import type { Kysely, Selectable } from 'kysely';
import type { Article } from '../domain/index.ts';
import type { ArticleTable, Database } from './schema.ts';

/** An article as the store receives it: normalized, deduplicated by URL or (feed, guid). */
export interface NewArticle {
  readonly url: string;
  readonly guid?: string | null;
  readonly feedId?: number | null;
  readonly outletId: string | null;
  readonly title: string;
  readonly lead: string;
  readonly text?: string | null;
  readonly author?: string | null;
  readonly publishedAt: string;
  readonly fetchedAt: string;
  readonly language?: string | null;
  /** Hash of what readers see (title, lead, text): a change means the article was updated. */
  readonly contentHash: string;
  /** True when publishedAt is only the fetch time (the item had no date): an update keeps the stored one. */
  readonly publishedEstimated?: boolean;
}

export interface SaveArticlesResult {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Ids of inserted and updated articles. */
  readonly changedIds: readonly number[];
}

const BATCH = 400;

/** Articles: saved idempotently, so a re-run or a crash mid-batch never loses or duplicates one. */
export class ArticleStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Inserts new articles and updates changed ones. Identity is the canonical URL, or the guid within a feed
   * (an article whose URL changed keeps its row). An article whose content hash is unchanged is left alone even
   * when its URL differs: the stored URL may be the page's canonical one, found by a full-text fetch. An update
   * keeps the stored publication time when the new one is only an estimate (publishedEstimated). An article stays
   * with the feed that brought it: another feed carrying the same URL (an outlet's section feeds overlap, often
   * with different summaries) does not update it, or it would flip between their versions on every poll. Call
   * inside a transaction for atomic batches.
   */
  async save(articles: readonly NewArticle[], now = new Date().toISOString()): Promise<SaveArticlesResult> {
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    const changedIds: number[] = [];
    for (let i = 0; i < articles.length; i += BATCH) {
      const batch = dedupeBatch(articles.slice(i, i + BATCH));
      const existing = await this.findExisting(batch);
      const fresh: NewArticle[] = [];
      for (const article of batch) {
        const byUrl = existing.byUrl.get(article.url);
        const byGuid = existing.byGuid.get(guidKey(article) ?? '');
        // The guid's article now links to the URL of another of the feed's articles (links shifted between
        // items): it is the guid's row, and it keeps its URL until the other row lets go of it. Writing either
        // row would break the URL or the (feed, guid) uniqueness, and fail the feed's every poll.
        const taken = byUrl && byGuid && byUrl.id !== byGuid.id && !isOtherFeeds(byUrl, article);
        const row = taken ? byGuid : (byUrl ?? byGuid);
        if (!row) fresh.push(article);
        else if (row.content_hash === article.contentHash || isOtherFeeds(row, article)) unchanged += 1;
        else {
          const { published_at, ...fields } = toRow(article);
          await this.db
            .updateTable('articles')
            .set({
              ...fields,
              ...(taken && { url: row.url }),
              ...(!article.publishedEstimated && { published_at }),
              fetched_at: article.fetchedAt,
              updated_at: now,
            })
            .where('id', '=', row.id)
            .execute();
          updated += 1;
          changedIds.push(row.id);
        }
      }
      if (fresh.length > 0) {
        const rows = await this.db
          .insertInto('articles')
          .values(fresh.map((a) => ({ ...toRow(a), fetched_at: a.fetchedAt, updated_at: now })))
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute();
        // A row skipped here was saved by a concurrent writer (same URL, or same guid in the feed) meanwhile.
        inserted += rows.length;
        unchanged += fresh.length - rows.length;
        changedIds.push(...rows.map((r) => r.id));
      }
    }
    return { inserted, updated, unchanged, changedIds };
  }

  private async findExisting(batch: readonly NewArticle[]) {
    const urls = batch.map((a) => a.url);
    const guids = batch.filter((a) => a.guid && a.feedId != null);
    const byUrl = new Map<string, StoredVersion>();
    const byGuid = new Map<string, StoredVersion>();
    if (urls.length > 0) {
      for (const row of await this.db
        .selectFrom('articles')
        .select(['id', 'url', 'content_hash', 'feed_id'])
        .where('url', 'in', urls)
        .execute()) {
        byUrl.set(row.url, row);
      }
    }
    if (guids.length > 0) {
      for (const row of await this.db
        .selectFrom('articles')
        .select(['id', 'url', 'content_hash', 'feed_id', 'guid'])
        // The feed ids let the (feed_id, guid) index answer; by guid alone it would scan every article.
        .where('feed_id', 'in', [...new Set(guids.map((a) => a.feedId!))])
        .where(
          'guid',
          'in',
          guids.map((a) => a.guid!),
        )
        .execute()) {
        byGuid.set(`${row.feed_id}\u0000${row.guid}`, row);
      }
    }
    return { byUrl, byGuid };
  }

  /** The content hashes of a feed's stored articles, by guid, for the guids given (to skip unchanged items early). */
  async findVersions(feedId: number, guids: readonly string[]): Promise<Map<string, string>> {
    const versions = new Map<string, string>();
    for (let i = 0; i < guids.length; i += BATCH) {
      const rows = await this.db
        .selectFrom('articles')
        .select(['guid', 'content_hash'])
        .where('feed_id', '=', feedId)
        .where('guid', 'in', guids.slice(i, i + BATCH))
        .execute();
      for (const row of rows) if (row.guid !== null) versions.set(row.guid, row.content_hash);
    }
    return versions;
  }

  /** One article, or undefined. */
  async get(id: number): Promise<Article | undefined> {
    const row = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toArticle(row);
  }

  /** What a deferred full-text fetch needs of an article: its address, feed, headline, lead and body (if any). */
  async getTextState(
    id: number,
  ): Promise<{ url: string; feedId: number | null; title: string; lead: string; text?: string } | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .select(['url', 'feed_id', 'title', 'lead', 'text'])
      .where('id', '=', id)
      .executeTakeFirst();
    return (
      row && {
        url: row.url,
        feedId: row.feed_id,
        title: row.title,
        lead: row.lead,
        ...(row.text && { text: row.text }),
      }
    );
  }

  /**
   * The openings (headline, lead and the body's first 2,000 characters) of the feed's newest articles that have
   * a body, newest first: where the sentences its pages open with whatever the news show.
   */
  async listRecentOpenings(
    feedId: number,
    limit: number,
  ): Promise<{ id: number; title: string; lead: string; text: string }[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select((eb) => [
        'id',
        'title',
        'lead',
        eb.fn<string>('substr', ['text', eb.lit(1), eb.lit(2_000)]).as('opening'),
      ])
      .where('feed_id', '=', feedId)
      .where('text', 'is not', null)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, title: r.title, lead: r.lead, text: r.opening }));
  }

  /**
   * Replaces the body and lead of an article that has a body (its site's template left out once known). Returns
   * whether it changed; the content hash stays, so the next poll is no update.
   */
  async replaceText(
    id: number,
    page: { readonly text: string; readonly lead: string },
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('articles')
      .set({ text: page.text, lead: page.lead, updated_at: now })
      .where('id', '=', id)
      .where('text', 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Completes an article with its page (a deferred full-text fetch): the body and lead given, and the author and
   * language where the feed gave none. An article that has a body already is left alone, so a job run twice changes it
   * once. Returns whether it changed. The content hash stays the feed's: the next poll is no update.
   */
  async saveFullText(
    id: number,
    page: {
      readonly text: string;
      readonly lead: string;
      readonly author?: string;
      readonly language?: string;
    },
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('articles')
      .set((eb) => ({
        text: page.text,
        lead: page.lead,
        author: eb.fn.coalesce('author', eb.val(page.author ?? null)),
        language: eb.fn.coalesce('language', eb.val(page.language ?? null)),
        updated_at: now,
      }))
      .where('id', '=', id)
      .where((eb) => eb.or([eb('text', 'is', null), eb('text', '=', '')]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Articles not yet in a story, in publication order. */
  async listUnassigned(limit: number): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('story_id', 'is', null)
      .orderBy('published_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toArticle);
  }

  /** Assigned articles published at or after `since`, in publication order (to restore the clusterer). */
  async listAssignedSince(since: string, afterId = 0, limit = 5000): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('story_id', 'is not', null)
      .where('published_at', '>=', since)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toArticle);
  }

  /** The articles of a story, oldest first. */
  async listForStory(storyId: number): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('story_id', '=', storyId)
      .orderBy('published_at')
      .orderBy('id')
      .execute();
    return rows.map(toArticle);
  }

  /** The newest articles of an outlet. */
  async listForOutlet(outletId: string, limit: number): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('outlet_id', '=', outletId)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toArticle);
  }

  /** Every article's id, URL and outlet, in id order, in pages (for outlet matching and rebuilds). */
  async *iterateUrls(pageSize = 5000): AsyncGenerator<{ id: number; url: string; outletId: string | null }> {
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('articles')
        .select(['id', 'url', 'outlet_id'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(pageSize)
        .execute();
      for (const row of rows) yield { id: row.id, url: row.url, outletId: row.outlet_id };
      if (rows.length < pageSize) return;
      after = rows.at(-1)!.id;
    }
  }

  /** The distinct outlets of some articles. */
  async outletsOf(ids: readonly number[]): Promise<string[]> {
    const outlets = new Set<string>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const rows = await this.db
        .selectFrom('articles')
        .select('outlet_id')
        .distinct()
        .where('id', 'in', ids.slice(i, i + BATCH))
        .execute();
      for (const row of rows) if (row.outlet_id !== null) outlets.add(row.outlet_id);
    }
    return [...outlets];
  }

  /** Sets the outlet of articles (after a registry change). */
  async setOutlet(ids: readonly number[], outletId: string | null): Promise<void> {
    for (let i = 0; i < ids.length; i += BATCH) {
      await this.db
        .updateTable('articles')
        .set({ outlet_id: outletId })
        .where('id', 'in', ids.slice(i, i + BATCH))
        .execute();
    }
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The publication time of the newest article, or undefined when there is none. */
  async latestPublishedAt(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .select('published_at')
      .orderBy('published_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.published_at;
  }
}

interface StoredVersion {
  readonly id: number;
  readonly url: string;
  readonly content_hash: string;
  readonly feed_id: number | null;
}

function isOtherFeeds(row: StoredVersion, article: NewArticle): boolean {
  return row.feed_id !== null && article.feedId != null && row.feed_id !== article.feedId;
}

function guidKey(article: NewArticle): string | undefined {
  return article.guid && article.feedId != null ? `${article.feedId}\u0000${article.guid}` : undefined;
}

// Within one batch, the last version of a URL (or feed guid) wins, as a later poll would.
function dedupeBatch(batch: readonly NewArticle[]): NewArticle[] {
  const byKey = new Map<string, NewArticle>();
  for (const article of batch) {
    const key = guidKey(article) ?? `url:${article.url}`;
    byKey.delete(key);
    byKey.set(key, article);
  }
  const byUrl = new Map<string, NewArticle>();
  for (const article of byKey.values()) byUrl.set(article.url, article);
  return [...byUrl.values()];
}

function toRow(a: NewArticle) {
  return {
    url: a.url,
    guid: a.guid ?? null,
    feed_id: a.feedId ?? null,
    outlet_id: a.outletId,
    title: a.title,
    lead: a.lead,
    text: a.text ?? null,
    author: a.author ?? null,
    published_at: a.publishedAt,
    language: a.language ?? null,
    content_hash: a.contentHash,
  };
}

/** Maps a row to the domain type. */
export function toArticle(row: Selectable<ArticleTable>): Article {
  return {
    id: row.id,
    url: row.url,
    guid: row.guid,
    feedId: row.feed_id,
    outletId: row.outlet_id,
    title: row.title,
    lead: row.lead,
    author: row.author,
    publishedAt: row.published_at,
    fetchedAt: row.fetched_at,
    language: row.language,
    storyId: row.story_id,
    duplicateOf: row.duplicate_of,
  };
}
