import { join } from 'node:path';

/** The data folder shipped with the package (resolved from this file, so any working directory works). */
export const PACKAGE_DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

/** Every setting of Parallax, with its default (STYLE habit 6: one options table, passed down, never imported deep). */
export interface Config {
  /** SQLite file, used unless `databaseUrl` is set. */
  readonly db: string;
  /** postgres://… switches the store to PostgreSQL. */
  readonly databaseUrl: string | undefined;
  /** PostgreSQL settings (used when `databaseUrl` is set). */
  readonly postgres: {
    /** Connections per process in the pool. */
    readonly poolSize: number;
    /** A statement running longer than this is cancelled (0 = no limit). */
    readonly statementTimeoutMs: number;
  };
  /** `parallax worker` processes (PostgreSQL). */
  readonly worker: {
    /** Jobs one worker process runs at once. */
    readonly concurrency: number;
    /** A job running longer is taken for dead (its worker crashed) and run again. */
    readonly jobTimeoutSeconds: number;
    /** Pause before a failed job runs again; doubled (with jitter) for each further attempt. */
    readonly retryDelaySeconds: number;
    /** Pause of an idle worker before it looks for jobs again. */
    readonly pollIntervalMs: number;
    /** Pause of the clustering writer between refreshes, and of the others between bids for its lock. */
    readonly clusterIntervalMs: number;
  };
  readonly host: string;
  readonly port: number;
  /** Folder of the shipped data (ratings, sources, snapshot, weights). */
  readonly dataDir: string;
  /** Local override file layered over the shipped outlet ratings (rater "local"). */
  readonly outletOverrides: string;
  readonly ratings: {
    /** Raters whose bias values are blended, with their weights. Absent raters are ignored. */
    readonly weights: Readonly<Record<string, number>>;
  };
  readonly fetch: {
    readonly userAgent: string;
    readonly timeoutMs: number;
    readonly maxBodyBytes: number;
    readonly maxRedirects: number;
    readonly perHostConcurrency: number;
    readonly concurrency: number;
    /** Allow requests to private, loopback and link-local addresses (tests, intranets). */
    readonly allowPrivateAddresses: boolean;
    /** Fetch the article page for feeds that carry only titles. */
    readonly fullText: boolean;
  };
  readonly schedule: {
    readonly intervalMinutes: number;
    readonly maxIntervalMinutes: number;
    readonly feedErrorLimit: number;
    /** Seconds between two passes over the due feeds (`serve --live`, `ingest`). */
    readonly tickSeconds: number;
    /** Set of data/sources (core, kite, awesome, all; "none" to skip) subscribed once when `serve --live` finds no feed. */
    readonly defaultSources: string;
  };
  readonly cluster: {
    /** Days a story stays open for new articles. */
    readonly windowDays: number;
    /** Trained weights; the shipped model when unset. */
    readonly model: string | undefined;
    /** Hours after which the clustering writer rebuilds its clusterer from the open stories (bounds its memory; 0: never). */
    readonly rebuildHours: number;
  };
  readonly blindspot: {
    /** A story needs at least this many rated outlets to be judged. */
    readonly minRatedOutlets: number;
    /** One side's share at or below this is a blindspot for that side… */
    readonly maxShare: number;
    /** …while the other side's share is at least this. */
    readonly minOtherShare: number;
    /** Usual L/C/R shares of rated outlets; story shares are judged relative to them (scripts/measure-blindspot-rates.ts). */
    readonly usualShares: { readonly left: number; readonly center: number; readonly right: number };
  };
  readonly llm: {
    readonly url: string | undefined;
    readonly key: string | undefined;
    readonly model: string;
    readonly timeoutMs: number;
  };
  readonly web: {
    readonly cache: boolean;
    /** Days of stories on the front page, counted back from "now". */
    readonly frontPageDays: number;
  };
}

export const DEFAULT_CONFIG: Config = {
  db: './parallax.db',
  databaseUrl: undefined,
  postgres: { poolSize: 10, statementTimeoutMs: 60_000 },
  worker: {
    concurrency: 4,
    jobTimeoutSeconds: 300,
    retryDelaySeconds: 5,
    pollIntervalMs: 1_000,
    clusterIntervalMs: 5_000,
  },
  host: '127.0.0.1',
  port: 3000,
  dataDir: PACKAGE_DATA_DIR,
  outletOverrides: './parallax.outlets.json',
  ratings: { weights: { mbfc: 1, allsides: 1, baly: 1, local: 1 } },
  fetch: {
    userAgent: 'Parallax/0.1 (+https://github.com/parallax-news/parallax; news aggregator)',
    timeoutMs: 20_000,
    maxBodyBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    perHostConcurrency: 2,
    concurrency: 16,
    allowPrivateAddresses: false,
    fullText: false,
  },
  schedule: {
    intervalMinutes: 15,
    maxIntervalMinutes: 24 * 60,
    feedErrorLimit: 20,
    tickSeconds: 60,
    defaultSources: 'core',
  },
  cluster: { windowDays: 3, model: undefined, rebuildHours: 24 },
  blindspot: {
    minRatedOutlets: 5,
    maxShare: 0.1,
    minOtherShare: 0.5,
    // Mean shares over 4,671 UCI News Aggregator stories rated by the registry (measure-blindspot-rates.ts).
    usualShares: { left: 0.38, center: 0.42, right: 0.2 },
  },
  llm: { url: undefined, key: undefined, model: 'gpt-4o-mini', timeoutMs: 20_000 },
  web: { cache: true, frontPageDays: 3 },
};
