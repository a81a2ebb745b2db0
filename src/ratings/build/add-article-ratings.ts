import { locateUrl, siteOfUrl } from '../locate-url.ts';
import {
  type ArticleRating,
  aggregateArticleRatings,
  type OutletArticleRating,
} from './aggregate-article-ratings.ts';
import { type DatasetInfo, entryOf } from './dataset-info.ts';
import type { RegistryBuilder } from './registry-builder.ts';

/** One data set of articles that carry their outlet's AllSides rating. */
export interface ArticleRatingSet {
  readonly articles: Iterable<ArticleRating>;
  readonly info: DatasetInfo;
  readonly describe: (rating: OutletArticleRating) => string;
}

// Sites where the rating of a channel or author must not become the platform's.
// allsides.com is here too: its /news pages frame other outlets' articles.
const PLATFORMS = [
  'allsides.com',
  'facebook.com',
  'google.com',
  'medium.com',
  'substack.com',
  'twitter.com',
  'x.com',
  'youtube.com',
];

function isPlatform(host: string): boolean {
  return PLATFORMS.some((p) => host === p || host.endsWith(`.${p}`));
}

/**
 * Gives outlets the AllSides rating their articles carry, resolving each article URL like any article; a host no
 * outlet has becomes an outlet (at its registered domain), unless it is a platform.
 */
export function addArticleRatings(builder: RegistryBuilder, set: ArticleRatingSet, notes: string[]): void {
  const index = builder.index();
  const outletOfUrl = (url: string): string | undefined => {
    const location = locateUrl(url);
    if (!location || isPlatform(location.host)) return undefined;
    const id = index.matchUrl(url);
    if (id) return id;
    return `new:${siteOfUrl(url)}`;
  };
  const articles = [...set.articles];
  const learned = learnDomains(builder, articles, outletOfUrl, (name) => index.matchName(name));
  // Learned domains change what URLs resolve to: match again over the grown registry.
  const grown = learned > 0 ? builder.index() : index;
  const resolve = (url: string) => {
    const location = locateUrl(url);
    if (!location || isPlatform(location.host)) return undefined;
    return grown.matchUrl(url) ?? `new:${siteOfUrl(url)}`;
  };
  const ratings = aggregateArticleRatings(articles, resolve, (name) => grown.matchName(name));
  let added = 0;
  for (const [key, rating] of ratings) {
    let draft = key.startsWith('new:') ? builder.findByDomain(key.slice(4)) : builder.get(key);
    if (!draft) {
      draft = builder.add(key.slice(4), undefined);
      added += 1;
    }
    for (const name of rating.names) builder.addName(draft, name);
    builder.attach(draft, {
      ...entryOf(set.info, { bias: rating.value, note: set.describe(rating) }),
      asOf: rating.asOf,
      ...(rating.link ? { source: rating.link } : {}),
    });
  }
  notes.push(
    `${set.info.dataset}: ratings for ${ratings.size} outlets, ${added} of them new to the registry; ` +
      `${learned} domains learned from the outlet names articles carry`,
  );
}

/**
 * A host no outlet has, whose articles AllSides files under a known outlet's name, is that outlet's domain
 * (ijr.org under "Independent Journal Review", thisisinsider.com under "Business Insider"): the articles
 * declare their origin. Returns how many domains were added.
 */
function learnDomains(
  builder: RegistryBuilder,
  articles: readonly ArticleRating[],
  outletOfUrl: (url: string) => string | undefined,
  outletOfName: (name: string) => string | undefined,
): number {
  const votes = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const key = outletOfUrl(article.url);
    const named = key?.startsWith('new:') ? outletOfName(article.sourceName) : undefined;
    if (!key || !named) continue;
    const tally = votes.get(key) ?? new Map<string, number>();
    tally.set(named, (tally.get(named) ?? 0) + 1);
    votes.set(key, tally);
  }
  let learned = 0;
  for (const [key, tally] of votes) {
    const [id] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    const draft = builder.get(id);
    if (draft && builder.addDomain(draft, key.slice(4))) learned += 1;
  }
  return learned;
}
