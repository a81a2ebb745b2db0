import type { PublishingOutlet } from '../../store/index.ts';
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
