import { compareText } from '../compare-text.ts';

/** One article that carries its outlet's rating (AllSides labels in article_bias_prediction and roundups). */
export interface ArticleRating {
  readonly url: string;
  /** The source name AllSides shows with the article (an outlet, a section, or an author). */
  readonly sourceName: string;
  readonly value: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The page that shows the rating (an AllSides story), when there is one. */
  readonly link?: string;
}

/** The rating a set of articles gives one outlet: the value most of them carry. */
export interface OutletArticleRating {
  readonly value: string;
  /** Date of the latest article with that value. */
  readonly asOf: string;
  readonly link?: string;
  readonly count: number;
  readonly total: number;
  readonly first: string;
  readonly last: string;
  /** Source names that carry at least a fifth of the outlet's articles, most frequent first. */
  readonly names: readonly string[];
}

// Names that rate a column or a guest, not the outlet that printed it.
const NOT_THE_OUTLET = /guest writer|opinion|editorial|op-ed|\bcolumn/i;

/**
 * Gives each outlet the rating most of its articles carry. An article counts for the outlet its URL resolves to
 * only when its source name is not a column or guest label and is not the name of another outlet (AllSides
 * files an AP story on washingtontimes.com under "Associated Press").
 */
export function aggregateArticleRatings(
  articles: Iterable<ArticleRating>,
  outletOfUrl: (url: string) => string | undefined,
  outletOfName: (name: string) => string | undefined,
): Map<string, OutletArticleRating> {
  const groups = new Map<string, ArticleRating[]>();
  for (const article of articles) {
    const outlet = outletOfUrl(article.url);
    if (!outlet || NOT_THE_OUTLET.test(article.sourceName)) continue;
    const named = outletOfName(article.sourceName);
    if (named !== undefined && named !== outlet) continue;
    const group = groups.get(outlet);
    if (group) group.push(article);
    else groups.set(outlet, [article]);
  }
  const out = new Map<string, OutletArticleRating>();
  for (const [outlet, group] of groups) out.set(outlet, summarize(group));
  return out;
}

function summarize(group: readonly ArticleRating[]): OutletArticleRating {
  const byValue = new Map<string, ArticleRating[]>();
  for (const a of group) {
    const list = byValue.get(a.value);
    if (list) list.push(a);
    else byValue.set(a.value, [a]);
  }
  const latest = (list: readonly ArticleRating[]) =>
    list.reduce((best, a) => (a.date > best.date ? a : best));
  const [value, carriers] = [...byValue].sort(
    (a, b) => b[1].length - a[1].length || compareText(latest(b[1]).date, latest(a[1]).date),
  )[0]!;
  const newest = latest(carriers);
  const dates = group.map((a) => a.date).sort();
  const nameCounts = new Map<string, number>();
  for (const a of group) nameCounts.set(a.sourceName, (nameCounts.get(a.sourceName) ?? 0) + 1);
  return {
    value,
    asOf: newest.date,
    ...(newest.link ? { link: newest.link } : {}),
    count: carriers.length,
    total: group.length,
    first: dates[0]!,
    last: dates.at(-1)!,
    names: [...nameCounts]
      .filter(([, n]) => n >= group.length / 5)
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .map(([n]) => n),
  };
}
