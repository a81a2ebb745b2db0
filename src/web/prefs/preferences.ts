import { type FactualityLabel, isFactualityLabel } from '../../domain/index.ts';

/** What a reader chose to see, kept in their browser (a cookie), never on the server. */
export interface Preferences {
  /** Outlet ids whose articles are hidden everywhere. */
  readonly hidden: readonly string[];
  /** Outlets rated below this factuality are hidden too. */
  readonly minFactuality: FactualityLabel | undefined;
  /** With a minimum set: also hide outlets that have no factuality rating. */
  readonly hideUnratedFactuality: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  hidden: [],
  minFactuality: undefined,
  hideUnratedFactuality: false,
};

/** Name of the preferences cookie. */
export const PREFERENCES_COOKIE = 'parallax_prefs';
/** Most outlets a reader may hide (keeps the cookie under the 4 KB browsers guarantee). */
export const MAX_HIDDEN = 120;

const OUTLET_ID = /^[a-z0-9][a-z0-9.~_-]{0,119}$/;

/**
 * Reads preferences from the cookie value `h=id,id&f=label&u=1` (URL-encoded). Anything malformed is
 * dropped silently: a stale or tampered cookie must never break a page.
 */
export function parsePreferences(value: string | undefined): Preferences {
  if (!value) return DEFAULT_PREFERENCES;
  const params = new URLSearchParams(value);
  const factuality = params.get('f') ?? '';
  return normalizePreferences({
    hidden: (params.get('h') ?? '').split(','),
    minFactuality: isFactualityLabel(factuality) ? factuality : undefined,
    hideUnratedFactuality: params.get('u') === '1',
  });
}

/** The cookie value of `prefs` (empty when they are the defaults). */
export function serializePreferences(prefs: Preferences): string {
  const params = new URLSearchParams();
  if (prefs.hidden.length > 0) params.set('h', prefs.hidden.join(','));
  if (prefs.minFactuality) params.set('f', prefs.minFactuality);
  if (prefs.minFactuality && prefs.hideUnratedFactuality) params.set('u', '1');
  return params.toString();
}

/** Sorted, deduplicated, valid outlet ids, at most MAX_HIDDEN; the unrated switch only with a minimum. */
export function normalizePreferences(prefs: {
  hidden: readonly string[];
  minFactuality: FactualityLabel | undefined;
  hideUnratedFactuality: boolean;
}): Preferences {
  const hidden = [
    ...new Set(prefs.hidden.map((id) => id.trim().toLowerCase()).filter((id) => OUTLET_ID.test(id))),
  ]
    .sort()
    .slice(0, MAX_HIDDEN);
  return {
    hidden,
    minFactuality: prefs.minFactuality,
    hideUnratedFactuality: prefs.minFactuality !== undefined && prefs.hideUnratedFactuality,
  };
}

/** True when the preferences hide nothing. */
export function isDefaultPreferences(prefs: Preferences): boolean {
  return prefs.hidden.length === 0 && prefs.minFactuality === undefined;
}
