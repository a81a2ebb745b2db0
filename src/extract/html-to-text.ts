import sanitize from 'sanitize-html';
import { HTML_TAG, htmlNestingDepth, INVISIBLE_ELEMENTS } from '../text/index.ts';

// Tags that end a line of text; we mark them so paragraphs stay apart once the tags are gone. A tag ends at the
// next "<" as well as at ">": each try then reads only up to the next tag, where "[^>]*" would read a hostile
// "<p <p <p …" without ">" to its end at every "<" (240 kB took 12 s).
const BREAKS =
  /<\/?(?:p|div|br|hr|li|dt|dd|h[1-6]|tr|td|th|blockquote|pre|section|article|header|footer|aside|figure|figcaption|table|ul|ol|dl)\b[^<>]*>/gi;
const ESCAPED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };
// Deeper than this, the parser under sanitize-html takes time growing faster than the square of the depth (a 2 MB
// feed description nested 300,000 deep held ingestion for 140 s): such markup is read by stripping its tags.
const MAX_PARSED_DEPTH = 256;
const NON_TEXT = new Set(INVISIBLE_ELEMENTS);
const NON_TEXT_TAGS = [...INVISIBLE_ELEMENTS];

/** The text of markup too deep to parse, in one pass: tags become spaces, invisible elements go with their content. */
function textOfDeepMarkup(html: string): string {
  const parts: string[] = [];
  let last = 0;
  let hidden: string | undefined;
  for (const match of html.matchAll(HTML_TAG)) {
    if (hidden === undefined) parts.push(html.slice(last, match.index), ' ');
    last = match.index + match[0].length;
    const name = match[2]!.toLowerCase();
    if (hidden !== undefined) {
      if (match[1] && name === hidden) hidden = undefined;
    } else if (!match[1] && NON_TEXT.has(name) && !match[0].endsWith('/>')) hidden = name;
  }
  if (hidden === undefined) parts.push(html.slice(last));
  return parts.join('');
}

/**
 * Plain text of an HTML fragment: tags and invisible elements (script, style, …) removed, entities decoded,
 * whitespace collapsed, and one blank line between paragraphs.
 */
export function htmlToText(html: string | undefined): string {
  if (!html) return '';
  const marked = html.replace(BREAKS, (tag) => `${tag}\n`);
  const flat =
    htmlNestingDepth(marked, MAX_PARSED_DEPTH) >= MAX_PARSED_DEPTH ? textOfDeepMarkup(marked) : marked;
  const escaped = sanitize(flat, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: NON_TEXT_TAGS,
  });
  // sanitize-html re-escapes only &, <, > (and " in attributes) after decoding every entity.
  const text = escaped.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ESCAPED[name] ?? '');
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}
