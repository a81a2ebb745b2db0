import { type Kysely, type Selectable, sql } from 'kysely';
import { AssignmentConflictError } from './assignment-conflict-error.ts';
import { replaceAssignment } from './assignment-upsert.ts';
import { EMPTY_COVERAGE } from './empty-coverage.ts';
import type { Blindspot, Coverage, Frame, KeyPoint, Story } from '../domain/index.ts';
import { readJson } from './json.ts';
import { applyStoryListQuery, type StoryListQuery } from './story-list-query.ts';
import type { Database, StoryTable } from './schema.ts';
import { planStorySplit, type StorySplit, splitStory } from './split-story.ts';

/** Where the clusterer put one article, and why. */
export interface StoryAssignment {
  readonly articleId: number;
  readonly storyId: number;
  readonly isNew: boolean;
  readonly duplicateOf: number | null;
  /**
   * The original of the same text this article takes the place of, being more plausibly its source (a wire agency's
   * report after a reprint of it): that article and its copies in the story become copies of this one.
   */
  readonly supersedes?: number | null;
  readonly publishedAt: string;
  readonly title: string;
  readonly score: number;
  readonly runnerUp: { readonly story: number; readonly score: number } | null;
  readonly sharedTerms: readonly string[];
  readonly sharedEntities: readonly string[];
}

/** What synthesis computes for a story. */
export interface StorySynthesis {
  readonly title: string;
  readonly summary: string;
  readonly keyPoints: readonly KeyPoint[];
  readonly frames: readonly Frame[];
  readonly coverage: Coverage;
  readonly blindspot: Blindspot;
  readonly firstPublishedAt: string;
  readonly updatedAt: string;
  readonly firstArticleId: number | null;
  readonly firstOutletId: string | null;
  readonly titleArticleIds?: readonly number[];
  readonly summaryArticleIds?: readonly number[];
  readonly entities: readonly string[];
}

/** The explanation stored for one article's assignment. */
export interface StoredExplanation {
  readonly articleId: number;
  readonly storyId: number;
  readonly isNew: boolean;
  readonly score: number;
  readonly runnerUp: { readonly story: number; readonly score: number } | null;
  readonly sharedTerms: readonly string[];
  readonly sharedEntities: readonly string[];
  /** Set when an operator moved the article here (`parallax stories split`): score and shared words are then empty. */
  readonly movedByOperator?: true;
}

