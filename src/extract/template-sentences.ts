import { makeLead, splitSentences } from '../text/index.ts';
import type { ExtractedArticle } from './extract-article.ts';

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

/**
 * A body without the template sentences of its opening paragraphs (those within its first 2,000 characters); a
 * paragraph left empty goes, the rest of the body stays as it was. The text itself when its opening holds none.
 */
export function dropTemplateOpening(text: string, template: ReadonlySet<string>): string {
  if (template.size === 0) return text;
  const paragraphs = text.split(/\n\s*\n/);
  const kept: string[] = [];
  let read = 0;
  let changed = false;
  for (const paragraph of paragraphs) {
    if (read >= OPENING_CHARS) {
      kept.push(paragraph);
      continue;
    }
    read += paragraph.length;
    const sentences = splitSentences(paragraph);
    const left = sentences.filter((sentence) => !template.has(normalizeSentence(sentence)));
    if (left.length === sentences.length) {
      kept.push(paragraph);
      continue;
    }
    changed = true;
    if (left.length > 0) kept.push(left.join(' '));
  }
  return changed ? kept.join('\n\n') : text;
}

/** What template detection reads of an article page: its headline, and its lead followed by its body. */
export function pageSample(page: Pick<ExtractedArticle, 'title' | 'lead' | 'text'>): TemplateSample {
  return { title: page.title, text: `${page.lead}\n\n${page.text}` };
}

/**
 * An article page without its site's template sentences. A lead that loses one is taken again from what is left:
 * from the cleaned body when it was the body's opening, else from the rest of the page's summary (a site that
 * serves its own description as every page's summary leaves nothing, and the body gives the lead).
 */
export function dropPageTemplate<T extends Pick<ExtractedArticle, 'lead' | 'text'>>(
  page: T,
  template: ReadonlySet<string>,
): T {
  if (template.size === 0) return page;
  const text = dropTemplateOpening(page.text, template);
  // A body of nothing but template is no article to clean; it stays as read.
  if (text.trim() === '') return page;
  const rest = dropTemplateSentences(page.lead, template);
  if (text === page.text && rest === page.lead) return page;
  const fromBody = rest === '' || normalizeSentence(text).startsWith(normalizeSentence(rest).slice(0, 40));
  return { ...page, text, lead: makeLead(fromBody ? text : rest) };
}
