import type { Kysely } from 'kysely';
import type { DialectName } from './migrations.ts';

/**
 * Migration step: each feed remembers the sentences its article pages open with whatever the news (newsletter
 * pitches, a site description served as every page's summary). Pages are read a few at a time, so a template
 * found once must be known to the next page; JSON array of normalised sentences, "[]" for none.
 */
export async function addFeedTemplateSentences(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('feeds')
    .addColumn('template_sentences', 'text', (column) => column.notNull().defaultTo('[]'))
    .execute();
}
