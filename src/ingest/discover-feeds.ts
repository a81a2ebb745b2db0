import { DOMParser } from 'linkedom';
import { resolveUrl } from './parse/resolve-url.ts';

/** A feed an HTML page points to. */
export interface DiscoveredFeed {
  readonly url: string;
  readonly title?: string;
  readonly type: string;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
]);

/**
 * The feeds an HTML page announces with `<link rel="alternate" type="application/rss+xml" href="…">` (and the
 * Atom, RDF and JSON Feed types), as absolute URLs against the page's <base> or `baseUrl`, without duplicates.
 */
export function discoverFeeds(html: string, baseUrl: string): DiscoveredFeed[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const base = resolveUrl(document.querySelector('base[href]')?.getAttribute('href') ?? undefined, baseUrl);
  const found = new Map<string, DiscoveredFeed>();
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    if (!rels.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = resolveUrl(link.getAttribute('href') ?? undefined, base ?? baseUrl);
    if (!url || found.has(url)) continue;
    const title = link.getAttribute('title')?.trim();
    found.set(url, { url, type, ...(title ? { title } : {}) });
  }
  return [...found.values()];
}
