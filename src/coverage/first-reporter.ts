/** What finding the first reporter needs of one article. */
export interface ReportingArticle {
  readonly id: number;
  readonly outletId: string | null;
  readonly publishedAt: string;
}

/** The article that reported the story first, with its outlet and time. */
export interface FirstReporter {
  readonly articleId: number;
  readonly outletId: string | null;
  readonly publishedAt: string;
}

/** The earliest-published article of a story (lowest id on a tie); null for no dated article. */
export function firstReporter(articles: readonly ReportingArticle[]): FirstReporter | null {
  let first: { article: ReportingArticle; time: number } | undefined;
  for (const article of articles) {
    const time = Date.parse(article.publishedAt);
    if (!Number.isFinite(time)) continue;
    if (first === undefined || time < first.time || (time === first.time && article.id < first.article.id)) {
      first = { article, time };
    }
  }
  if (first === undefined) return null;
  const { id, outletId, publishedAt } = first.article;
  return { articleId: id, outletId, publishedAt };
}

/**
 * The outlets, besides the first reporter's, of articles published at the very same time as it, each once in the
 * order given: with dates that carry no time of day (an archive), several outlets report a story "first" on one day,
 * and naming one of them would be an arbitrary pick.
 */
export function sameTimeOutlets(
  articles: readonly ReportingArticle[],
  first: { readonly outletId: string | null; readonly publishedAt: string },
): string[] {
  const time = Date.parse(first.publishedAt);
  const outlets = new Set<string>();
  for (const article of articles) {
    if (article.outletId === null || article.outletId === first.outletId) continue;
    if (Date.parse(article.publishedAt) === time) outlets.add(article.outletId);
  }
  return [...outlets];
}

/** First publication and last update of a story (ISO strings as given); undefined for no dated article. */
export function storySpan(
  articles: readonly { readonly publishedAt: string }[],
): { readonly firstPublishedAt: string; readonly lastUpdatedAt: string } | undefined {
  const dated = articles.filter((a) => Number.isFinite(Date.parse(a.publishedAt)));
  if (dated.length === 0) return undefined;
  const byTime = [...dated].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  return { firstPublishedAt: byTime[0]!.publishedAt, lastUpdatedAt: byTime.at(-1)!.publishedAt };
}
