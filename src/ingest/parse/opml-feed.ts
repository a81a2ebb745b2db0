/** One subscription of an OPML list. */
export interface OpmlFeed {
  readonly url: string;
  readonly title?: string;
  readonly siteUrl?: string;
  /** The folder it sits in (the enclosing outline's text), when any. */
  readonly category?: string;
}
