/** One article to cluster: the labelled-stream record of DESIGN §4 without its gold label. */
export interface ClusterInput {
  readonly id: string;
  readonly title: string;
  /** Lead or body; may be "". */
  readonly text: string;
  /** ISO 8601, or null when the stream has no times (then no time features are used). */
  readonly published: string | null;
  readonly url?: string;
  readonly outlet?: string;
  readonly lang?: string;
}

/** Why an article joined its story: stored and shown as "why these articles are together". */
export interface Explanation {
  readonly score: number;
  readonly runnerUp: { readonly story: number; readonly score: number } | null;
  readonly sharedTerms: readonly string[];
  readonly sharedEntities: readonly string[];
}

/** Where the clusterer put one article. */
export interface Assignment {
  readonly id: string;
  readonly story: number;
  /** True when the article opened a new story. */
  readonly isNew: boolean;
  /** Id of the earlier article this one is a syndicated copy of, when it is one. */
  readonly duplicateOf?: string;
  /**
   * Id of the earlier original of this article's text, when this one is more plausibly its source (a wire agency's
   * report after a reprint of it): that article and its copies are now copies of this one.
   */
  readonly supersedes?: string;
  readonly explanation: Explanation;
}

/** An online, one-pass clusterer: articles arrive in publication order and join a story or open one. */
export interface StoryClusterer {
  /** Assigns one article to a story (an existing one or a new one). */
  assign(input: ClusterInput): Assignment;
  /**
   * Replays an article already assigned to `story` (restoring state after a restart), without scoring it. With the
   * stored `duplicateOf` (the original it copies, or null for none), the replay keeps that decision, whatever order
   * the articles are replayed in; without it the copy is decided again.
   */
  restore(input: ClusterInput, story: number, duplicateOf?: string | null): void;
}
