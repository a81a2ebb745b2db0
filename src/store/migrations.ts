import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { createClusterFeedback } from './feedback-migration.ts';
import { narrowFeedGuidIndex } from './feed-guid-index-migration.ts';
import { addFeedTemplateSentences } from './feed-template-migration.ts';
import { createRecentStoriesIndex } from './recent-index-migration.ts';
import { markStoriesForSynthesis } from './synthesis-migration.ts';
import { addTopicSurnames, createTopicIndex, reindexTopics } from './topic-migration.ts';
import { createUnassignedIndex } from './unassigned-index-migration.ts';

/** The SQL dialects the store runs on. */
export type DialectName = 'sqlite' | 'postgres';

type Step = (db: Kysely<unknown>, dialect: DialectName) => Promise<void>;

// Order is important. Add new migrations at the end of the list; never edit one that has been released.
const STEPS: readonly (readonly [string, Step])[] = [
  ['001_initial', createInitialSchema],
  ['002_search', createSearchIndexes],
  ['003_postgres_double_precision', widenPostgresReals],
  ['004_topics', createTopicIndex],
  ['005_story_sources', addStorySources],
  ['006_recent_stories_index', createRecentStoriesIndex],
  ['007_reindex_topics', reindexTopics],
  ['008_unassigned_articles_index', createUnassignedIndex],
  ['009_feed_guid_index', narrowFeedGuidIndex],
  ['010_topic_surnames', addTopicSurnames],
  ['011_feed_template_sentences', addFeedTemplateSentences],
  ['012_reindex_topics', reindexTopics],
  ['013_resynthesize_stories', markStoriesForSynthesis],
  // Summaries without archive notices, promotions, greetings and credits after a pipe; fewer guessed dates.
  ['014_resynthesize_stories', markStoriesForSynthesis],
  // Titles that argue, explain or preview yield to reports; captions, datelines and bylines of more kinds go; a
  // transcript's words are a summary only as a last resort.
  ['015_resynthesize_stories', markStoriesForSynthesis],
  // Topics without the states datelines abbreviate ("Mich.", "Va."), caption labels, credit pools and a share widget.
  ['016_reindex_topics', reindexTopics],
  // Photographers credited without brackets ("Drew Angerer/Getty Images …") are no longer a story's names, nor
  // its topics; the article speaking of itself ("This article was produced in partnership with …") no summary.
  ['017_resynthesize_stories', markStoriesForSynthesis],
  // Owners for outlets at a subdomain of a listed host and for the large outlets of the curated list (the stories'
  // ownership counts follow); an Independent's party label is not the writer's "I"; more sentences that lean on the
  // one before; loaded words in their judging senses only; titles keep "Report:"; "FILE PHOTO:" captions and "last
  // Wednesday" a day or two back are no longer read as sentences and dates.
  ['018_resynthesize_stories', markStoriesForSynthesis],
  // Readers' flags on articles that do not belong to their story.
  ['019_cluster_feedback', createClusterFeedback],
];

