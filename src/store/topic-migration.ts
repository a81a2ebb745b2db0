import { type Kysely, sql } from 'kysely';
import type { DialectName } from './migrations.ts';

/**
 * Migration step: the topic index. `story_topics` maps a topic slug (a person, place or organisation named by a
 * story's synthesis) to the stories naming it; `story_topic_versions` records the story version each story was
 * indexed at, so that indexing again touches only stories that changed since.
 */
export async function createTopicIndex(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('story_topics')
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('story_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_topics_pk', ['slug', 'story_id'])
    .execute();
  await db.schema.createIndex('story_topics_story').on('story_topics').column('story_id').execute();
  await db.schema
    .createTable('story_topic_versions')
    .addColumn('story_id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}

/**
 * Migration step: index every story's topics again after the rules of topic-name.ts changed (007: titles and
 * datelines cleaned out of names; 010: spellings of one topic joined, surnames folded; 012: agencies with "and" in
 * their names, party tags and adjectives made of names; 016: states as datelines abbreviate them); forgetting the indexed versions makes indexChangedStories redo them all once.
 */
export async function reindexTopics(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await sql`DELETE FROM story_topic_versions`.execute(db);
}

/**
 * Migration step: `story_topics.surname` (the surname slug of a person's full name) and its index, so that a topic
 * given by surname alone ("Trump") can be folded into the full name most stories give ("Donald Trump"); every
 * story is indexed again under the new rules of topic-name.ts.
 */
export async function addTopicSurnames(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('story_topics').addColumn('surname', 'text').execute();
  await db.schema
    .createIndex('story_topics_surname')
    .on('story_topics')
    .columns(['surname', 'slug'])
    .execute();
  await reindexTopics(db, dialect);
}
