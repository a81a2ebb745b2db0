// Builds data/sources/, the default feeds Parallax offers, from the real feed lists in ../shared/data/rss_feeds
// (Kagi Kite's core and community lists, and the CC0 awesome-rss-feeds OPML files; see their PROVENANCE.md),
// keeping only feeds of outlets that the shipped registry (data/outlets) rates for bias or factuality, each
// mapped to its outlet. Google News search and topic feeds are skipped: they are not an outlet's own feed.
//
//   node --import tsx scripts/build-sources.ts [--shared ../shared/data] [--data data]
//
// Output: data/sources/sources.json (every kept feed, `set` telling where it came from: "core" is the default
// set) and data/sources/core.opml (the core set, for `parallax feeds import-opml`).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Outlet } from '../src/domain/index.ts';
import { parseOpml, renderOpml } from '../src/ingest/index.ts';
import { loadRegistry, type Registry, registrableDomain } from '../src/ratings/index.ts';
import { parseScriptArgs } from './script-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseScriptArgs(import.meta.filename, {
  options: {
    shared: { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
    data: { type: 'string', default: join(ROOT, 'data') },
  },
});
const feedsDir = join(resolve(args.shared), 'rss_feeds');
const dataDir = resolve(args.data);

/** One feed of a source list, before matching. */
interface Candidate {
  readonly url: string;
  readonly set: 'core' | 'kite' | 'awesome';
  readonly category: string;
  readonly language?: string;
}

/** One default source as shipped. */
interface Source {
  readonly url: string;
  readonly outlet: string;
  readonly outletName: string;
  readonly set: Candidate['set'];
  readonly categories: string[];
  language?: string;
}

// Feed hosts whose outlet the registry cannot see from the host name: CDN or feed-only hosts of rated outlets.
const FEED_HOSTS: Readonly<Record<string, string>> = {
  'feeds.a.dj.com': 'https://www.wsj.com/',
  'rss.sciam.com': 'https://www.scientificamerican.com/',
  'feeds.skynews.com': 'https://news.sky.com/',
  'feeds.bbci.co.uk': 'https://www.bbc.co.uk/',
  'newsrss.bbc.co.uk': 'https://www.bbc.co.uk/',
  'feeds.feedblitz.com/newatlas': 'https://newatlas.com/',
};
// Kite names some languages with script or region tags, or non-ISO codes; stored as ISO 639-1 where one exists.
const LANGUAGES: Readonly<Record<string, string>> = {
  'zh-Hans': 'zh',
  'zh-Hant': 'zh',
  'sq-XK': 'sq',
  gr: 'el',
  arq: 'ar',
};

