import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import { ArticleStore } from './article-store.ts';
import { BrowseStore } from './browse-store.ts';
import { FeedStore } from './feed-store.ts';
import { FeedbackStore } from './feedback-store.ts';
import { MetaStore } from './meta-store.ts';
import { type DialectName, migrationProvider } from './migrations.ts';
import { OutletStore } from './outlet-store.ts';
import type { PostgresConnection } from './postgres-connection.ts';
import type { Database } from './schema.ts';
import { SearchStore } from './search-store.ts';
import { StoryStore } from './story-store.ts';
import { TopicStore } from './topic-store.ts';
import { type JobQueue, type JobQueueOptions, openJobQueue } from './job-queue.ts';
import { createWriterLock, type WriterLock } from './writer-lock.ts';

/** The only place that writes SQL: typed queries over one schema, on SQLite or PostgreSQL. */
export class Store {
  readonly articles: ArticleStore;
  readonly feeds: FeedStore;
  readonly stories: StoryStore;
  readonly outlets: OutletStore;
  readonly meta: MetaStore;
  readonly search: SearchStore;
  readonly topics: TopicStore;
  readonly browse: BrowseStore;
  readonly feedback: FeedbackStore;

  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: DialectName,
    /** Set on PostgreSQL: how to open dedicated sessions (the writer lock, a job queue). */
    readonly postgres?: PostgresConnection,
  ) {
    this.articles = new ArticleStore(db);
    this.feeds = new FeedStore(db);
    this.stories = new StoryStore(db);
    this.outlets = new OutletStore(db);
    this.meta = new MetaStore(db);
    this.search = new SearchStore(db, dialect);
    this.topics = new TopicStore(db);
    this.browse = new BrowseStore(db);
    this.feedback = new FeedbackStore(db);
  }

  /** Brings the schema up to date; never throws (the result says what failed). */
  async migrate(): Promise<MigrationResultSet> {
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider(this.dialect),
      ...(this.postgres?.schema !== undefined && { migrationTableSchema: this.postgres.schema }),
    });
    return migrator.migrateToLatest();
  }

  /** Runs `work` in one transaction: all of it is stored, or none. */
  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new Store(trx, this.dialect, this.postgres)));
  }

  /**
   * A lock that at most one process at a time holds (e.g. "cluster-writer"). On PostgreSQL a session-level
   * advisory lock on its own connection, freed when its holder dies; on SQLite (one process) always granted.
   */
  createWriterLock(name: string): WriterLock {
    return createWriterLock(this.postgres, name);
  }

  /**
   * Bytes the store takes on disk: on SQLite the database file's pages (tables, indexes, full-text index); on
   * PostgreSQL the tables of the store's schema with their indexes and TOAST.
   */
  async sizeBytes(): Promise<number> {
    const { rows } =
      this.dialect === 'sqlite'
        ? await sql<{
            n: number;
          }>`SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()`.execute(this.db)
        : await sql<{ n: number | string }>`
            SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c
            JOIN pg_namespace s ON s.oid = c.relnamespace
            WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'm')`.execute(this.db);
    return Number(rows[0]?.n ?? 0);
  }

  /** Refreshes the query planner's statistics; run it after a bulk load (migrate-store, a benchmark). */
  async analyze(): Promise<void> {
    await sql`ANALYZE`.execute(this.db);
  }

  /** Opens the job queue shared by every process (PostgreSQL only; throws on SQLite). */
  openJobQueue(options: JobQueueOptions): Promise<JobQueue> {
    return openJobQueue(this.postgres, options);
  }

  /** Closes the connection (Kysely's driver closes the SQLite file or ends the PostgreSQL pool). */
  async close(): Promise<void> {
    await this.db.destroy();
  }
}
