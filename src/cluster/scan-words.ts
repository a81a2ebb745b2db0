// A number with thousands separators ("1,300") is one word, compared without them ("1300"), as other languages and
// styles write it. A hyphenated compound is its parts ("Biden-Putin summit" meets "Biden and Putin", "pro-Trump"
// meets "Trump", "COVID-19" meets "Covid"), as most search tokenizers cut it; "U.S." and "AT&T" stay whole.
const WORD = /\p{Nd}{1,3}(?:,\p{Nd}{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*/gu;

/** A character of Chinese, Japanese or Korean script. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** Whether a word holds Chinese, Japanese or Korean script (a cheap code-point test before the regex). */
export function hasCjk(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x3040) return CJK.test(word);
  return false;
}

/** A word of a text as written, its compared form and where it starts. */
export interface ScannedWord {
  readonly word: string;
  /** Lower case, no possessive "'s", straight apostrophe (as src/text tokenize). */
  readonly lower: string;
  readonly index: number;
}

/** A word as compared: lower case, no possessive, straight apostrophe, no thousands separators. */
export function normalizeWord(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
  if (lower.includes(',')) lower = lower.replaceAll(',', '');
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

/**
 * The words of a text in one pass (src/text tokenize's pattern, but hyphenated compounds cut), keeping the original spelling
 * for name finding: tokens and names come from one scan instead of two.
 */
export function scanWords(text: string): ScannedWord[] {
  const words: ScannedWord[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ word: match[0], lower: normalizeWord(match[0]), index: match.index ?? 0 });
  }
  return words;
}
