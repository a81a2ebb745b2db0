import type { Kysely } from 'kysely';
import type { Story } from '../domain/index.ts';
import type { Database } from './schema.ts';
import { applyStoryListQuery, type StoryListQuery } from './story-list-query.ts';
import { toStory, withSourceLanguages } from './story-store.ts';

/** One outlet's part in a story. */
export interface StoryOutlet {
  /** Null for articles whose outlet is unknown. */
  readonly outletId: string | null;
  readonly articles: number;
}

/** A story's id and version: enough to tell whether a cached rendering of it is current. */
export interface StoryVersion {
  readonly id: number;
  readonly version: number;
}

/** An outlet that has published stored articles. */
export interface PublishingOutlet {
  readonly outletId: string;
  readonly articles: number;
  readonly latestAt: string;
}

const CHUNK = 500;

/** Read-side queries of the reader's pages: who covered which stories, and what each outlet covered. */
export class BrowseStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The version of one story, or undefined when there is none (a primary-key lookup, no JSON read). */
  async storyVersion(id: number): Promise<number | undefined> {
    const row = await this.db.selectFrom('stories').select('version').where('id', '=', id).executeTakeFirst();
    return row?.version;
  }

  /**
   * The ids and versions of the stories `stories.list(query)` returns, in the same order, without reading their
   * JSON columns: pages check their cache with this, and load the stories only on a miss.
   */
  async listStoryVersions(query: StoryListQuery): Promise<StoryVersion[]> {
    const q = applyStoryListQuery(this.db.selectFrom('stories').select(['id', 'version']), query);
    return q ? q.execute() : [];
  }

  /** The stories with these ids, in the order given (ids without a story are skipped), with their languages. */
  async getStories(ids: readonly number[]): Promise<Story[]> {
    const byId = new Map<number, Story>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('stories')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) byId.set(row.id, toStory(row));
    }
    return withSourceLanguages(
      this.db,
      ids.flatMap((id) => byId.get(id) ?? []),
    );
  }

  /** The outlets of each story with their article counts (stories without articles are absent). */
  async listStoryOutlets(storyIds: readonly number[]): Promise<Map<number, StoryOutlet[]>> {
    const byStory = new Map<number, StoryOutlet[]>();
    for (let i = 0; i < storyIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('articles')
        .select((eb) => ['story_id', 'outlet_id', eb.fn.countAll<number>().as('n')])
        .where('story_id', 'in', storyIds.slice(i, i + CHUNK))
        .groupBy(['story_id', 'outlet_id'])
        .orderBy('story_id')
        .orderBy('outlet_id')
        .execute();
      for (const row of rows) {
        const list = byStory.get(row.story_id!) ?? [];
        list.push({ outletId: row.outlet_id, articles: Number(row.n) });
        byStory.set(row.story_id!, list);
      }
    }
    return byStory;
  }

  /** The stories an outlet took part in, the one it wrote about most recently first, with their languages. */
  async listStoriesOfOutlet(outletId: string, page: { limit: number; offset?: number }): Promise<Story[]> {
    const latest = this.db
      .selectFrom('articles')
      .select((eb) => ['story_id', eb.fn.max('published_at').as('latest')])
      .where('outlet_id', '=', outletId)
      .where('story_id', 'is not', null)
      .groupBy('story_id')
      .as('mine');
    const rows = await this.db
      .selectFrom(latest)
      .innerJoin('stories', 'stories.id', 'mine.story_id')
      .selectAll('stories')
      .orderBy('mine.latest', 'desc')
      .orderBy('stories.id', 'desc')
      .limit(page.limit)
      .offset(page.offset ?? 0)
      .execute();
    return withSourceLanguages(this.db, rows.map(toStory));
  }

  /** How many articles and stories an outlet has, and when it last published. */
  async describeOutlet(
    outletId: string,
  ): Promise<{ articles: number; stories: number; latestAt: string | null }> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => [
        eb.fn.countAll<number>().as('articles'),
        eb.fn.count<number>('story_id').distinct().as('stories'),
        eb.fn.max('published_at').as('latest'),
      ])
      .where('outlet_id', '=', outletId)
      .executeTakeFirstOrThrow();
    return { articles: Number(row.articles), stories: Number(row.stories), latestAt: row.latest ?? null };
  }

  /** Every outlet with stored articles, most articles first. */
  async listPublishingOutlets(): Promise<PublishingOutlet[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select((eb) => ['outlet_id', eb.fn.countAll<number>().as('n'), eb.fn.max('published_at').as('latest')])
      .where('outlet_id', 'is not', null)
      .groupBy('outlet_id')
      .orderBy('n', 'desc')
      .orderBy('outlet_id')
      .execute();
    return rows.map((r) => ({ outletId: r.outlet_id!, articles: Number(r.n), latestAt: r.latest ?? '' }));
  }
}
