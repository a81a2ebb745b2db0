import type { HighlightedText } from '../../store/index.ts';

/** Search-marked text: matches in <mark>, every part escaped by JSX. */
export function MarkedText({ parts }: { parts: HighlightedText }) {
  return <>{parts.map((p) => (p.hit ? <mark>{p.text}</mark> : p.text))}</>;
}

/** The same as an HTML string for the JSON API (escaped text, <mark> around matches). */
export function markedHtml(parts: HighlightedText): string {
  return parts.map((p) => (p.hit ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
