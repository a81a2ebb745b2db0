import {
  englishVariant,
  glossChinese,
  glossMalay,
  isMalay,
  isStopword,
  languageStopwords,
  normalizeLanguageTag,
  stem,
  withoutAgencyMarks,
} from '../text/index.ts';
import { findEntities } from './extract-entities.ts';
import { CJK, hasCjk, scanWords } from './scan-words.ts';
import type { ClusterInput } from './types.ts';
import { urlSlugWords } from './url-slug-words.ts';
import { weekdayMentions } from './weekday-mentions.ts';

/** The terms of one part of an article (title or body), each kind as a list with repeats. */
export interface FieldTerms {
  readonly stems: readonly string[];
  readonly entities: readonly string[];
}

/** An article reduced to what the clusterer compares. */
export interface AnalyzedArticle {
  readonly input: ClusterInput;
  readonly title: FieldTerms;
  readonly body: FieldTerms;
  /** Stem → first surface word, to explain a match in readable words. */
  readonly surface: ReadonlyMap<string, string>;
  /** Publication time in days since the epoch, or NaN when unknown. */
  readonly day: number;
  /** The lower-cased words of title and body, for near-duplicate shingles. */
  readonly words: readonly string[];
  /** How many of `words` come from the title. */
  readonly titleWordCount: number;
  /** The article's language ("en", "zh"…): declared, else "zh"/"ja" by script, else "" (unknown). */
  readonly language: string;
  /** Days of the week the title and lead name, as bits (Monday = bit 0; see weekdayMentions). */
  readonly weekdays: number;
}

