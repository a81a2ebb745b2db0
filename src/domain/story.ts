import type { BiasBucket } from './bias.ts';

/** Counts and shares of a story's coverage (DESIGN §3, §5). */
export interface Coverage {
  readonly articles: number;
  readonly outlets: number;
  /** Distinct outlets with a bias rating. */
  readonly rated: number;
  readonly unrated: number;
  readonly left: number;
  readonly center: number;
  readonly right: number;
  /** Shares over rated outlets, 0…1; all zero when no outlet is rated. */
  readonly shares: { readonly left: number; readonly center: number; readonly right: number };
  /** Distinct outlets per factuality label (plus "unrated"). */
  readonly factuality: Readonly<Record<string, number>>;
  /** Distinct outlets per ownership category (plus "unknown"). */
  readonly ownership: Readonly<Record<string, number>>;
}

/** One extractive key point with the articles it came from. */
export interface KeyPoint {
  readonly text: string;
  readonly articleIds: readonly number[];
}

export type Blindspot = 'left' | 'right' | null;

/** Articles a side needs before its frame is drawn: what one article stresses is that article, not its side. */
export const FRAME_MIN_ARTICLES = 2;

export interface Frame {
  readonly side: BiasBucket;
  readonly points: readonly KeyPoint[];
  readonly terms: readonly { readonly term: string; readonly score: number }[];
}

/** A story: the articles that report one event, and what Parallax says of them. */
export interface Story {
  readonly id: number;
  readonly title: string;
  readonly summary: string;
  /** Articles the title was taken from (the first is its source). */
  readonly titleArticleIds: readonly number[];
  /** Articles the summary was taken from. */
  readonly summaryArticleIds: readonly number[];
  /**
   * Languages of the articles the title and the summary come from (the first of their sources; null when unknown),
   * as story lists read them, for a card to mark its words; absent where the reader has the articles themselves.
   */
  readonly titleLanguage?: string | null;
  readonly summaryLanguage?: string | null;
  readonly keyPoints: readonly KeyPoint[];
  readonly frames: readonly Frame[];
  readonly coverage: Coverage;
  readonly blindspot: Blindspot;
  readonly firstPublishedAt: string;
  readonly updatedAt: string;
  readonly firstReporter: { readonly articleId: number; readonly outletId: string | null } | null;
  readonly entities: readonly string[];
  readonly version: number;
}
