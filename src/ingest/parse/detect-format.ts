/** What a body turned out to be. */
export type DetectedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'opml' | 'html' | 'unknown';

// How far into a document we look for its root element: prologs with long comments or DTDs are rare.
const PROLOG_LIMIT = 64 * 1024;

/**
 * The format of a document, from its root element (after the XML declaration, comments, processing
 * instructions and a DOCTYPE), or from a leading "{" for JSON. Judging by the root, not by a search for "<rss"
 * anywhere, keeps an HTML page that quotes feed markup from being read as a feed.
 */
export function detectFormat(text: string): DetectedFormat {
  const root = rootElement(text);
  if (root === '{') return 'json';
  switch (root?.toLowerCase().replace(/^[\w.-]+:/, '')) {
    case 'rss':
      return 'rss';
    case 'feed':
      return 'atom';
    case 'rdf':
      return 'rdf';
    case 'opml':
      return 'opml';
    case 'html':
    case 'head':
    case 'body':
      return 'html';
    default:
      return /^\s*<!doctype\s+html/i.test(text) ? 'html' : 'unknown';
  }
}

/** The name of the root element, "{" for a JSON object, or undefined. */
function rootElement(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = Math.min(text.length, PROLOG_LIMIT);
  while (i < end) {
    while (i < end && /\s/.test(text[i] ?? '')) i += 1;
    if (text[i] === '{') return '{';
    if (text[i] !== '<') return undefined;
    if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) i = skipDoctype(text, i);
    else return /^<([\w.:-]+)/.exec(text.slice(i, i + 200))?.[1];
  }
  return undefined;
}

function skipPast(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
}

// A DOCTYPE may hold an internal subset in brackets, where ">" appears inside entity declarations.
function skipDoctype(text: string, from: number): number {
  const close = text.indexOf('>', from);
  const open = text.indexOf('[', from);
  if (open < 0 || (close >= 0 && close < open)) return close < 0 ? text.length : close + 1;
  return skipPast(text, skipPast(text, open, ']'), '>');
}
