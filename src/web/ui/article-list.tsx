import { type Article, FACTUALITY_LABELS, type Outlet } from '../../domain/index.ts';
import { formatAgo, plural, sideName } from '../format.ts';
import type { SideFilter } from '../params.ts';
import { OutletBadge } from './outlet-badge.tsx';

/** Orders of a story's article list. */
export const ARTICLE_SORTS = ['oldest', 'newest', 'outlet', 'bias', 'factuality'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

const SORT_NAMES: Readonly<Record<ArticleSort, string>> = {
  oldest: 'Oldest first',
  newest: 'Newest first',
  outlet: 'Outlet A–Z',
  bias: 'Bias, Left to Right',
  factuality: 'Factuality, highest first',
};

export interface ArticleListProps {
  readonly storyId: number;
  /** Every article the reader's preferences show (before the side filter). */
  readonly articles: readonly Article[];
  readonly outletOf: (id: string) => Outlet | undefined;
  readonly side: SideFilter | 'all';
  readonly sort: ArticleSort;
  readonly now: Date;
}

/** The side of an article's outlet, or "unrated". */
export function sideOf(article: Article, outletOf: (id: string) => Outlet | undefined): SideFilter {
  return (article.outletId && outletOf(article.outletId)?.bias?.bucket) || 'unrated';
}

/**
 * The articles of a story, filterable by side and sortable: plain links and a GET form, so both work without
 * JavaScript; the current filter is marked with aria-current.
 */
export function ArticleList({ storyId, articles, outletOf, side, sort, now }: ArticleListProps) {
  const counts = { all: articles.length, left: 0, center: 0, right: 0, unrated: 0 };
  for (const a of articles) counts[sideOf(a, outletOf)] += 1;
  const shown = sortArticles(
    side === 'all' ? articles : articles.filter((a) => sideOf(a, outletOf) === side),
    sort,
    outletOf,
  );
  const href = (s: string) => {
    const params = new URLSearchParams();
    if (s !== 'all') params.set('side', s);
    if (sort !== 'oldest') params.set('sort', sort);
    const query = params.toString();
    return `/stories/${storyId}${query ? `?${query}` : ''}#articles`;
  };
  return (
    <section class="article-list" aria-labelledby="articles">
      <nav class="side-filter" aria-label="Filter articles by side">
        <ul>
          {(['all', 'left', 'center', 'right', 'unrated'] as const).map((s) => (
            <li>
              <a href={href(s)} class={`filter ${s}`} aria-current={s === side ? 'true' : undefined}>
                {s === 'all' ? 'All' : sideName(s)} <span class="count">({counts[s]})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form class="sort" method="get" action={`/stories/${storyId}#articles`}>
        {side !== 'all' && <input type="hidden" name="side" value={side} />}
        <label for="sort">Sort</label>{' '}
        <select id="sort" name="sort">
          {ARTICLE_SORTS.map((s) => (
            <option value={s} selected={s === sort}>
              {SORT_NAMES[s]}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Apply</button>
      </form>
      {side !== 'all' && (
        <p class="muted" role="status">
          Showing {plural(shown.length, `${sideName(side)} article`)} of {articles.length}.{' '}
          <a href={href('all')}>Show all</a>
        </p>
      )}
      {shown.length === 0 ? (
        <p class="empty">No {side === 'all' ? '' : `${sideName(side)} `}articles.</p>
      ) : (
        <ol class="articles">
          {shown.map((a) => (
            <ArticleItem article={a} outlet={a.outletId ? outletOf(a.outletId) : undefined} now={now} />
          ))}
        </ol>
      )}
    </section>
  );
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The article's language when it is not the page's (English), for the lang attribute and a visible note. */
function foreignLanguage(article: Article): { code: string; name: string } | undefined {
  const code = article.language?.toLowerCase();
  if (!code || code === 'en' || !/^[a-z]{2,3}$/.test(code)) return undefined;
  return { code, name: LANGUAGE_NAMES.of(code) ?? code };
}

function ArticleItem({ article, outlet, now }: { article: Article; outlet: Outlet | undefined; now: Date }) {
  const side = outlet?.bias?.bucket ?? 'unrated';
  const foreign = foreignLanguage(article);
  return (
    <li id={`article-${article.id}`} class={`article side-${side}`} data-side={side}>
      <p class="source">
        <OutletBadge outlet={outlet} outletId={article.outletId} /> ·{' '}
        <time datetime={article.publishedAt}>{formatAgo(article.publishedAt, now)}</time>
        {article.duplicateOf !== null && (
          <>
            {' '}
            · <a href={`#article-${article.duplicateOf}`}>syndicated copy</a>
          </>
        )}
        {foreign && <> · in {foreign.name}</>}
      </p>
      <h3 lang={foreign?.code}>
        <a
          class="out"
          href={article.url}
          rel="noopener noreferrer nofollow"
          data-article-id={article.id}
          data-outlet-id={article.outletId ?? ''}
          data-outlet-name={outlet?.name ?? article.outletId ?? ''}
          data-side={side}
          data-factuality={outlet?.factuality?.label ?? ''}
        >
          {article.title}
        </a>
      </h3>
      {article.lead && (
        <p class="lead-text" lang={foreign?.code}>
          {article.lead}
        </p>
      )}
    </li>
  );
}

const SIDE_ORDER: Readonly<Record<SideFilter, number>> = { left: 0, center: 1, right: 2, unrated: 3 };

function sortArticles(
  articles: readonly Article[],
  sort: ArticleSort,
  outletOf: (id: string) => Outlet | undefined,
): Article[] {
  const byTime = (a: Article, b: Article) => a.publishedAt.localeCompare(b.publishedAt) || a.id - b.id;
  const outlet = (a: Article) => (a.outletId ? outletOf(a.outletId) : undefined);
  const list = [...articles];
  switch (sort) {
    case 'newest':
      return list.sort((a, b) => byTime(b, a));
    case 'outlet':
      return list.sort(
        (a, b) =>
          (outlet(a)?.name ?? a.outletId ?? '~').localeCompare(outlet(b)?.name ?? b.outletId ?? '~') ||
          byTime(a, b),
      );
    case 'bias':
      return list.sort(
        (a, b) =>
          (outlet(a)?.bias?.score ?? 99) - (outlet(b)?.bias?.score ?? 99) ||
          SIDE_ORDER[sideOf(a, outletOf)] - SIDE_ORDER[sideOf(b, outletOf)] ||
          byTime(a, b),
      );
    case 'factuality': {
      const rank = (a: Article) => {
        const label = outlet(a)?.factuality?.label;
        return label ? FACTUALITY_LABELS.indexOf(label) : FACTUALITY_LABELS.length;
      };
      return list.sort((a, b) => rank(a) - rank(b) || byTime(a, b));
    }
    default:
      return list.sort(byTime);
  }
}
