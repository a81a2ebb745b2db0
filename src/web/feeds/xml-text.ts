// XML 1.0 §2.2: these characters may not appear in a document at all, escaped or not.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text made safe for XML content and attribute values: invalid characters dropped, markup escaped. */
export function xmlText(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Plain text as the HTML an RSS description holds (readers render it as HTML): markup escaped for HTML. */
export function htmlOfText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text whose paragraphs are separated by blank lines as HTML paragraphs (`<p>…</p>`), markup escaped. */
export function htmlParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${htmlOfText(paragraph)}</p>`)
    .join('');
}
