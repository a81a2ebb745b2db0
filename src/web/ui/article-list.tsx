import type { Child } from 'hono/jsx';
import { type Article, FACTUALITY_LABELS, type Outlet } from '../../domain/index.ts';
import { cleanBody } from '../../text/index.ts';
import { formatAgo, plural, sideName } from '../format.ts';
import { originalReason } from '../original-reason.ts';
import type { SideFilter } from '../params.ts';
import { OpinionLabel } from './opinion-label.tsx';
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

/** One entry of the list: an article and the syndicated copies of it that other outlets carried. */
export interface ArticleEntry {
  readonly article: Article;
  /** Copies of `article` (wire reprints), oldest first. */
  readonly copies: readonly Article[];
}

/**
 * Groups syndicated copies under the article they copy, so a wire story carried by many outlets is one entry. A
 * copy whose original is not in the list (hidden by the reader's preferences) stays an entry of its own.
 */
export function groupCopies(articles: readonly Article[]): ArticleEntry[] {
  const listed = new Map(articles.map((a) => [a.id, a]));
  // A copy's original is normally an article that is not itself a copy; follow the links anyway, guarding cycles.
  const rootOf = (a: Article): Article => {
    let root = a;
    const seen = new Set<number>();
    while (root.duplicateOf !== null && listed.has(root.duplicateOf) && !seen.has(root.id)) {
      seen.add(root.id);
      root = listed.get(root.duplicateOf)!;
    }
    return root;
  };
  const copies = new Map<number, Article[]>();
  const entries: Article[] = [];
  for (const a of articles) {
    const root = rootOf(a);
    if (root === a) entries.push(a);
    else if (copies.has(root.id)) copies.get(root.id)!.push(a);
    else copies.set(root.id, [a]);
  }
  const byTime = (a: Article, b: Article) => a.publishedAt.localeCompare(b.publishedAt) || a.id - b.id;
  return entries.map((article) => ({ article, copies: (copies.get(article.id) ?? []).sort(byTime) }));
}

/**
 * An entry as the filter for `side` shows it: unchanged when its article is on that side; led by its first copy on
 * that side when only a copy is (a Right outlet's reprint of a Lean Left wire story is what the Right published),
 * the article and the other copies listed under it; none when nothing of it is on that side.
 */
