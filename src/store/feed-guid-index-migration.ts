import { type Kysely, sql } from 'kysely';
import type { DialectName } from './migrations.ts';

/**
 * Migration step: the (feed, guid) identity index covers only articles that came from a feed with a guid.
 * Archives and snapshots bring many articles without a feed; counted in the full index they made the planner's
 * statistics say "a million rows per feed", and after ANALYZE SQLite scanned the whole table for every feed
 * refresh (0.25 s a feed at a million articles). The queries name feed ids and guids, which implies the
 * index's condition, so both databases still use it; uniqueness is unchanged (NULLs never collided).
 */
export async function narrowFeedGuidIndex(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.dropIndex('articles_feed_guid').execute();
  await db.schema
    .createIndex('articles_feed_guid')
    .on('articles')
    .columns(['feed_id', 'guid'])
    .unique()
    .where(sql.ref('feed_id'), 'is not', null)
    .execute();
}
