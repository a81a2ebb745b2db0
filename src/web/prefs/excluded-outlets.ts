import type { PublishingOutlet, SearchQuery } from '../../store/index.ts';
import { type OutletFilter, SHOW_ALL } from './outlet-filter.ts';
import type { Preferences } from './preferences.ts';

/**
 * The outlets whose articles a query must leave out under the reader's preferences: the hidden ones, and every
 * publishing outlet the filter rejects (below the minimum factuality), so that SQL can page exactly.
 */
export function excludedOutlets(
  prefs: Preferences,
  filter: OutletFilter,
  publishing: readonly PublishingOutlet[],
): string[] {
  if (filter === SHOW_ALL) return [];
  const out = new Set(prefs.hidden);
  for (const p of publishing) if (!filter(p.outletId)) out.add(p.outletId);
  return [...out].sort();
}

/** What a search leaves out under the preferences: the excluded outlets, and, for stories, articles without an outlet
 * when the filter rejects unrated ones (SearchQuery). */
export type SearchExclusions = Required<Pick<SearchQuery, 'excludeOutlets' | 'excludeUnknownOutlet'>>;

/** The exclusions of a search under the reader's preferences (see SearchQuery). */
export function searchExclusions(
  prefs: Preferences,
  filter: OutletFilter,
  publishing: readonly PublishingOutlet[],
): SearchExclusions {
  return { excludeOutlets: excludedOutlets(prefs, filter, publishing), excludeUnknownOutlet: !filter(null) };
}
