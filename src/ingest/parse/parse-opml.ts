import { type Opml, parseOpml as parseOpmlDocument } from 'feedsmith';
import { IngestError } from '../ingest-error.ts';
import { decodeText } from './decode-text.ts';
import type { OpmlFeed } from './opml-feed.ts';
import { parseOpmlLeniently } from './parse-opml-leniently.ts';
import { resolveUrl } from './resolve-url.ts';

type Outline = Opml.Outline<string>;

/**
 * The feeds of an OPML 1.0/2.0 subscription list, in document order and without duplicate URLs. Nested
 * outlines are folders: a feed's category is its nearest folder (or its own category attribute). A file
 * that is not well-formed XML is read leniently (parseOpmlLeniently) rather than refused.
 */
export function parseOpml(body: Uint8Array | string): OpmlFeed[] {
  const text = decodeText(body);
  let outlines: Outline[];
  try {
    outlines = parseOpmlDocument(text).body?.outlines ?? [];
  } catch (error) {
    // Broken XML that is still recognizably OPML is read tag by tag rather than refused.
    const lenient = /<opml\b/i.test(text) ? parseOpmlLeniently(text) : [];
    if (lenient.length > 0) return lenient;
    const reason = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new IngestError('parse', `ingest: not a valid OPML document${reason}`, { cause: error });
  }
  const feeds = new Map<string, OpmlFeed>();
  const visit = (list: Outline[], folder: string | undefined) => {
    for (const outline of list) {
      const url = resolveUrl(outline.xmlUrl, undefined);
      const name = (outline.title ?? outline.text ?? '').trim();
      if (url && !feeds.has(url)) {
        const siteUrl = resolveUrl(outline.htmlUrl, url);
        const category = outline.category?.split(',')[0]?.replace(/^\//, '').trim() || folder;
        feeds.set(url, {
          url,
          ...(name ? { title: name } : {}),
          ...(siteUrl ? { siteUrl } : {}),
          ...(category ? { category } : {}),
        });
      }
      if (outline.outlines) visit(outline.outlines, url ? folder : name || folder);
    }
  };
  visit(outlines, undefined);
  return [...feeds.values()];
}
