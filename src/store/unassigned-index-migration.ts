import { type Kysely, sql } from 'kysely';
import type { DialectName } from './migrations.ts';

/**
 * Migration step: a partial index of the articles not yet in a story, in publication order. The clustering
 * writer asks for them on every tick; without it both databases walked the publication-time index from the
 * oldest article and skipped every assigned one (0.9 s per call on PostgreSQL at a million articles). It holds
 * only the backlog, so it stays tiny.
 */
export async function createUnassignedIndex(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex('articles_unassigned')
    .on('articles')
    .columns(['published_at', 'id'])
    .where(sql.ref('story_id'), 'is', null)
    .execute();
}
