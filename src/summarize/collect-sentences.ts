import type { BiasBucket } from '../domain/index.ts';
import { splitSentences } from '../text/index.ts';
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
}

// "WASHINGTON (AP) — ", "LONDON — ", "(CNN) — " at the start of a wire lead.
const DATELINE = /^(?:[A-Z][A-Z .,'-]{1,40}?\s*)?(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s+(?=[A-Z"“])/;
// Newsletter signposts ("Why it matters:") that label a sentence rather than belong to it.
const SIGNPOST =
  /^(?:why it matters|the big picture|driving the news|the bottom line|between the lines|what they're saying|what's next|details|context|go deeper|flashback|by the numbers|zoom in|zoom out|the latest|catch up quick|state of play|yes, but|the other side)\s*:\s*/i;
const BOILERPLATE =
  /\b(?:click here|sign up|subscribe|newsletter|all rights reserved|getty images|photo:|image:|follow us|read more|watch:|listen:|copyright|advertisement)\b/i;

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
    const body = article.text?.trim() ? article.text : article.lead;
    const seen = new Set<string>();
    let position = 0;
    for (const raw of splitSentences(body)) {
      if (position >= perArticle) break;
      const text = raw.replace(DATELINE, '').replace(SIGNPOST, '').trim();
      const key = text.toLowerCase();
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      const words = text.split(/\s+/).length;
      out.push({
        articleId: article.id,
        side: article.side,
        publishedAt: article.publishedAt,
        text,
        position,
        words,
        showable: isShowable(text, words),
      });
      position += 1;
    }
  }
  return out;
}

function isShowable(text: string, words: number): boolean {
  if (words < 7 || words > 60) return false;
  if (/(?:\.\.\.|…)\s*["”’]?$/.test(text)) return false;
  if (/\?["”’]?$/.test(text)) return false;
  if (!/^["“‘(]?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (!/[.!"”’)]$/.test(text)) return false;
  if (BOILERPLATE.test(text)) return false;
  // Unbalanced quotes mean the sentence splitter cut a quotation in two.
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}
