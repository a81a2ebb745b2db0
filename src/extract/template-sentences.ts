import { splitSentences } from '../text/index.ts';

// An outlet's template: sentences it opens article after article with, whatever the news (newsletter pitches,
// disclaimers, standing editor's notes: "Get breaking news alerts and special reports.", "The opinions expressed by
// columnists are their own…"). Left in, they become the lead a story page shows and words the clusterer compares,
// so that an outlet's unrelated articles look alike.

/** Words a repeated sentence needs to count as template: short repeats are news or splitting debris ("Sens."). */
const MIN_TEMPLATE_WORDS = 4;
/** Characters of a text searched for its opening sentences (a lead is about 320). */
const OPENING_CHARS = 2_000;
/** Sentences of a text's opening that can be template. */
const OPENING_SENTENCES = 12;

/** A sentence as template sentences are compared: lower case, every digit "#" (dated templates), spaces single. */
export function normalizeSentence(sentence: string): string {
  return sentence.toLowerCase().replace(/\d/g, '#').replace(/\s+/g, ' ').trim();
}

/** The first sentences of a text, where its lead comes from. */
export function openingSentences(text: string): string[] {
  return splitSentences(text.slice(0, OPENING_CHARS)).slice(0, OPENING_SENTENCES);
}

/** What template detection needs of an article of one outlet (or one feed). */
export interface TemplateSample {
  readonly title: string;
  readonly text: string;
}

/**
 * The normalised sentences of four words or more that open at least `minArticles` of one outlet's articles with
 * different headlines (the same article stored twice is no template).
 */
export function findTemplateSentences(articles: readonly TemplateSample[], minArticles: number): Set<string> {
  const headlines = new Map<string, Set<string>>();
  for (const { title, text } of articles) {
    const headline = title.toLowerCase().trim();
    for (const sentence of new Set(openingSentences(text).map(normalizeSentence))) {
      const seen = headlines.get(sentence) ?? new Set<string>();
      headlines.set(sentence, seen.add(headline));
    }
  }
  const template = new Set<string>();
  for (const [sentence, seen] of headlines) {
    if (seen.size >= minArticles && sentence.split(' ').length >= MIN_TEMPLATE_WORDS) template.add(sentence);
  }
  return template;
}

/**
 * The text with the template sentences of its opening dropped; when one is dropped, only the opening is kept (the
 * rest never reaches a lead). The text itself when its opening holds none.
 */
export function dropTemplateSentences(text: string, template: ReadonlySet<string>): string {
  if (template.size === 0) return text;
  const opening = openingSentences(text);
  const kept = opening.filter((sentence) => !template.has(normalizeSentence(sentence)));
  return kept.length === opening.length ? text : kept.join(' ');
}
