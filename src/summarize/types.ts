import type { BiasBucket, Frame, KeyPoint } from '../domain/index.ts';

/** What synthesis needs of one article of a story: plain data, no store rows. */
export interface SynthesisArticle {
  readonly id: number;
  readonly title: string;
  /** First sentences of the article (≤ ~320 characters). */
  readonly lead: string;
  /** Sanitized plain text of the body, when known; its first sentences are used instead of the lead. */
  readonly text?: string;
  readonly outletId: string | null;
  /** The article's link: its section tells opinion pieces from reports ("/opinions/2021/07/28/…"). */
  readonly url?: string;
  /** Used to strip the outlet's name from the end of headlines (" - CNN") and to spot opinion sections. */
  readonly outletName?: string;
  /** Bias bucket of the outlet; null when unrated. */
  readonly side: BiasBucket | null;
  /** ISO 8601; null when unknown (relative dates then stay as written). */
  readonly publishedAt: string | null;
}

/** Everything a story page says beyond the article list; every sentence cites its articles. */
export interface StorySynthesis {
  readonly title: string;
  /** Articles whose headline is the title (the first is the one it was taken from). */
  readonly titleArticleIds: readonly number[];
  /** One sentence; "" when the story offers none that is not a repeat of the title. */
  readonly summary: string;
  readonly summaryArticleIds: readonly number[];
  /** Each point's `articleIds` start with the article the sentence was taken from, then its supporters. */
  readonly keyPoints: readonly KeyPoint[];
  /** One frame per side with enough articles: the points it stresses and the words it uses disproportionately. */
  readonly frames: readonly Frame[];
  /** Names (people, places, organisations) that several articles mention, most mentioned first. */
  readonly entities: readonly string[];
}

/** Tuning of synthesis; every field has a default chosen on the NeuS train split (see synthesize-story.ts). */
export interface SynthesisOptions {
  /** Most key points (default 5). */
  readonly maxPoints?: number;
  /** Sentences taken from the start of each article's text or lead (default 6). */
  readonly sentencesPerArticle?: number;
  /** Articles considered, newest and most central first beyond this (default 60): bounds the cost. */
  readonly maxArticles?: number;
  /** Cosine at or above which another article's sentence supports (and is cited for) a point (default 0.35). */
  readonly citeThreshold?: number;
  /** Cosine at or above which two sentences count as the same point (default 0.5). */
  readonly duplicateThreshold?: number;
  /** Share of a point's content words that the title, summary and earlier points must not already say (default 0.6). */
  readonly minNovelty?: number;
  /** MMR trade-off between centrality and novelty (default 0.7). */
  readonly lambda?: number;
  /** A side needs this many articles for a frame (default 2). */
  readonly frameMinArticles?: number;
  /** Points per frame (default 3) and distinctive terms per frame (default 8). */
  readonly framePoints?: number;
  readonly frameTerms?: number;
  /** Smallest log-odds z-score shown as a distinctive term (default 1.645). */
  readonly frameMinZ?: number;
  /** IANA time zone used to turn "on Monday" into a date (default "UTC"). */
  readonly timeZone?: string;
  /** Document frequencies of a background corpus, to down-weight words common in all news. */
  readonly background?: BackgroundTerms;
}

/** Document frequencies of stems in a background news corpus. */
export interface BackgroundTerms {
  readonly documents: number;
  readonly frequencies: ReadonlyMap<string, number>;
}
