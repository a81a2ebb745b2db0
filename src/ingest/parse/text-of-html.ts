import { DOMParser } from 'linkedom';

const PARSER = new DOMParser();

/**
 * Plain text of a short HTML string such as a title ("Q&amp;A: <b>Rates</b>" → "Q&A: Rates"), with whitespace
 * collapsed. Text without markup or entities skips the HTML parser.
 */
export function textOfHtml(html: string | undefined): string {
  if (!html) return '';
  const text = /[<&]/.test(html)
    ? (PARSER.parseFromString(`<html><body>${html}</body></html>`, 'text/html').body?.textContent ?? '')
    : html;
  return text.replace(/\s+/g, ' ').trim();
}

/** Escapes plain text so that it can sit in an HTML field and read back unchanged. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
