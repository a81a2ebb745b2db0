import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { discoverFeeds } from '../discover-feeds.ts';
import { IngestError } from '../ingest-error.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat } from './detect-format.ts';
import { fromAtom } from './from-atom.ts';
import { fromJsonFeed } from './from-json-feed.ts';
import { fromRdf } from './from-rdf.ts';
import { fromRss } from './from-rss.ts';
import type { ParsedFeed } from './parsed-feed.ts';

/** Where a body came from and how it was labelled. */
export interface ParseFeedOptions {
  /** The feed's (final) URL: the base for relative links. */
  readonly url: string;
  readonly contentType?: string | undefined;
  /** Read at most this many items (document order). */
  readonly maxItems?: number;
}

/**
 * Reads an RSS 0.9x/2.0, Atom, RDF or JSON Feed body into one ParsedFeed (STYLE habit 3: a switch on the
 * detected format, one adapter per format). Anything else throws an IngestError 'parse'; for an HTML page the
 * message names the feeds the page links to. Custom XML entities are never expanded and external entities
 * are refused, so billion-laughs and XXE documents cannot hurt.
 */
export function parseFeed(body: Uint8Array | string, options: ParseFeedOptions): ParsedFeed {
  const text = decodeText(body, options.contentType);
  const format = detectFormat(text);
  const limits = options.maxItems === undefined ? {} : { maxItems: options.maxItems };
  try {
    switch (format) {
      case 'rss':
        return fromRss(parseRssFeed(text, limits), options.url);
      case 'atom':
        return fromAtom(parseAtomFeed(text, limits), options.url);
      case 'rdf':
        return fromRdf(parseRdfFeed(text, limits), options.url);
      case 'json':
        return fromJsonFeed(parseJsonFeed(parseJson(text), limits), options.url);
      case 'html':
        throw notAFeedPage(text, options.url);
      case 'opml':
        throw new IngestError('parse', 'ingest: an OPML subscription list, not a feed (import it instead)');
      case 'unknown':
        throw new IngestError('parse', `ingest: not a feed (${describeStart(text)})`);
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const reason = error instanceof Error ? (causeMessage(error) ?? error.message) : String(error);
    throw new IngestError('parse', `ingest: malformed ${format.toUpperCase()} feed: ${reason}`, {
      cause: error,
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new IngestError('parse', `ingest: malformed JSON: ${(error as Error).message}`, { cause: error });
  }
}

function notAFeedPage(html: string, url: string): IngestError {
  const discovered = discoverFeeds(html, url).map((f) => f.url);
  const hint =
    discovered.length > 0
      ? `; it links to ${discovered.length === 1 ? 'a feed' : `${discovered.length} feeds`}: ${discovered.join(', ')}`
      : '; it links to no feed';
  return new IngestError('parse', `ingest: an HTML page, not a feed${hint}`, { discovered });
}

function describeStart(text: string): string {
  const start = text.trim().slice(0, 40).replace(/\s+/g, ' ');
  if (start === '') return 'empty body';
  // Binary bodies (a .gz served without Content-Encoding, an image) say what they look like, not their bytes.
  if (/^\u001f[\u008b\u2039\ufffd]/.test(text)) return 'looks like gzip data served without Content-Encoding';
  const unreadable = [...start].filter((c) => /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(c)).length;
  return unreadable > 3 ? 'is binary, not text' : `starts with ${JSON.stringify(start)}`;
}

// feedsmith reports "Invalid feed format" and keeps the XML parser's own reason as the cause.
function causeMessage(error: Error): string | undefined {
  return error.cause instanceof Error ? error.cause.message : undefined;
}
