/** Line (1-based) of a character offset in `text`. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Line of a JSON.parse failure: from "position N" or "line N" in V8's message, else the last line. */
export function lineOfJsonError(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  // An error at the very end (a missing brace) belongs to the last line with text, not to the empty one after it.
  if (position) return lineOfOffset(text, Math.min(Number(position[1]), text.trimEnd().length));
  return lineOfOffset(text, text.trimEnd().length);
}

/** Lines where `key` appears as an object key in JSON text (a hand-edited file may repeat one). */
export function linesOfKey(text: string, key: string): number[] {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${quoted}\\s*:`, 'g');
  return [...text.matchAll(pattern)].map((m) => lineOfOffset(text, m.index ?? 0));
}