export function onSideEntry(
  entry: ArticleEntry,
  side: SideFilter,
  outletOf: (id: string) => Outlet | undefined,
): ArticleEntry[] {
  if (sideOf(entry.article, outletOf) === side) return [entry];
  const lead = entry.copies.find((c) => sideOf(c, outletOf) === side);
  if (!lead) return [];
  return [{ article: lead, copies: [entry.article, ...entry.copies.filter((c) => c !== lead)] }];
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
  const entries = groupCopies(articles);
  const filtered = side === 'all' ? entries : entries.flatMap((e) => onSideEntry(e, side, outletOf));
  const entryOf = new Map(filtered.map((e) => [e.article.id, e]));
  const shown = sortArticles(
    filtered.map((e) => e.article),
    sort,
    outletOf,
  ).map((a) => entryOf.get(a.id)!);
  const copyCount = articles.length - entries.length;
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
          Showing {plural(counts[side], `${sideName(side)} article`)} of {articles.length}.{' '}
          <a href={href('all')}>Show all</a>
        </p>
      )}
      {shown.length === 0 ? (
        <p class="empty">No {side === 'all' ? '' : `${sideName(side)} `}articles.</p>
      ) : (
        <>
          {copyCount > 0 && (
            <p class="muted copies-note">
              {plural(copyCount, 'syndicated copy', 'syndicated copies')} (the same text published again,
              mostly by another outlet) {copyCount === 1 ? 'is' : 'are'} listed with the article{' '}
              {copyCount === 1 ? 'it copies' : 'they copy'}.
            </p>
          )}
          <ol class="articles">
            {shown.map((e) => (
              <ArticleItem entry={e} outletOf={outletOf} now={now} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The article's language when it is not the page's (English), for the lang attribute and a visible note. */
/** The language of an article not in English (code and name), for `lang` attributes and "· in French". */
export function foreignLanguage(
  article: Pick<Article, 'language'>,
): { code: string; name: string } | undefined {
  const code = article.language?.toLowerCase();
  if (!code || code === 'en' || !/^[a-z]{2,3}$/.test(code)) return undefined;
  return { code, name: LANGUAGE_NAMES.of(code) ?? code };
}

/** A link out to an article, carrying what the reading log (static/reading.js) records of a click. */
function OutLink({
  article,
  outlet,
  children,
}: {
  article: Article;
  outlet: Outlet | undefined;
  children: Child;
}) {
  return (
    <a
      class="out"
      href={article.url}
      rel="noopener noreferrer nofollow"
      data-article-id={article.id}
      data-outlet-id={article.outletId ?? ''}
      data-outlet-name={outlet?.name ?? article.outletId ?? ''}
      data-side={outlet?.bias?.bucket ?? 'unrated'}
      data-factuality={outlet?.factuality?.label ?? ''}
    >
      {children}
    </a>
  );
}

function ArticleItem({
  entry,
  outletOf,
  now,
}: {
  entry: ArticleEntry;
  outletOf: (id: string) => Outlet | undefined;
  now: Date;
}) {
  const { article, copies } = entry;
  const outlet = article.outletId ? outletOf(article.outletId) : undefined;
  const side = outlet?.bias?.bucket ?? 'unrated';
  const foreign = foreignLanguage(article);
  // The lead without the page chrome scraped into it (NPR's image chrome, a video player's attribute): as it reads.
  const lead = article.lead ? cleanBody(article.lead) : '';
  return (
    <li id={`article-${article.id}`} class={`article side-${side}`} data-side={side}>
      <p class="source">
        <OutletBadge outlet={outlet} outletId={article.outletId} /> ·{' '}
        <time datetime={article.publishedAt}>{formatAgo(article.publishedAt, now)}</time>
        <OpinionLabel article={article} outlet={outlet} />
        {/* A copy listed first: its original is hidden by the reader's preferences, or on another side. */}
        {article.duplicateOf !== null && <> · syndicated copy</>}
        {foreign && <> · in {foreign.name}</>}
      </p>
      <h3 lang={foreign?.code}>
        <OutLink article={article} outlet={outlet}>
          {article.title}
        </OutLink>
      </h3>
      {lead && (
        <p class="lead-text" lang={foreign?.code}>
          {lead}
        </p>
      )}
      {copies.length > 0 && (
        <div class="carriers">
          <p>
            Same text also published {copies.length === 1 ? 'once more' : `${copies.length} more times`}, by{' '}
            {plural(new Set(copies.map((c) => c.outletId)).size, 'outlet')}:
          </p>
          <ul>
            {copies.map((copy) => {
              const carrier = copy.outletId ? outletOf(copy.outletId) : undefined;
              const name = carrier?.name ?? copy.outletId ?? 'an unknown outlet';
              return (
                <li id={`article-${copy.id}`} class={`carrier side-${sideOf(copy, outletOf)}`}>
                  <OutletBadge outlet={carrier} outletId={copy.outletId} /> ·{' '}
                  <time datetime={copy.publishedAt}>{formatAgo(copy.publishedAt, now)}</time> ·{' '}
                  <OutLink article={copy} outlet={carrier}>
                    {copy.title === article.title ? `Read at ${name}` : copy.title}
                  </OutLink>
                </li>
              );
            })}
          </ul>
          {article.duplicateOf === null && (
            <SourceReason
              original={article}
              name={
                (article.outletId && outletOf(article.outletId)?.name) || article.outletId || 'This article'
              }
              copies={copies}
            />
          )}
        </div>
      )}
    </li>
  );
}

/** Why the article is listed as the original of the copies under it. */
function SourceReason(props: { original: Article; name: string; copies: readonly Article[] }) {
  const reason = originalReason(props.original, props.copies);
  // Named, since the line follows the copies' list and "it" would read as the last copy.
  return reason ? (
    <p class="muted source-reason">
      {props.name} is listed as the original: {reason}.
    </p>
  ) : null;
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
