import { isStopword } from '../text/index.ts';
import { type ScannedWord, scanWords } from './scan-words.ts';

const DIGITS_THEN_CAPITAL = /^\p{N}+\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]{2,}$/u;
const SENTENCE_END = /[.!?:;"“”'‘’([|–—-]\s*$/u;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether the word at `index` opens a sentence (or a heading, quote or list item). A dash opens one ("– Putin"),
 * a hyphen inside a compound does not ("Biden-Putin").
 */
export function opensSentence(text: string, index: number): boolean {
  if (index === 0) return true;
  if (text[index - 1] === '-' && index >= 2 && WORD_CHARACTER.test(text[index - 2]!)) return false;
  return SENTENCE_END.test(text.slice(Math.max(0, index - 3), index)) || text[index - 1] === '\n';
}

/** Whether a word starts with a capital letter ("Paris", "3M"). */
export function isCapitalised(word: string): boolean {
  const first = word[0]!;
  if (first !== first.toLowerCase()) return true;
  return first >= '0' && first <= '9' && DIGITS_THEN_CAPITAL.test(word);
}

/**
 * Names among a text's words, found cheaply (microseconds, where an NLP tagger takes milliseconds): capitalised
 * words that are not stopwords, lower-cased. `names` is a lexicon of words usually written with a capital inside a
 * sentence (built from a corpus); with it, a capitalised word that merely opens a sentence ("Police said") is
 * dropped, and a headline in Title Case — where every word is capitalised — keeps its lexicon words and acronyms.
 */
export function findEntities(
  text: string,
  words: readonly ScannedWord[],
  names?: ReadonlySet<string>,
): string[] {
  const candidates: ScannedWord[] = [];
  let contentWords = 0;
  for (const w of words) {
    if (isStopword(w.lower)) continue;
    contentWords += 1;
    if (isCapitalised(w.word)) candidates.push(w);
  }
  const titleCase = contentWords >= 3 && candidates.length >= 0.8 * contentWords;
  const known = (w: ScannedWord) => ALL_CAPS.test(w.word) || names?.has(w.lower) === true;
  const kept = titleCase
    ? candidates.filter(known)
    : candidates.filter((w) => !names || known(w) || !opensSentence(text, w.index));
  return kept.map((w) => w.lower);
}

/** Names in a text (see findEntities). */
export function extractEntities(text: string, names?: ReadonlySet<string>): string[] {
  return findEntities(text, scanWords(text), names);
}
