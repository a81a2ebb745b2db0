import type { SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';

export interface StoryListQuery {
  readonly limit: number;
  readonly offset?: number;
  /** Only stories updated at or after this time. */
  readonly since?: string;
  /** Only stories first published before this time. */
  readonly until?: string;
  readonly minOutlets?: number;
  /** "breadth": most outlets first; "recent": newest update first. */
  readonly order: 'breadth' | 'recent';
  readonly blindspot?: 'left' | 'right' | 'any';
  readonly ids?: readonly number[];
}

/**
 * Applies a story list's filters, order and page to a query over `stories`, whatever it selects, so that the
 * stories and their versions (the cache check) are always the same list. Undefined when the list is empty
 * by definition (no ids asked for).
 */
export function applyStoryListQuery<O>(
  query: SelectQueryBuilder<Database, 'stories', O>,
  list: StoryListQuery,
): SelectQueryBuilder<Database, 'stories', O> | undefined {
  let q = query;
  if (list.since) q = q.where('updated_at', '>=', list.since);
  if (list.until) q = q.where('first_published_at', '<=', list.until);
  if (list.minOutlets) q = q.where('outlet_count', '>=', list.minOutlets);
  if (list.blindspot === 'any') q = q.where('blindspot', 'is not', null);
  else if (list.blindspot) q = q.where('blindspot', '=', list.blindspot);
  if (list.ids) {
    if (list.ids.length === 0) return undefined;
    q = q.where('id', 'in', list.ids);
  }
  q =
    list.order === 'breadth'
      ? q.orderBy('outlet_count', 'desc').orderBy('article_count', 'desc').orderBy('updated_at', 'desc')
      : q.orderBy('updated_at', 'desc').orderBy('outlet_count', 'desc');
  return q
    .orderBy('id', 'desc')
    .limit(list.limit)
    .offset(list.offset ?? 0);
}
