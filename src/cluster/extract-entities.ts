import { isStopword } from '../text/index.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^(?:\p{Lu}|\p{N}+\p{Lu})/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]{2,}$/u;

/**
 * Names in a text, found cheaply (microseconds, where an NLP tagger takes milliseconds): words that start with a
 * capital letter and are not stopwords, lower-cased, without possessives. A sentence-opening word such as "Police"
 * slips through; that noise is cheaper than a tagger. In a headline written in Title Case every word is
 * capitalised, so there only acronyms ("FDA", "NATO") count as names.
 */
export function extractEntities(text: string): string[] {
  const candidates: { word: string; lower: string }[] = [];
  let contentWords = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = word
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/’/gu, "'");
    if (isStopword(lower)) continue;
    contentWords += 1;
    if (CAPITALISED.test(word)) candidates.push({ word, lower });
  }
  const titleCase = contentWords >= 3 && candidates.length >= 0.8 * contentWords;
  return titleCase
    ? candidates.filter((c) => ALL_CAPS.test(c.word)).map((c) => c.lower)
    : candidates.map((c) => c.lower);
}
