import type { BlindspotOptions } from '../coverage/index.ts';
import type { PublishingOutlet } from '../store/index.ts';
import type { ResponseCache } from './cache/response-cache.ts';
import type { WebDeps } from './deps.ts';
import type { OutletFilter } from './prefs/outlet-filter.ts';
import type { Preferences } from './prefs/preferences.ts';

/** What every request carries (set by the preferences middleware). */
export interface WebEnv {
  Variables: {
    prefs: Preferences;
    /** The cookie value of `prefs`, normalized: part of every cache key of a page. */
    prefsKey: string;
    filter: OutletFilter;
  };
}

/** What the route modules share: the dependencies, the response cache and the resolved options. */
export interface AppContext {
  readonly deps: WebDeps;
  readonly cache: ResponseCache | undefined;
  readonly blindspot: BlindspotOptions;
  /** Outlets with stored articles, most articles first (refreshed every minute). */
  readonly publishingOutlets: () => Promise<readonly PublishingOutlet[]>;
}
