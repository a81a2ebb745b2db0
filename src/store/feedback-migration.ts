import type { Kysely } from 'kysely';
import type { DialectName } from './migrations.ts';

/**
 * Migration step: `cluster_feedback`, readers' flags on the clustering ("this article does not belong to this
 * story"), one row per story, article and verdict, whose `votes` count the flags, `last_at` dates the newest and
 * `applied_at` the operator's acting on it (`parallax feedback apply`); and `assignments.moved_by_operator`, set on
 * the articles an operator moved out of their story (`parallax stories split`).
 */
export async function createClusterFeedback(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('cluster_feedback')
    .addColumn('story_id', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('votes', 'integer', (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text')
    .addPrimaryKeyConstraint('cluster_feedback_pk', ['story_id', 'article_id', 'verdict'])
    .execute();
  await db.schema
    .alterTable('assignments')
    .addColumn('moved_by_operator', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