const HAN = /[\u3400-\u9fff]/u;
const KANA = /[\u3040-\u30ff]/u;
const SCRIPT_RUNS =
  /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+|[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+/gu;
// ISO 639 codes that name no language: undetermined, multiple, no linguistic content.
const UNDETERMINED = new Set(['und', 'mul', 'zxx']);

const DAY_MS = 86_400_000;

/** Character pairs of a run of unspaced script (Japanese, Korean), standing in for its words. */
function characterPairs(run: string): string[] {
  if (run.length < 3) return [run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
}

/** What a declared language changes in reading a text: its own stopwords, and a glossary into English words. */
interface LanguageRules {
  readonly stopwords?: ReadonlySet<string>;
  readonly gloss?: (words: readonly string[]) => string[];
}

/** The rules for a declared language (none for English and for languages without their own). */
function languageRules(declared: string | undefined): LanguageRules {
  const stopwords = languageStopwords(declared);
  return { ...(stopwords && { stopwords }), ...(isMalay(declared) && { gloss: glossMalay }) };
}

/**
 * Stems and names of a text. Runs of Chinese are cut into dictionary words and compared by their English
 * glosses, so they can meet English articles on the same event; the stretches the dictionary does not know (mostly
 * transliterated names) are compared by character pairs. Japanese and Korean runs are compared by character pairs.
 * Malay and Indonesian words the Malay glossary lists are compared by their English words too.
 */
function analyzeField(
  text: string,
  surface: Map<string, string>,
  words: string[],
  names: ReadonlySet<string> | undefined,
  rules: LanguageRules,
): FieldTerms {
  const stems: string[] = [];
  const scanned = scanWords(text);
  const addToken = (word: string) => {
    const token = englishVariant(word);
    if (isStopword(token) || rules.stopwords?.has(token)) return;
    const stemmed = stem(token);
    stems.push(stemmed);
    // An explanation shows the word as written ("defence"), not as compared ("defense").
    if (!surface.has(stemmed)) surface.set(stemmed, word);
  };
  const lowered = scanned.map((w) => w.lower);
  words.push(...lowered);
  for (const raw of rules.gloss ? rules.gloss(lowered) : lowered) {
    if (!hasCjk(raw)) {
      addToken(raw);
      continue;
    }
    // "9月19日", "7.6级": numbers and Latin words inside a run are words of their own.
    for (const [run] of raw.matchAll(SCRIPT_RUNS)) {
      if (!CJK.test(run)) addToken(run);
      else if (HAN.test(run) && !KANA.test(raw)) {
        const chinese = glossChinese(run);
        chinese.words.forEach(addToken);
        chinese.unknown.forEach(addToken);
      } else characterPairs(run).forEach(addToken);
    }
  }
  return { stems, entities: findEntities(text, scanned, names) };
}

/** The article's language: the declared one (as the pipeline's detector or the feed gives it), else its script's. */
export function articleLanguage(declared: string | undefined, words: readonly string[]): string {
  const code = normalizeLanguageTag(declared);
  if (code && !UNDETERMINED.has(code)) return code;
  let cjk = 0;
  for (const word of words) if (hasCjk(word)) cjk += 1;
  if (cjk === 0 || cjk * 2 < words.length) return '';
  return words.some((word) => KANA.test(word)) ? 'ja' : 'zh';
}

/** The first `maxWords` words of a text (the lead carries the story; later paragraphs drift). */
function leadWords(text: string, maxWords: number): string {
  let count = 0;
  const pattern = /\S+/g;
  while (pattern.exec(text)) {
    count += 1;
    if (count === maxWords) return text.slice(0, pattern.lastIndex);
  }
  return text;
}

/**
 * The title's terms plus the stems of its URL slug's words that the title lacks (slugs often name the event in words
 * the headline leaves out: "Senate Passes Sweeping Bill Aiming To Crack Down On Hate Crimes" at
 * dailycaller.com/2021/04/22/senate-passes-covid-19-hate-crimes-act-mazie-hirono/). A slug is lower-cased, so its
 * words join the title's names only when the names lexicon knows them ("hirono").
 */
function withSlugWords(
  title: FieldTerms,
  url: string | undefined,
  surface: Map<string, string>,
  names: ReadonlySet<string> | undefined,
): FieldTerms {
  const slug = urlSlugWords(url);
  if (slug.length === 0) return title;
  const have = new Set(title.stems);
  const stems = [...title.stems];
  const entities = [...title.entities];
  for (const slugWord of slug) {
    const word = englishVariant(slugWord);
    if (isStopword(word)) continue;
    if (names?.has(slugWord) && !entities.includes(slugWord)) entities.push(slugWord);
    const stemmed = stem(word);
    if (have.has(stemmed)) continue;
    have.add(stemmed);
    stems.push(stemmed);
    if (!surface.has(stemmed)) surface.set(stemmed, slugWord);
  }
  return { stems, entities };
}

/**
 * Stems and names of an article's title (with its URL slug's words) and the first `bodyWords` words of its text
 * without the agency's mark and photo credits (withoutAgencyMarks);
 * `names` is the lexicon of usually-capitalised words that sharpens name finding (see extractEntities).
 */
export function analyzeArticle(
  input: ClusterInput,
  bodyWords: number,
  names?: ReadonlySet<string>,
): AnalyzedArticle {
  const surface = new Map<string, string>();
  const words: string[] = [];
  const rules = languageRules(normalizeLanguageTag(input.lang));
  const title = withSlugWords(
    analyzeField(input.title, surface, words, names, rules),
    input.url,
    surface,
    names,
  );
  const titleWordCount = words.length;
  // Cleaned from a cut with room to spare, so the marks taken out do not count among the words.
  const lead = leadWords(withoutAgencyMarks(leadWords(input.text, bodyWords * 2)), bodyWords);
  const body = analyzeField(lead, surface, words, names, rules);
  const time = input.published === null ? Number.NaN : Date.parse(input.published);
  const language = articleLanguage(input.lang, words);
  const weekdays = weekdayMentions(words);
  return { input, title, body, surface, day: time / DAY_MS, words, titleWordCount, language, weekdays };
}
