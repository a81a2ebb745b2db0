import { type Opml, parseOpml as parseOpmlDocument } from 'feedsmith';
import { IngestError } from '../ingest-error.ts';
import { decodeText } from './decode-text.ts';
import type { OpmlFeed } from './opml-feed.ts';
import { resolveUrl } from './resolve-url.ts';

type Outline = Opml.Outline<string>;

/**
 * The feeds of an OPML 1.0/2.0 subscription list, in document order and without duplicate URLs. Nested
 * outlines are folders: a feed's category is its nearest folder (or its own category attribute).
 */
export function parseOpml(body: Uint8Array | string): OpmlFeed[] {
  let outlines: Outline[];
  try {
    outlines = parseOpmlDocument(decodeText(body)).body?.outlines ?? [];
  } catch (error) {
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
