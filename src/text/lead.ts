import { splitSentences } from './sentences.ts';

export const LEAD_MAX_CHARS = 320;

/**
 * The lead of a text: whole first sentences up to `maxChars`; a first sentence longer than that
 * is cut at a word boundary and ends with an ellipsis.
 */
export function makeLead(text: string, maxChars = LEAD_MAX_CHARS): string {
  let lead = '';
  for (const sentence of splitSentences(text)) {
    const next = lead ? `${lead} ${sentence}` : sentence;
    if (next.length > maxChars) break;
    lead = next;
  }
  if (lead) return lead;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2)).trimEnd()}…`;
}