function readCandidates(): Candidate[] {
  const core = JSON.parse(readFileSync(join(feedsDir, 'kagi_kite', 'core_feeds.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const kite = JSON.parse(readFileSync(join(feedsDir, 'kagi_kite', 'kite_feeds.json'), 'utf8')) as Record<
    string,
    { readonly source_language?: string; readonly feeds: string[] }
  >;
  const candidates: Candidate[] = [];
  for (const [category, urls] of Object.entries(core)) {
    for (const url of urls) candidates.push({ url, set: 'core', category });
  }
  for (const [category, entry] of Object.entries(kite)) {
    const language = entry.source_language
      ? (LANGUAGES[entry.source_language] ?? entry.source_language)
      : undefined;
    for (const url of entry.feeds)
      candidates.push({ url, set: 'kite', category, ...(language ? { language } : {}) });
  }
  for (const folder of ['countries', 'recommended']) {
    const dir = join(feedsDir, 'awesome_rss_feeds', folder);
    for (const file of readdirSync(dir).sort()) {
      for (const feed of parseOpml(readFileSync(join(dir, file)))) {
        candidates.push({
          url: feed.url,
          set: 'awesome',
          category: feed.category ?? file.replace(/\.opml$/, ''),
        });
      }
    }
  }
  return candidates;
}

/** The URL without its fragment, or undefined when it is not an http(s) URL. */
function cleanUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

const isRated = (outlet: Outlet | undefined): outlet is Outlet => Boolean(outlet?.bias || outlet?.factuality);

/**
 * The rated outlet behind a feed URL: an explicit feed host, an openrss.org proxy (whose path names the site),
 * the URL itself, and at last the site's registrable domain — the registry also holds unrated records of feed
 * hosts (feeds.npr.org) that would otherwise hide the rated outlet (npr.org).
 */
function outletOf(registry: Registry, url: string): Outlet | undefined {
  const parsed = new URL(url);
  const alias =
    FEED_HOSTS[parsed.hostname] ?? FEED_HOSTS[`${parsed.hostname}${parsed.pathname.replace(/\/$/, '')}`];
  const proxied = parsed.hostname === 'openrss.org' ? `https://${parsed.pathname.slice(1)}` : undefined;
  const tries = [alias, proxied, url, `https://${registrableDomain(parsed.hostname)}/`];
  for (const candidate of tries) {
    if (!candidate) continue;
    const outlet = registry.match(candidate);
    if (isRated(outlet)) return outlet;
  }
  return undefined;
}

const registry = loadRegistry({ dataDir });
const candidates = readCandidates();
const sources = new Map<string, Source>();
const skipped = { googleNews: 0, invalid: 0, unrated: 0, repeated: 0 };
for (const candidate of candidates) {
  const url = cleanUrl(candidate.url);
  if (!url) {
    skipped.invalid += 1;
    continue;
  }
  if (new URL(url).hostname === 'news.google.com') {
    skipped.googleNews += 1;
    continue;
  }
  const known = sources.get(url);
  if (known) {
    skipped.repeated += 1;
    if (!known.categories.includes(candidate.category)) known.categories.push(candidate.category);
    known.language ??= candidate.language;
    continue;
  }
  const outlet = outletOf(registry, url);
  if (!outlet) {
    skipped.unrated += 1;
    continue;
  }
  sources.set(url, {
    url,
    outlet: outlet.id,
    outletName: outlet.name,
    set: candidate.set,
    categories: [candidate.category],
    ...(candidate.language ? { language: candidate.language } : {}),
  });
}

const feeds = [...sources.values()];
const outDir = join(dataDir, 'sources');
mkdirSync(outDir, { recursive: true });
// One feed a line, so that a rebuild shows up in review as the feeds it added or dropped.
const about =
  'Default feeds of rated outlets, built by scripts/build-sources.ts from Kagi Kite (core, kite) and ' +
  'awesome-rss-feeds (awesome) lists; see data/ATTRIBUTION.md. "core" is the default set.';
writeFileSync(
  join(outDir, 'sources.json'),
  `{"about":${JSON.stringify(about)},"feeds":[\n${feeds.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
);
const core = feeds.filter((f) => f.set === 'core');
writeFileSync(
  join(outDir, 'core.opml'),
  renderOpml(
    core.map((f) => ({
      url: f.url,
      title: `${f.outletName} (${f.categories[0]})`,
      category: f.categories[0],
    })),
    { title: 'Parallax default sources (core)', now: new Date('2026-05-12T00:00:00Z') },
  ),
);

const count = (list: readonly Source[]) =>
  `${list.length} feeds of ${new Set(list.map((f) => f.outlet)).size} outlets`;
console.log(`build-sources: ${candidates.length} feed entries read`);
for (const set of ['core', 'kite', 'awesome'] as const) {
  console.log(`  ${set}: ${count(feeds.filter((f) => f.set === set))}`);
}
console.log(`  kept: ${count(feeds)}`);
console.log(
  `  skipped: ${skipped.googleNews} Google News, ${skipped.invalid} invalid URLs, ${skipped.unrated} of unrated or unknown outlets, ${skipped.repeated} repeats`,
);
console.log(`  wrote ${join(outDir, 'sources.json')} and core.opml`);
