import { type Kysely, sql } from 'kysely';
import type { DialectName } from './migrations.ts';

/**
 * Migration step: every story is synthesized again the next time the clustering writer runs (`serve`, `start`,
 * `ingest`, a worker), so a database made before a change to what summaries may show (photo captions, update stamps,
 * editors' notes) gets the new titles, summaries and key points, not only its stories that change later.
 */
export async function markStoriesForSynthesis(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await sql`UPDATE stories SET dirty = 1`.execute(db);
}