/** The migrations for one dialect, in order, for Kysely's Migrator. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const [name, step] of STEPS) {
        migrations[name] = {
          async up(db) {
            // Building an index over a large table may take longer than the statement timeout of the pool.
            // Kysely runs PostgreSQL migrations in one transaction, so SET LOCAL lasts until they are done.
            if (dialect === 'postgres') await sql`SET LOCAL statement_timeout = 0`.execute(db);
            await step(db, dialect);
          },
        };
      }
      return migrations;
    },
  };
}

async function createInitialSchema(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const serial = dialect === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('outlets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bias_bucket', 'text')
    .addColumn('bias_score', 'real')
    .addColumn('factuality', 'text')
    .addColumn('ownership_category', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('feeds')
    .addColumn('id', serial, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('outlet_id', 'text')
    .addColumn('title', 'text')
    .addColumn('site_url', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('ttl_minutes', 'integer')
    .addColumn('next_check_at', 'text')
    .addColumn('checked_at', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error_kind', 'text')
    .addColumn('last_error_message', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('articles')
    .addColumn('id', serial, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('guid', 'text')
    .addColumn('feed_id', 'integer')
    .addColumn('outlet_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('author', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('story_id', 'integer')
    .addColumn('duplicate_of', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('articles_feed_guid')
    .on('articles')
    .columns(['feed_id', 'guid'])
    .unique()
    .execute();
  await db.schema
    .createIndex('articles_story')
    .on('articles')
    .columns(['story_id', 'published_at'])
    .execute();
  await db.schema.createIndex('articles_published').on('articles').columns(['published_at', 'id']).execute();
  await db.schema
    .createIndex('articles_outlet')
    .on('articles')
    .columns(['outlet_id', 'published_at'])
    .execute();
  await db.schema
    .createTable('stories')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('key_points', 'text', (c) => c.notNull())
    .addColumn('frames', 'text', (c) => c.notNull())
    .addColumn('coverage', 'text', (c) => c.notNull())
    .addColumn('blindspot', 'text')
    .addColumn('first_published_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('outlet_count', 'integer', (c) => c.notNull())
    .addColumn('left_count', 'integer', (c) => c.notNull())
    .addColumn('center_count', 'integer', (c) => c.notNull())
    .addColumn('right_count', 'integer', (c) => c.notNull())
    .addColumn('unrated_count', 'integer', (c) => c.notNull())
    .addColumn('first_article_id', 'integer')
    .addColumn('first_outlet_id', 'text')
    .addColumn('entities', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('dirty', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_updated').on('stories').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('stories_dirty').on('stories').column('dirty').execute();
  await db.schema
    .createIndex('stories_blindspot')
    .on('stories')
    .columns(['blindspot', 'updated_at'])
    .execute();
  await db.schema
    .createTable('assignments')
    .addColumn('article_id', 'integer', (c) => c.primaryKey())
    .addColumn('story_id', 'integer', (c) => c.notNull())
    .addColumn('is_new', 'integer', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('runner_up_story', 'integer')
    .addColumn('runner_up_score', 'real')
    .addColumn('shared_terms', 'text', (c) => c.notNull())
    .addColumn('shared_entities', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assignments_story').on('assignments').column('story_id').execute();
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

// Full-text search: FTS5 (porter stemming, diacritics folded) on SQLite; a generated tsvector with GIN on
// PostgreSQL. Both index story titles and summaries, and article titles and leads.
async function createSearchIndexes(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    for (const [table, a, b] of [
      ['articles', 'title', 'lead'],
      ['stories', 'title', 'summary'],
    ] as const) {
      await sql
        .raw(
          `ALTER TABLE ${table} ADD COLUMN search tsvector GENERATED ALWAYS AS ` +
            `(setweight(to_tsvector('english', coalesce(${a}, '')), 'A') || ` +
            `setweight(to_tsvector('english', coalesce(${b}, '')), 'B')) STORED`,
        )
        .execute(db);
      await sql.raw(`CREATE INDEX ${table}_search ON ${table} USING GIN (search)`).execute(db);
    }
    return;
  }
  for (const [table, a, b] of [
    ['articles', 'title', 'lead'],
    ['stories', 'title', 'summary'],
  ] as const) {
    const fts = `${table}_fts`;
    await sql
      .raw(
        `CREATE VIRTUAL TABLE ${fts} USING fts5(${a}, ${b}, content='${table}', content_rowid='id', ` +
          `tokenize='porter unicode61 remove_diacritics 2')`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_ai AFTER INSERT ON ${table} BEGIN ` +
          `INSERT INTO ${fts}(rowid, ${a}, ${b}) VALUES (new.id, new.${a}, new.${b}); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_ad AFTER DELETE ON ${table} BEGIN ` +
          `INSERT INTO ${fts}(${fts}, rowid, ${a}, ${b}) VALUES ('delete', old.id, old.${a}, old.${b}); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_au AFTER UPDATE OF ${a}, ${b} ON ${table} BEGIN ` +
          `INSERT INTO ${fts}(${fts}, rowid, ${a}, ${b}) VALUES ('delete', old.id, old.${a}, old.${b}); ` +
          `INSERT INTO ${fts}(rowid, ${a}, ${b}) VALUES (new.id, new.${a}, new.${b}); END`,
      )
      .execute(db);
  }
}

// PostgreSQL's `real` is a 4-byte float, SQLite's an 8-byte one: widen scores so both back ends keep the same value.
async function widenPostgresReals(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const [table, column] of [
    ['outlets', 'bias_score'],
    ['assignments', 'score'],
    ['assignments', 'runner_up_score'],
  ] as const) {
    await db.schema
      .alterTable(table)
      .alterColumn(column, (c) => c.setDataType('double precision'))
      .execute();
  }
}

// Title and summary cite the articles they were taken from, as key points do.
async function addStorySources(db: Kysely<unknown>): Promise<void> {
  for (const column of ['title_sources', 'summary_sources']) {
    await db.schema
      .alterTable('stories')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  }
}
