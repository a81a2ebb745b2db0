import type { OnConflictBuilder, OnConflictUpdateBuilder } from 'kysely';
import type { Database } from './schema.ts';

/**
 * An article's assignment replaces the one stored (one row per article): every column from the new row, so an
 * article the clusterer assigns again after an operator moved it is no longer marked moved.
 */
export function replaceAssignment(
  oc: OnConflictBuilder<Database, 'assignments'>,
): OnConflictUpdateBuilder<Database, 'assignments'> {
  return oc.column('article_id').doUpdateSet((eb) => ({
    story_id: eb.ref('excluded.story_id'),
    is_new: eb.ref('excluded.is_new'),
    score: eb.ref('excluded.score'),
    runner_up_story: eb.ref('excluded.runner_up_story'),
    runner_up_score: eb.ref('excluded.runner_up_score'),
    shared_terms: eb.ref('excluded.shared_terms'),
    shared_entities: eb.ref('excluded.shared_entities'),
    assigned_at: eb.ref('excluded.assigned_at'),
    moved_by_operator: eb.ref('excluded.moved_by_operator'),
  }));
}
