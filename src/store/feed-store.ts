import type { Kysely, Selectable } from 'kysely';
import type { Feed, FeedError, FeedErrorKind } from '../domain/index.ts';
import { readJson } from './json.ts';
import type { Database, FeedTable } from './schema.ts';

/** A feed with what the scheduler and the health page need beyond the domain type. */
export interface StoredFeed extends Feed {
  readonly siteUrl: string | null;
  readonly ttlMinutes: number | null;
  readonly active: boolean;
  readonly createdAt: string;
}

/** What a successful poll records. */
export interface FeedSuccess {
  readonly checkedAt: string;
  readonly nextCheckAt: string;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly title?: string | null;
  readonly siteUrl?: string | null;
  readonly ttlMinutes?: number | null;
  /** Where the feed answered after permanent redirects only (301/308): it is followed there from now on. */
  readonly movedTo?: string;
}

/** Template sentences a feed keeps (each a sentence of four words or more). */
const MAX_TEMPLATE_SENTENCES = 50;

/** Subscribed feeds and their health (STYLE: feed errors are data, never a stopped batch). */
export class FeedStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Subscribes to a feed; an existing URL keeps its row (and is re-activated). Returns the feed. */
  async add(
    input: { url: string; outletId: string | null; title?: string | null },
    now: string,
  ): Promise<StoredFeed> {
    await this.db
      .insertInto('feeds')
      .values({
        url: input.url,
        outlet_id: input.outletId,
        title: input.title ?? null,
        created_at: now,
        next_check_at: now,
      })
      .onConflict((oc) => oc.column('url').doUpdateSet({ active: 1 }))
      .execute();
    return (await this.getByUrl(input.url))!;
  }

  async get(id: number): Promise<StoredFeed | undefined> {
    const row = await this.db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toFeed(row);
  }

  async getByUrl(url: string): Promise<StoredFeed | undefined> {
    const row = await this.db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
    return row && toFeed(row);
  }

  /** Every feed, failing ones first, then by URL. */
  async list(): Promise<StoredFeed[]> {
    const rows = await this.db
      .selectFrom('feeds')
      .selectAll()
      .orderBy('error_count', 'desc')
      .orderBy('url')
      .execute();
    return rows.map(toFeed);
  }

  /** Unsubscribes; the feed's articles stay (they belong to stories). Returns false when no such feed. */
  async remove(id: number): Promise<boolean> {
    const result = await this.db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Active feeds due at `now`, skipping those past the error limit, oldest check first. */
  async listDue(now: string, options: { limit: number; errorLimit: number }): Promise<StoredFeed[]> {
    const rows = await this.db
      .selectFrom('feeds')
      .selectAll()
      .where('active', '=', 1)
      .where('error_count', '<', options.errorLimit)
      .where((eb) => eb.or([eb('next_check_at', 'is', null), eb('next_check_at', '<=', now)]))
      .orderBy('next_check_at')
      .orderBy('id')
      .limit(options.limit)
      .execute();
    return rows.map(toFeed);
  }

  /** Records a successful poll: resets the error count and schedules the next check. */
  async saveSuccess(id: number, s: FeedSuccess): Promise<boolean> {
    // A feed that moved takes its new address, unless another subscription already has it.
    const moved =
      s.movedTo !== undefined &&
      (await this.db.selectFrom('feeds').select('id').where('url', '=', s.movedTo).executeTakeFirst()) ===
        undefined;
    await this.db
      .updateTable('feeds')
      .set({
        checked_at: s.checkedAt,
        next_check_at: s.nextCheckAt,
        error_count: 0,
        last_error_kind: null,
        last_error_message: null,
        ...(s.etag !== undefined && { etag: s.etag }),
        ...(s.lastModified !== undefined && { last_modified: s.lastModified }),
        ...(s.title && { title: s.title }),
        ...(s.siteUrl && { site_url: s.siteUrl }),
        ...(s.ttlMinutes !== undefined && { ttl_minutes: s.ttlMinutes }),
        ...(moved && { url: s.movedTo }),
      })
      .where('id', '=', id)
      .execute();
    return moved;
  }

  /** Records a failed poll: counts it, keeps the error, and schedules the retry. */
  async saveFailure(
    id: number,
    error: FeedError,
    times: { checkedAt: string; nextCheckAt: string },
  ): Promise<void> {
    await this.db
      .updateTable('feeds')
      .set((eb) => ({
        checked_at: times.checkedAt,
        next_check_at: times.nextCheckAt,
        error_count: eb('error_count', '+', 1),
        last_error_kind: error.kind,
        last_error_message: error.message.slice(0, 1_000),
      }))
      .where('id', '=', id)
      .execute();
  }

  /** The normalised sentences the feed's article pages are known to open with whatever the news. */
  async templateSentences(id: number): Promise<string[]> {
    const row = await this.db
      .selectFrom('feeds')
      .select('template_sentences')
      .where('id', '=', id)
      .executeTakeFirst();
    const sentences = readJson<unknown>(row?.template_sentences, []);
    return Array.isArray(sentences) ? sentences.filter((s): s is string => typeof s === 'string') : [];
  }

  /**
   * Adds sentences to the feed's template (the newest 50 are kept: a site changes its pitch now and then). Two
   * writers adding at once may lose one's sentences; they are found again from the next pages.
   */
  async addTemplateSentences(id: number, sentences: readonly string[]): Promise<void> {
    const known = await this.templateSentences(id);
    const fresh = sentences.filter((s) => !known.includes(s));
    if (fresh.length === 0) return;
    await this.db
      .updateTable('feeds')
      .set({ template_sentences: JSON.stringify([...known, ...fresh].slice(-MAX_TEMPLATE_SENTENCES)) })
      .where('id', '=', id)
      .execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('feeds')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function toFeed(row: Selectable<FeedTable>): StoredFeed {
  return {
    id: row.id,
    url: row.url,
    outletId: row.outlet_id,
    title: row.title,
    siteUrl: row.site_url,
    etag: row.etag,
    lastModified: row.last_modified,
    ttlMinutes: row.ttl_minutes,
    nextCheckAt: row.next_check_at,
    checkedAt: row.checked_at,
    errorCount: row.error_count,
    lastError: row.last_error_kind
      ? { kind: row.last_error_kind as FeedErrorKind, message: row.last_error_message ?? '' }
      : null,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}
