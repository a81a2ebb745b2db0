import type { OpmlFeed } from './opml-feed.ts';
import { resolveUrl } from './resolve-url.ts';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The feeds of an OPML file that is not well-formed XML, read outline tag by outline tag. Real exports break
 * XML in small ways (a description with unescaped quotes, a stray "&"), and a subscription list should not be
 * lost to one bad attribute. Only attributes we need are read, each as `name="…"`.
 */
export function parseOpmlLeniently(text: string): OpmlFeed[] {
  const feeds = new Map<string, OpmlFeed>();
  const folders: (string | undefined)[] = [];
  // An outline tag ends at the next "<" too: "[^>]*" read a file of "<outline <outline …" without ">" to its end
  // at every "<" (360 kB took 3 s, 5 MB would take minutes).
  for (const match of text.matchAll(/<(\/?)outline\b([^<>]*?)(\/?)>/gi)) {
    const [, closing, attributes = '', selfClosing] = match;
    if (closing) {
      folders.pop();
      continue;
    }
    const attr = (name: string) => {
      const value = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(attributes)?.[1];
      return value === undefined ? undefined : decodeEntities(value).trim();
    };
    const url = resolveUrl(attr('xmlUrl'), undefined);
    const name = attr('title') || attr('text');
    const folder = folders.findLast((f) => f !== undefined);
    if (url && !feeds.has(url)) {
      const siteUrl = resolveUrl(attr('htmlUrl'), url);
      feeds.set(url, {
        url,
        ...(name ? { title: name } : {}),
        ...(siteUrl ? { siteUrl } : {}),
        ...(folder ? { category: folder } : {}),
      });
    }
    if (!selfClosing) folders.push(url ? undefined : name);
  }
  return [...feeds.values()];
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