/** Stories, their assignments and their synthesis. */
export class StoryStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The next free story id (only the single clustering writer allocates ids). */
  async nextId(): Promise<number> {
    const row = await this.db
      .selectFrom('stories')
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirst();
    return Number(row?.max ?? 0) + 1;
  }

  /**
   * Records assignments: sets each article's story, stores the explanation, opens or marks the story dirty.
   * Run it in a transaction: it throws AssignmentConflictError (and so rolls the batch back) when an article was
   * assigned meanwhile or a story it opens exists, i.e. when another writer got there first.
   */
  async applyAssignments(assignments: readonly StoryAssignment[], now: string): Promise<void> {
    const byStory = new Map<number, StoryAssignment[]>();
    for (const a of assignments) {
      const list = byStory.get(a.storyId) ?? [];
      list.push(a);
      byStory.set(a.storyId, list);
    }
    await this.setArticleStories(assignments);
    // In the order the clusterer decided them: an original superseded twice in a batch ends at the last one.
    for (const a of assignments)
      if (a.supersedes != null) await this.supersede(a.storyId, a.supersedes, a.articleId);
    for (let i = 0; i < assignments.length; i += 500) {
      await this.db
        .insertInto('assignments')
        .values(
          assignments.slice(i, i + 500).map((a) => ({
            article_id: a.articleId,
            story_id: a.storyId,
            is_new: a.isNew ? 1 : 0,
            score: a.score,
            runner_up_story: a.runnerUp?.story ?? null,
            runner_up_score: a.runnerUp?.score ?? null,
            shared_terms: JSON.stringify(a.sharedTerms),
            shared_entities: JSON.stringify(a.sharedEntities),
            assigned_at: now,
          })),
        )
        .onConflict(replaceAssignment)
        .execute();
    }
    for (const [storyId, list] of byStory) {
      if (list.some((a) => a.isNew)) await this.openStory(storyId, list);
      else await this.growStory(storyId, list);
    }
  }

  // Only articles still without a story are updated: a second writer racing this one fails instead of
  // assigning an article twice. Articles with the same story and original share one UPDATE.
  private async setArticleStories(assignments: readonly StoryAssignment[]): Promise<void> {
    const groups = new Map<string, { storyId: number; duplicateOf: number | null; ids: number[] }>();
    for (const a of assignments) {
      const key = `${a.storyId}:${a.duplicateOf}`;
      const group = groups.get(key) ?? { storyId: a.storyId, duplicateOf: a.duplicateOf, ids: [] };
      group.ids.push(a.articleId);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      for (let i = 0; i < group.ids.length; i += 500) {
        const ids = group.ids.slice(i, i + 500);
        const result = await this.db
          .updateTable('articles')
          .set({ story_id: group.storyId, duplicate_of: group.duplicateOf })
          .where('id', 'in', ids)
          // Unary plus keeps the planner on the primary key: without statistics SQLite would otherwise walk the
          // story_id index over every unassigned article, once per statement (minutes for a large backlog).
          .where(sql<number | null>`+${sql.ref('story_id')}`, 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== ids.length)
          throw new AssignmentConflictError(
            `store: ${ids.length - Number(result.numUpdatedRows)} of articles ${ids.slice(0, 5).join(', ')}… ` +
              'are missing or already in a story',
          );
      }
    }
  }

  // The superseded original and its copies (of this story only) copy the new original; a re-run changes nothing.
  private async supersede(storyId: number, original: number, articleId: number): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({ duplicate_of: articleId })
      .where('story_id', '=', storyId)
      .where((eb) => eb.or([eb('id', '=', original), eb('duplicate_of', '=', original)]))
      .where('id', '!=', articleId)
      .execute();
  }

  private async openStory(storyId: number, list: readonly StoryAssignment[]): Promise<void> {
    const first = list.reduce((a, b) => (b.publishedAt < a.publishedAt ? b : a));
    const last = list.reduce((a, b) => (b.publishedAt > a.publishedAt ? b : a));
    const inserted = await this.db
      .insertInto('stories')
      .values({
        id: storyId,
        title: first.title,
        summary: '',
        key_points: '[]',
        frames: '[]',
        coverage: JSON.stringify(EMPTY_COVERAGE),
        blindspot: null,
        first_published_at: first.publishedAt,
        updated_at: last.publishedAt,
        article_count: list.length,
        outlet_count: 0,
        left_count: 0,
        center_count: 0,
        right_count: 0,
        unrated_count: 0,
        first_article_id: first.articleId,
        first_outlet_id: null,
        entities: '[]',
        version: 1,
        dirty: 1,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new AssignmentConflictError(`store: story ${storyId} already exists`);
  }

  private async growStory(storyId: number, list: readonly StoryAssignment[]): Promise<void> {
    const last = list.reduce((a, b) => (b.publishedAt > a.publishedAt ? b : a)).publishedAt;
    const result = await this.db
      .updateTable('stories')
      .set((eb) => ({
        dirty: 1,
        version: eb('version', '+', 1),
        article_count: eb('article_count', '+', list.length),
        updated_at: eb.case().when('updated_at', '<', last).then(last).else(eb.ref('updated_at')).end(),
      }))
      .where('id', '=', storyId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw new AssignmentConflictError(`store: story ${storyId} does not exist`);
  }

  /**
   * The articles splitting `articleIds` out of a story would move (they and their syndicated copies in it), or a
   * StorySplitError saying why it cannot be split so.
   */
  planSplit(storyId: number, articleIds: readonly number[]): Promise<number[]> {
    return planStorySplit(this.db, storyId, articleIds);
  }

  /**
   * An operator's correction: moves `articleIds` and their copies out of a story into one new story, both marked
   * for synthesis. Run it in a transaction; throws StorySplitError (changing nothing) when it cannot be done.
   */
  split(storyId: number, articleIds: readonly number[], now: string): Promise<StorySplit> {
    return splitStory(this.db, storyId, articleIds, now);
  }

  /** Marks stories for a new synthesis (after a ratings change, say). */
  async markDirty(ids: readonly number[] | 'all'): Promise<void> {
    let query = this.db.updateTable('stories').set({ dirty: 1 });
    if (ids !== 'all') {
      if (ids.length === 0) return;
      query = query.where('id', 'in', ids);
    }
    await query.execute();
  }

  /** Marks for synthesis every story with an article from one of `outletIds` (their ratings changed). */
  markDirtyForOutlets(outletIds: readonly string[]): Promise<void> {
    return this.markDirtyWhereArticles('outlet_id', outletIds);
  }

  /** Marks for synthesis the stories of some articles (their text was updated). */
  markDirtyForArticles(articleIds: readonly number[]): Promise<void> {
    return this.markDirtyWhereArticles('id', articleIds);
  }

  private async markDirtyWhereArticles<C extends 'id' | 'outlet_id'>(
    column: C,
    values: readonly (C extends 'id' ? number : string)[],
  ): Promise<void> {
    for (let i = 0; i < values.length; i += 500) {
      const batch = values.slice(i, i + 500);
      await this.db
        .updateTable('stories')
        .set({ dirty: 1 })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('articles')
            .select('story_id')
            .where(column, 'in', batch as never)
            .where('story_id', 'is not', null)
            .$narrowType<{ story_id: number }>(),
        )
        .execute();
    }
  }

  /** Ids of stories waiting for synthesis. */
  async listDirtyIds(limit: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('stories')
      .select('id')
      .where('dirty', '=', 1)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Saves a story's synthesis and clears its dirty mark; the version goes up so caches refresh. */
  async saveSynthesis(id: number, s: StorySynthesis): Promise<void> {
    await this.db
      .updateTable('stories')
      .set({
        title: s.title,
        summary: s.summary,
        key_points: JSON.stringify(s.keyPoints),
        frames: JSON.stringify(s.frames),
        coverage: JSON.stringify(s.coverage),
        blindspot: s.blindspot,
        first_published_at: s.firstPublishedAt,
        updated_at: s.updatedAt,
        article_count: s.coverage.articles,
        outlet_count: s.coverage.outlets,
        left_count: s.coverage.left,
        center_count: s.coverage.center,
        right_count: s.coverage.right,
        unrated_count: s.coverage.unrated,
        first_article_id: s.firstArticleId,
        first_outlet_id: s.firstOutletId,
        title_sources: JSON.stringify(s.titleArticleIds ?? []),
        summary_sources: JSON.stringify(s.summaryArticleIds ?? []),
        entities: JSON.stringify(s.entities),
        version: (eb) => eb('version', '+', 1),
        dirty: 0,
      })
      .where('id', '=', id)
      .execute();
  }

  /** One story, or undefined. */
  async get(id: number): Promise<Story | undefined> {
    const row = await this.db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toStory(row);
  }

  /** The titles of those of `ids` that exist, in one query (the stories an explanation names as runner-up). */
  async titlesOf(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('stories').select(['id', 'title']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  /** Stories by breadth or recency, optionally in a time window or only blindspots. */
  async list(query: StoryListQuery): Promise<Story[]> {
    const q = applyStoryListQuery(this.db.selectFrom('stories').selectAll(), query);
    const rows = q ? await q.execute() : [];
    return rows.map(toStory);
  }

  /** The stored explanations of a story's articles. */
  async listExplanations(storyId: number): Promise<StoredExplanation[]> {
    const rows = await this.db
      .selectFrom('assignments')
      .selectAll()
      .where('story_id', '=', storyId)
      .orderBy('article_id')
      .execute();
    return rows.map((r) => ({
      articleId: r.article_id,
      storyId: r.story_id,
      isNew: r.is_new === 1,
      score: r.score,
      runnerUp:
        r.runner_up_story === null ? null : { story: r.runner_up_story, score: r.runner_up_score ?? 0 },
      sharedTerms: readJson<string[]>(r.shared_terms, []),
      sharedEntities: readJson<string[]>(r.shared_entities, []),
      ...(r.moved_by_operator === 1 && { movedByOperator: true as const }),
    }));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('stories')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Stories covered by at least two distinct outlets. */
  async countMultiOutlet(): Promise<number> {
    const row = await this.db
      .selectFrom('stories')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('outlet_count', '>=', 2)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/**
 * `stories` with the languages of the articles their title and summary come from (see Story.titleLanguage), read
 * in one query for all of them, whatever the list.
 */
export async function withSourceLanguages(db: Kysely<Database>, stories: readonly Story[]): Promise<Story[]> {
  const ids = [...new Set(stories.flatMap((s) => [s.titleArticleIds[0], s.summaryArticleIds[0]]))].filter(
    (id) => id !== undefined,
  );
  const languages = new Map<number, string | null>();
  for (let i = 0; i < ids.length; i += LANGUAGE_CHUNK) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'language'])
      .where('id', 'in', ids.slice(i, i + LANGUAGE_CHUNK))
      .execute();
    for (const row of rows) languages.set(row.id, row.language);
  }
  const languageOf = (id: number | undefined) => (id === undefined ? null : (languages.get(id) ?? null));
  return stories.map((s) => ({
    ...s,
    titleLanguage: languageOf(s.titleArticleIds[0]),
    summaryLanguage: languageOf(s.summaryArticleIds[0]),
  }));
}

const LANGUAGE_CHUNK = 1000;

/** Maps a row to the domain type. */
export function toStory(row: Selectable<StoryTable>): Story {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    keyPoints: readJson<KeyPoint[]>(row.key_points, []),
    frames: readJson<Frame[]>(row.frames, []),
    coverage: readJson<Coverage>(row.coverage, EMPTY_COVERAGE),
    blindspot: (row.blindspot as Blindspot) ?? null,
    firstPublishedAt: row.first_published_at,
    updatedAt: row.updated_at,
    titleArticleIds: readJson<number[]>(row.title_sources, []),
    summaryArticleIds: readJson<number[]>(row.summary_sources, []),
    firstReporter:
      row.first_article_id === null
        ? null
        : { articleId: row.first_article_id, outletId: row.first_outlet_id },
    entities: readJson<string[]>(row.entities, []),
    version: row.version,
  };
}
