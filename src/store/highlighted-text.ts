/** Text with the parts that matched a search marked, in order; the web layer escapes each part. */
export type HighlightedText = readonly { readonly text: string; readonly hit: boolean }[];

/** Opening and closing marks the search queries put around matches (control characters never in stored text). */
export const HIT_OPEN = '\u0002';
export const HIT_CLOSE = '\u0003';

/** Splits text marked with HIT_OPEN/HIT_CLOSE into plain and matching parts. */
export function splitHighlights(marked: string): HighlightedText {
  const parts: { text: string; hit: boolean }[] = [];
  let hit = false;
  let start = 0;
  const push = (end: number) => {
    if (end > start) parts.push({ text: marked.slice(start, end), hit });
  };
  for (let i = 0; i < marked.length; i += 1) {
    const ch = marked[i];
    if (ch !== HIT_OPEN && ch !== HIT_CLOSE) continue;
    push(i);
    hit = ch === HIT_OPEN;
    start = i + 1;
  }
  push(marked.length);
  return parts;
}
