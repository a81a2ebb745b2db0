import { FACTUALITY_LABELS, isFactualityLabel } from '../../domain/index.ts';
import { HttpError } from '../http-error.ts';
import { MAX_HIDDEN, normalizePreferences, type Preferences } from './preferences.ts';

/**
 * Preferences given as query parameters, for the API and feeds (which feed readers fetch without cookies):
 * `hide=id,id`, `min_factuality=label`, `hide_unrated_factuality=1`. Malformed values are a 400.
 */
export function preferencesFromQuery(query: (name: string) => string | undefined): Preferences {
  const hide = (query('hide') ?? '').split(',').filter((id) => id !== '');
  for (const id of hide)
    if (!/^[a-z0-9][a-z0-9.~_-]{0,119}$/.test(id))
      throw new HttpError(
        400,
        `web: hide must list outlet ids separated by commas, got "${id.slice(0, 40)}"`,
      );
  // Distinct outlets, as the preferences keep them: an id given twice is one outlet hidden.
  if (new Set(hide).size > MAX_HIDDEN)
    throw new HttpError(400, `web: hide may list at most ${MAX_HIDDEN} outlets`);
  const factuality = query('min_factuality') ?? '';
  if (factuality !== '' && !isFactualityLabel(factuality))
    throw new HttpError(400, `web: min_factuality must be one of ${FACTUALITY_LABELS.join(', ')}`);
  const unrated = query('hide_unrated_factuality') ?? '';
  if (!['', '0', '1'].includes(unrated))
    throw new HttpError(400, 'web: hide_unrated_factuality must be 0 or 1');
  return normalizePreferences({
    hidden: hide,
    minFactuality: isFactualityLabel(factuality) ? factuality : undefined,
    hideUnratedFactuality: unrated === '1',
  });
}
