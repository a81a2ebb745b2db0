import { DEFAULT_CONFIG } from '../config/index.ts';
import type { BlindspotOptions } from '../coverage/index.ts';
import type { Clock, Logger, OutletDirectory } from '../domain/index.ts';
import type { Store } from '../store/index.ts';

/** Settings of the web layer; everything but frontPageDays has a default. */
export interface WebOptions {
  /** Days of stories on the front page, counted back from "now". */
  readonly frontPageDays: number;
  /** The blindspot rule the pipeline applies (config.blindspot), explained on /blindspots and re-applied under preferences. */
  readonly blindspot?: BlindspotOptions;
  /** Cache rendered pages and API answers by story version (config.web.cache; default true). */
  readonly cache?: boolean;
  /** Most cached responses kept (default 2000). */
  readonly cacheEntries?: number;
  /** Public origin for absolute links in feeds (e.g. "https://news.example.org"); the request's origin when unset. */
  readonly publicUrl?: string;
}

/** What the web layer needs, handed in by the CLI (the composition root). */
export interface WebDeps {
  readonly store: Store;
  readonly outlets: OutletDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: WebOptions;
}

/** The blindspot rule when the composition root passes none (the defaults of config.blindspot). */
export const DEFAULT_BLINDSPOT: BlindspotOptions = DEFAULT_CONFIG.blindspot;
