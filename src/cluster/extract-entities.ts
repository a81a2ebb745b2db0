import { isStopword } from '../text/index.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^(?:\p{Lu}|\p{N}+\p{Lu})/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]{2,}$/u;
const SENTENCE_END = /[.!?:;"“”'‘’([|–—-]\s*$/u;

/** A word as compared: lower case, no possessive, straight apostrophe. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/’/gu, "'");
}

/** Whether the word at `index` opens a sentence (or a heading, quote or list item). */
export function opensSentence(text: string, index: number): boolean {
  return (
    index === 0 || SENTENCE_END.test(text.slice(Math.max(0, index - 3), index)) || text[index - 1] === '\n'
  );
}

/**
 * Names in a text, found cheaply (microseconds, where an NLP tagger takes milliseconds): capitalised words that
 * are not stopwords, lower-cased. `names` is a lexicon of words usually written with a capital inside a sentence
 * (built from a corpus); with it, a capitalised word that merely opens a sentence ("Police said") is dropped, and
 * a headline in Title Case — where every word is capitalised — keeps its lexicon words and acronyms only.
 */
export function extractEntities(text: string, names?: ReadonlySet<string>): string[] {
  const candidates: { word: string; lower: string; first: boolean }[] = [];
  let contentWords = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = normalizeWord(word);
    if (isStopword(lower)) continue;
    contentWords += 1;
    if (CAPITALISED.test(word))
      candidates.push({ word, lower, first: opensSentence(text, match.index ?? 0) });
  }
  const titleCase = contentWords >= 3 && candidates.length >= 0.8 * contentWords;
  const known = (c: { word: string; lower: string }) => ALL_CAPS.test(c.word) || names?.has(c.lower) === true;
  return candidates
    .filter((c) => (titleCase ? known(c) : !c.first || !names || known(c)))
    .map((c) => c.lower);
}
