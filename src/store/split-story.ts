import type { Kysely } from 'kysely';
import { EMPTY_COVERAGE } from './empty-coverage.ts';
import { replaceAssignment } from './assignment-upsert.ts';
import type { Database } from './schema.ts';
import { StorySplitError } from './story-split-error.ts';

/** What an operator's split did: the articles (with their syndicated copies) that left a story for a new one. */
export interface StorySplit {
  readonly storyId: number;
  readonly newStoryId: number;
  /** The articles moved, ascending: those asked for and their copies in the story. */
  readonly articleIds: readonly number[];
}

/**
 * The articles that splitting `articleIds` out of a story moves: those and their syndicated copies in it (articles
 * whose duplicate_of is one of them), ascending. Throws StorySplitError when the story is missing, an article is
 * not in it, or every article of it would leave.
 */
export async function planStorySplit(
  db: Kysely<Database>,
  storyId: number,
  articleIds: readonly number[],
): Promise<number[]> {
  const story = await db.selectFrom('stories').select('id').where('id', '=', storyId).executeTakeFirst();
  if (!story) throw new StorySplitError(`store: story ${storyId} does not exist`);
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'duplicate_of'])
    .where('story_id', '=', storyId)
    .execute();
  const inStory = new Set(rows.map((r) => r.id));
  const strangers = articleIds.filter((id) => !inStory.has(id));
  if (strangers.length > 0)
    throw new StorySplitError(
      `store: ${strangers.length === 1 ? 'article' : 'articles'} ${strangers.join(', ')} ` +
        `${strangers.length === 1 ? 'is' : 'are'} not in story ${storyId}`,
    );
  const asked = new Set(articleIds);
  const moved = rows.filter((r) => asked.has(r.id) || (r.duplicate_of !== null && asked.has(r.duplicate_of)));
  if (moved.length === rows.length)
    throw new StorySplitError(
      `store: that would move every article of story ${storyId} (${rows.length}, copies included); ` +
        'a story keeps at least one',
    );
  return moved.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * Moves `articleIds` and their syndicated copies out of a story into one new story. Both stories are marked for
 * synthesis with their versions bumped; the moved articles' assignments say an operator moved them (the earliest
 * opened the new story). A moved copy whose original stays loses its duplicate_of. Run it in a transaction.
 */
export async function splitStory(
  db: Kysely<Database>,
  storyId: number,
  articleIds: readonly number[],
  now: string,
): Promise<StorySplit> {
  const moved = await planStorySplit(db, storyId, articleIds);
  const max = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  const newStoryId = Number(max?.max ?? 0) + 1;
  await db
    .updateTable('articles')
    .set({ duplicate_of: null })
    .where('id', 'in', moved)
    .where('duplicate_of', 'not in', moved)
    .execute();
  await db.updateTable('articles').set({ story_id: newStoryId }).where('id', 'in', moved).execute();
  const articles = await db
    .selectFrom('articles')
    .select(['id', 'title', 'published_at', 'duplicate_of'])
    .where('id', 'in', moved)
    .orderBy('published_at')
    .orderBy('id')
    .execute();
  const opener = articles.find((a) => a.duplicate_of === null) ?? articles[0]!;
  await db
    .insertInto('stories')
    .values({
      id: newStoryId,
      title: opener.title,
      summary: '',
      key_points: '[]',
      frames: '[]',
      coverage: JSON.stringify(EMPTY_COVERAGE),
      blindspot: null,
      first_published_at: articles[0]!.published_at,
      updated_at: articles.at(-1)!.published_at,
      article_count: articles.length,
      outlet_count: 0,
      left_count: 0,
      center_count: 0,
      right_count: 0,
      unrated_count: 0,
      first_article_id: articles[0]!.id,
      first_outlet_id: null,
      entities: '[]',
      version: 1,
      dirty: 1,
    })
    .execute();
  await db
    .insertInto('assignments')
    .values(
      articles.map((a) => ({
        article_id: a.id,
        story_id: newStoryId,
        is_new: a.id === opener.id ? 1 : 0,
        score: 0,
        runner_up_story: null,
        runner_up_score: null,
        shared_terms: '[]',
        shared_entities: '[]',
        assigned_at: now,
        moved_by_operator: 1,
      })),
    )
    .onConflict(replaceAssignment)
    .execute();
  await db
    .updateTable('stories')
    .set((eb) => ({
      dirty: 1,
      version: eb('version', '+', 1),
      article_count: eb('article_count', '-', moved.length),
    }))
    .where('id', '=', storyId)
    .execute();
  return { storyId, newStoryId, articleIds: moved };
}
