import type { Kysely } from 'kysely';
import type { Story } from '../domain/index.ts';
import { readJson } from './json.ts';
import type { Database } from './schema.ts';
import { toStory, withSourceLanguages } from './story-store.ts';
import { storyTopicNames, surnameOf } from './topic-name.ts';
import { topicSlug } from './topic-slug.ts';

/** A topic (a recurring person, place or organisation) and how much it was covered. */
export interface TopicSummary {
  readonly slug: string;
  /** The name as most of the stories naming it spell it (ties: the first in sort order, the same on every database). */
  readonly name: string;
  readonly stories: number;
  /** When the newest of those stories was last updated. */
  readonly latestAt: string;
}

export interface TopicListQuery {
  readonly limit: number;
  readonly offset?: number;
  /** Count only stories updated at or after this time. */
  readonly since?: string;
  /** Leave out topics named by fewer stories (default 2: a topic recurs). */
  readonly minStories?: number;
}

const BATCH = 500;

/** The topic index: which stories name which people, places and organisations (story entities). */
export class TopicStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Indexes the entities of every story whose version changed since it was last indexed (all of them the first
   * time), and returns how many stories it indexed. Idempotent; the pipeline calls it after synthesis.
   */
  async indexChangedStories(): Promise<number> {
    if (!this.db.isTransaction)
      return this.db.transaction().execute((trx) => new TopicStore(trx).indexChangedStories());
    let indexed = 0;
    const singles = new Set<string>();
    for (;;) {
      const rows = await this.db
        .selectFrom('stories')
        .leftJoin('story_topic_versions as v', 'v.story_id', 'stories.id')
        .select(['stories.id', 'stories.version', 'stories.entities'])
        .where((eb) => eb.or([eb('v.version', 'is', null), eb('v.version', '<>', eb.ref('stories.version'))]))
        .orderBy('stories.id')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) break;
      const inserted = await this.replaceTopics(
        rows.map((r) => ({ id: r.id, version: r.version, entities: readJson(r.entities, []) })),
      );
      for (const slug of foldCandidates(inserted)) singles.add(slug);
      indexed += rows.length;
    }
    for (const slug of [...singles].sort()) await this.foldSurname(slug);
    return indexed;
  }

  /**
   * Folds a one-word topic into the person's full name when that word is the surname of one person far more than
   * of anyone else across the stories ("Trump" → "Donald Trump", once "Donald Trump" names ≥ 3 stories, at least
   * twice as many as "Melania Trump" or any other Trump, and at least a quarter as many as "Trump" alone). Many
   * stories name only the surname.
   */
  private async foldSurname(slug: string): Promise<void> {
    const people = await this.db
      .selectFrom('story_topics')
      .select((eb) => ['slug', eb.fn.min('name').as('name'), eb.fn.countAll<number>().as('stories')])
      .where('surname', '=', slug)
      .groupBy('slug')
      .orderBy('stories', 'desc')
      .orderBy('slug')
      .limit(2)
      .execute();
    const [first, second] = people;
    if (!first?.name) return;
    const alone = await this.db
      .selectFrom('story_topics')
      .select((eb) => eb.fn.countAll<number>().as('stories'))
      .where('slug', '=', slug)
      .executeTakeFirst();
    const full = Number(first.stories);
    // The full name must be common in its own right: "George Washington" is not who "Washington" means.
    if (full < 3 || full < 2 * Number(second?.stories ?? 0) || full * 4 < Number(alone?.stories ?? 0)) return;
    // A story that names both keeps the full name once.
    await this.db
      .deleteFrom('story_topics')
      .where('slug', '=', slug)
      .where('story_id', 'in', (eb) =>
        eb.selectFrom('story_topics').select('story_id').where('slug', '=', first.slug),
      )
      .execute();
    await this.db
      .updateTable('story_topics')
      .set({ slug: first.slug, name: first.name, surname: slug })
      .where('slug', '=', slug)
      .execute();
  }

  /** Replaces the topics of one story with `entities` (its synthesis), recorded as of `version`. */
  async saveStoryTopics(storyId: number, version: number, entities: readonly string[]): Promise<void> {
    const rows = await this.replaceTopics([{ id: storyId, version, entities }]);
    for (const slug of foldCandidates(rows)) await this.foldSurname(slug);
  }

  private async replaceTopics(
    stories: readonly { id: number; version: number; entities: readonly string[] }[],
  ): Promise<readonly { slug: string; surname: string | null }[]> {
    const ids = stories.map((s) => s.id);
    await this.db.deleteFrom('story_topics').where('story_id', 'in', ids).execute();
    const rows = stories.flatMap((s) => topicRows(s.id, s.entities));
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.db
        .insertInto('story_topics')
        .values(rows.slice(i, i + BATCH))
        .execute();
    }
    await this.db
      .insertInto('story_topic_versions')
      .values(stories.map((s) => ({ story_id: s.id, version: s.version })))
      .onConflict((oc) =>
        oc.column('story_id').doUpdateSet((eb) => ({ version: eb.ref('excluded.version') })),
      )
      .execute();
    return rows;
  }

  /** Topics named by several stories, most stories first. */
  async list(query: TopicListQuery): Promise<TopicSummary[]> {
    let q = this.summaries();
    if (query.since) q = q.where('stories.updated_at', '>=', query.since);
    const rows = await q
      .having((eb) => eb.fn.countAll(), '>=', query.minStories ?? 2)
      .orderBy('stories', 'desc')
      .orderBy('latest_at', 'desc')
      .orderBy('story_topics.slug')
      .limit(query.limit)
      .offset(query.offset ?? 0)
      .execute();
    return this.withCommonestNames(rows.map(toSummary));
  }

  /** One topic, or undefined when no story names it. */
  async get(slug: string): Promise<TopicSummary | undefined> {
    const row = await this.summaries().where('story_topics.slug', '=', slug).executeTakeFirst();
    return row && (await this.withCommonestNames([toSummary(row)]))[0];
  }

  /** The stories naming a topic, most recently updated first, with their languages. */
  async listStories(slug: string, page: { limit: number; offset?: number }): Promise<Story[]> {
    const rows = await this.db
      .selectFrom('story_topics')
      .innerJoin('stories', 'stories.id', 'story_topics.story_id')
      .selectAll('stories')
      .where('story_topics.slug', '=', slug)
      .orderBy('stories.updated_at', 'desc')
      .orderBy('stories.id', 'desc')
      .limit(page.limit)
      .offset(page.offset ?? 0)
      .execute();
    return withSourceLanguages(this.db, rows.map(toStory));
  }

  /**
   * The topics the index holds for one story, in the synthesis' order, as their pages know them: a surname folded
   * into a full name links to the full name's page ("Trump" → donald-trump), which is where /topics/trump went.
   */
  async ofStory(storyId: number): Promise<{ slug: string; name: string }[]> {
    return this.db
      .selectFrom('story_topics')
      .select(['slug', 'name'])
      .where('story_id', '=', storyId)
      .orderBy('position')
      .orderBy('slug')
      .execute();
  }

  /** Topics that share stories with `slug`, most shared stories first. */
  async listRelated(slug: string, limit: number): Promise<TopicSummary[]> {
    const rows = await this.db
      .selectFrom('story_topics as mine')
      .innerJoin('story_topics as other', 'other.story_id', 'mine.story_id')
      .innerJoin('stories', 'stories.id', 'mine.story_id')
      .select((eb) => [
        'other.slug as slug',
        eb.fn.min('other.name').as('name'),
        eb.fn.countAll<number>().as('stories'),
        eb.fn.max('stories.updated_at').as('latest_at'),
      ])
      .where('mine.slug', '=', slug)
      .where('other.slug', '<>', slug)
      .groupBy('other.slug')
      .orderBy('stories', 'desc')
      .orderBy('other.slug')
      .limit(limit)
      .execute();
    return this.withCommonestNames(rows.map(toSummary));
  }

  /**
   * Each topic named as most of its stories spell it (ties: the smallest spelling), so that one dateline's "WUHAN"
   * does not stand for the sixteen stories that write "Wuhan".
   */
  private async withCommonestNames(topics: TopicSummary[]): Promise<TopicSummary[]> {
    if (topics.length === 0) return topics;
    const spellings = await this.db
      .selectFrom('story_topics')
      .select((eb) => ['slug', 'name', eb.fn.countAll<number>().as('stories')])
      .where(
        'slug',
        'in',
        topics.map((t) => t.slug),
      )
      .groupBy(['slug', 'name'])
      .orderBy('slug')
      .orderBy('stories', 'desc')
      .orderBy('name')
      .execute();
    const commonest = new Map<string, string>();
    for (const row of spellings) if (!commonest.has(row.slug)) commonest.set(row.slug, row.name);
    return topics.map((t) => ({ ...t, name: commonest.get(t.slug) ?? t.name }));
  }

  private summaries() {
    return this.db
      .selectFrom('story_topics')
      .innerJoin('stories', 'stories.id', 'story_topics.story_id')
      .select((eb) => [
        'story_topics.slug as slug',
        eb.fn.min('story_topics.name').as('name'),
        eb.fn.countAll<number>().as('stories'),
        eb.fn.max('stories.updated_at').as('latest_at'),
      ])
      .groupBy('story_topics.slug');
  }
}

/** One-word topics that may now be someone's surname: those just named, and the surnames of full names. */
function foldCandidates(rows: readonly { slug: string; surname: string | null }[]): Set<string> {
  const slugs = new Set<string>();
  for (const row of rows) {
    if (!row.slug.includes('-')) slugs.add(row.slug);
    if (row.surname !== null) slugs.add(row.surname);
  }
  return slugs;
}

function topicRows(storyId: number, entities: readonly string[]) {
  const seen = new Set<string>();
  const rows: { slug: string; story_id: number; name: string; position: number; surname: string | null }[] =
    [];
  for (const name of storyTopicNames(entities)) {
    const slug = topicSlug(name);
    if (slug === undefined || seen.has(slug)) continue;
    seen.add(slug);
    const surname = surnameOf(name);
    rows.push({
      slug,
      story_id: storyId,
      name,
      position: rows.length,
      surname: surname === undefined ? null : (topicSlug(surname) ?? null),
    });
  }
  return rows;
}

function toSummary(row: {
  slug: string;
  name: string | null;
  stories: number | string;
  latest_at: string | null;
}) {
  return {
    slug: row.slug,
    name: row.name ?? row.slug,
    stories: Number(row.stories),
    latestAt: row.latest_at ?? '',
  };
}
