import sanitize from 'sanitize-html';

// Tags that end a line of text; we mark them so paragraphs stay apart once the tags are gone.
const BREAKS =
  /<\/?(?:p|div|br|hr|li|dt|dd|h[1-6]|tr|td|th|blockquote|pre|section|article|header|footer|aside|figure|figcaption|table|ul|ol|dl)\b[^>]*>/gi;
const ESCAPED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/**
 * Plain text of an HTML fragment: tags and invisible elements (script, style, …) removed, entities decoded,
 * whitespace collapsed, and one blank line between paragraphs.
 */
export function htmlToText(html: string | undefined): string {
  if (!html) return '';
  const marked = html.replace(BREAKS, (tag) => `${tag}\n`);
  const escaped = sanitize(marked, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'iframe', 'template', 'head'],
  });
  // sanitize-html re-escapes only &, <, > (and " in attributes) after decoding every entity.
  const text = escaped.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ESCAPED[name] ?? '');
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}
