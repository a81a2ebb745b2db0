import { isStopword, stem } from '../text/index.ts';
import { findEntities } from './extract-entities.ts';
import { scanWords } from './scan-words.ts';
import type { ClusterInput } from './types.ts';

/** The terms of one part of an article (title or body), each kind as a list with repeats. */
export interface FieldTerms {
  readonly tokens: readonly string[];
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
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** Whether a token may hold CJK script (a cheap test before the regex). */
function mayBeCjk(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) >= 0x3040) return true;
  return false;
}
const DAY_MS = 86_400_000;

/** Runs of Chinese, Japanese or Korean script have no spaces: their character pairs stand in for words. */
function splitScript(token: string): string[] {
  if (token.length < 3 || !mayBeCjk(token) || !CJK.test(token)) return [token];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < token.length; i++) pairs.push(token.slice(i, i + 2));
  return pairs;
}

function analyzeField(
  text: string,
  surface: Map<string, string>,
  words: string[],
  names: ReadonlySet<string> | undefined,
): FieldTerms {
  const tokens: string[] = [];
  const stems: string[] = [];
  const scanned = scanWords(text);
  for (const { lower: raw } of scanned) {
    words.push(raw);
    for (const token of splitScript(raw)) {
      if (isStopword(token)) continue;
      const stemmed = stem(token);
      tokens.push(token);
      stems.push(stemmed);
      if (!surface.has(stemmed)) surface.set(stemmed, token);
    }
  }
  return { tokens, stems, entities: findEntities(text, scanned, names) };
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
 * Tokens, stems and names of an article's title and the first `bodyWords` words of its text; `names` is the
 * lexicon of usually-capitalised words that sharpens name finding (see extractEntities).
 */
export function analyzeArticle(
  input: ClusterInput,
  bodyWords: number,
  names?: ReadonlySet<string>,
): AnalyzedArticle {
  const surface = new Map<string, string>();
  const words: string[] = [];
  const title = analyzeField(input.title, surface, words, names);
  const titleWordCount = words.length;
  const body = analyzeField(leadWords(input.text, bodyWords), surface, words, names);
  const time = input.published === null ? Number.NaN : Date.parse(input.published);
  return { input, title, body, surface, day: time / DAY_MS, words, titleWordCount };
}
