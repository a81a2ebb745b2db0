import { DOMParser } from 'linkedom';
import { INVISIBLE_ELEMENTS } from '../../text/index.ts';

const PARSER = new DOMParser();
const INVISIBLE = INVISIBLE_ELEMENTS.join(', ');

/**
 * Plain text of a short HTML string such as a title ("Q&amp;A: <b>Rates</b>" → "Q&A: Rates"), with whitespace
 * collapsed. Text without markup or entities skips the HTML parser.
 */
export function textOfHtml(html: string | undefined): string {
  if (!html) return '';
  const text = /[<&]/.test(html) ? visibleText(html) : html;
  return text.replace(/\s+/g, ' ').trim();
}

function visibleText(html: string): string {
  const body = PARSER.parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;
  if (!body) return '';
  for (const element of body.querySelectorAll(INVISIBLE)) element.remove();
  return body.textContent ?? '';
}

/** Escapes plain text so that it can sit in an HTML field and read back unchanged. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
