import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedEntry } from '../pipeline/subscribe-feeds.ts';

/** The sets of data/sources/sources.json: "core" is the default; "all" is every feed. */
export const SOURCE_SETS = ['core', 'kite', 'awesome', 'all'] as const;

interface SourceRecord {
  readonly url: string;
  readonly outlet: string;
  readonly outletName: string;
  readonly set: string;
  readonly categories?: readonly string[];
}

/** The shipped default sources (data/sources/sources.json): feeds of rated outlets, each with its outlet. */
export function readDefaultSources(dataDir: string): readonly SourceRecord[] {
  const path = join(dataDir, 'sources', 'sources.json');
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { feeds?: SourceRecord[] };
  if (!Array.isArray(parsed.feeds)) throw new Error(`sources: ${path} has no "feeds" list`);
  return parsed.feeds;
}

/** The feeds of one set, ready to subscribe (titled "Outlet (Category)", as in core.opml). */
export function defaultFeedEntries(sources: readonly SourceRecord[], set: string): FeedEntry[] {
  return sources
    .filter((s) => set === 'all' || s.set === set)
    .map((s) => ({
      url: s.url,
      outletId: s.outlet,
      title: s.categories?.[0] ? `${s.outletName} (${s.categories[0]})` : s.outletName,
    }));
}

/** Outlet ids by feed URL, so a default feed added by hand or by OPML gets the curated outlet. */
export function sourceOutlets(sources: readonly SourceRecord[]): ReadonlyMap<string, string> {
  return new Map(sources.map((s) => [s.url, s.outlet]));
}
