import { meetsFactuality, type OutletDirectory } from '../../domain/index.ts';
import { isDefaultPreferences, type Preferences } from './preferences.ts';

/** Says whether the articles of an outlet are shown under the reader's preferences. */
export type OutletFilter = (outletId: string | null) => boolean;

/** Shows everything. */
export const SHOW_ALL: OutletFilter = () => true;

/**
 * The filter of `prefs`: hidden outlets are out; with a minimum factuality, outlets rated below it are out, and
 * outlets without a factuality rating (or unknown outlets) only when the reader asked for that too.
 */
export function createOutletFilter(prefs: Preferences, outlets: OutletDirectory): OutletFilter {
  if (isDefaultPreferences(prefs)) return SHOW_ALL;
  const hidden = new Set(prefs.hidden);
  const minimum = prefs.minFactuality;
  return (outletId) => {
    if (outletId !== null && hidden.has(outletId)) return false;
    if (minimum === undefined) return true;
    const label = outletId === null ? undefined : outlets.get(outletId)?.factuality?.label;
    if (label === undefined) return !prefs.hideUnratedFactuality;
    return meetsFactuality(label, minimum);
  };
}
