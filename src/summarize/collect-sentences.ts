import type { BiasBucket } from '../domain/index.ts';
import {
  cleanBody,
  cleanSentence,
  endsWithTitle,
  isCaption,
  isNote,
  isOpinionPiece,
  isTeaser,
  splitSentences,
} from '../text/index.ts';
import type { SynthesisArticle } from './types.ts';

/** One sentence of one article, a candidate for the summary, a key point or a frame point. */
export interface SourceSentence {
  readonly articleId: number;
  readonly side: BiasBucket | null;
  readonly publishedAt: string | null;
  readonly text: string;
  /** 0 for the article's first sentence. */
  readonly position: number;
  readonly words: number;
  /** False for fragments, questions, truncated snippets and boilerplate: context only, never shown. */
  readonly showable: boolean;
  /** A caption, credit, editor's note, teaser or widget: not the article's own words, never shown at all. */
  readonly boilerplate: boolean;
  /** From an opinion or analysis piece (by its headline or section), or in the writer's own voice: a view, not a report. */
  readonly opinion: boolean;
  /**
   * Opens with a pronoun or connective ("He", "But", "Later that day"), or quotes a speaker it names only by a
   * pronoun ("…,” she said.), and so leans on the sentence before.
   */
  readonly dangling: boolean;
}

const DANGLING =
  /^["“]?(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|nor|however|meanwhile|still|also|later|then|so|yet|instead|in addition|additionally|moreover|in another|the move|the decision|the announcement|the comments|the remarks|the incident)\b/i;

// "“We will discourage illegal migration,” she commented.": a quote whose speaker is named only before.
const UNNAMED_SPEAKER =
  /["”’],?\s+(?:he|she|they)\s+(?:said|says|added|adds|commented|noted|wrote|writes|continued|told [^.]{1,40})\.$/i;

// The writer speaking in their own voice, outside any quotation ("I wrote last week about …", "In my farewell message
// to colleagues, I cited …", "we need the version who's not afraid …"): a column's or a transcript's view, not a
// report, so it counts as opinion. "US" in capitals is the country, and an "I" in a party label the Independent
// ("Sen. Bernie Sanders (I-Vt.)", "(I)", ", I-Vt.,"); the writer's aside in brackets ("(I was there)") is theirs.
const FIRST_PERSON =
  /\b(?:I(?![-–])(?<!\(I(?=\)))|I['’](?:m|ve|d|ll)|[Mm]y|me|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|us)\b/;
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’/g;

/** The text with its quotations (curly or straight double quotes, curly single ones) blanked out. */
export function withoutQuotations(text: string): string {
  return text.replace(QUOTED, ' ');
}

/** Whether the sentence speaks in the first person outside its quotations. */
export function speaksInFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(withoutQuotations(text));
}

// "FILE PHOTO: A general view of the Pearl Continental (PC) hotel in Gwadar, Pakistan April 11, 2017.": Reuters
// labels its photo's caption; cleaning takes the label off, so it is read on the sentence as written.
const PHOTO_LABEL = /^\s*(?:FILE )?PHOTO\s*:/;

const BOILERPLATE =
  /\b(?:click here|sign up|subscribe|newsletter|all rights reserved|getty images|ap photo|photo courtesy|toggle caption|enlarge this image|follow us|read more|copyright|advertisement)\b|\b(?:photo|image|watch|listen):/i;

/**
 * The first sentences of each article's text (or lead when there is no text), cleaned of datelines and
 * labelled showable or not. The count per article is capped so that the cost stays bounded.
 */
export function collectSentences(
  articles: readonly SynthesisArticle[],
  perArticle: number,
): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const article of articles) {
    const body = cleanBody(article.text?.trim() ? article.text : article.lead);
    const opinion = isOpinionPiece(article);
    const seen = new Set<string>();
    let position = 0;
    for (const raw of splitSentences(body)) {
      if (position >= perArticle) break;
      const text = cleanSentence(raw);
      const key = text.toLowerCase();
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      const words = text.split(/\s+/).length;
      const boilerplate = isBoilerplate(text) || PHOTO_LABEL.test(raw);
      out.push({
        articleId: article.id,
        side: article.side,
        publishedAt: article.publishedAt,
        text,
        position,
        words,
        showable: !boilerplate && isShowable(text, words),
        boilerplate,
        opinion: opinion || speaksInFirstPerson(text),
        dangling: DANGLING.test(text) || UNNAMED_SPEAKER.test(text),
      });
      position += 1;
    }
  }
  return out;
}

function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text) || isCaption(text) || isTeaser(text) || isNote(text) || /\sMORE\s/.test(text);
}

// Where written text pauses: a stop, comma, colon, semicolon, bracket, quotation mark, dash or ellipsis (not the
// hyphen or apostrophe inside a word).
const PUNCTUATION = /[.,;:!?…()[\]"“”|—–]|\s-{1,2}\s/;
// The longest stretch of words without one in a sentence of the NeuS articles is 52 (99% of them stay within 38);
// in the demo snapshot's leads 57, where a standfirst runs into the first sentence without a stop.
const LONGEST_NEWS_STRETCH = 60;
const LONG_STRETCH = 40;

/**
 * True for words not punctuated as written sentences, such as an automatic podcast or video transcript: a stretch
 * without punctuation longer than any news sentence has, or a long one in text that never reaches a sentence end
 * (a lead cut off with "…" before its first stop). A summary only when no article offers written sentences.
 */
export function isUnpunctuatedRun(text: string): boolean {
  let longest = 0;
  for (const stretch of text.split(PUNCTUATION)) {
    longest = Math.max(longest, stretch.split(/\s+/).filter(Boolean).length);
  }
  if (longest > LONGEST_NEWS_STRETCH) return true;
  return longest > LONG_STRETCH && !/[.!?]["”’)\]]*$/.test(text);
}

/** A whole sentence of the article's own: neither a fragment, a question, a cut-off snippet nor a split quote. */
function isShowable(text: string, words: number): boolean {
  if (words < 7 || words > 60) return false;
  if (/(?:\.\.\.|…)\s*["”’]?$/.test(text)) return false;
  if (/\?["”’]?$/.test(text)) return false;
  if (!/^["“‘(]?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (!/[.!"”’)]$/.test(text)) return false;
  // A lead cut after a title or inside a time ("Two leaders of the House Freedom Caucus, Reps.", "… for 1:30 p."):
  // not a sentence's end.
  if (endsWithTitle(text) || /\b\d{1,2}(?::\d{2})? ?[ap]\.$/i.test(text)) return false;
  // Unbalanced quotes mean the sentence splitter cut a quotation in two.
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}
