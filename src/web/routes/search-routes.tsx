import { Hono } from 'hono';
import type { ArticleHit, SearchResult, StoryHit } from '../../store/index.ts';
import { parsePageNumber, withQuery } from '../paginate.ts';
import { parseChoice, parseSearchText } from '../params.ts';
import { type SearchExclusions, searchExclusions } from '../prefs/excluded-outlets.ts';
import { viewStories } from '../prefs/view-stories.ts';
import { sendPage } from '../respond.ts';
import { SearchPage } from '../ui/search-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

export const SEARCH_TYPES = ['all', 'stories', 'articles'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const PREVIEW = { stories: 5, articles: 10 };
const PER_PAGE = 20;

/** Both searches of one page: a preview of each for "all", a page of one otherwise. */
export async function runSearch(
  app: AppContext,
  text: string,
  type: SearchType,
  page: { limit: number; offset: number },
  shown: SearchExclusions,
): Promise<{ stories: SearchResult<StoryHit>; articles: SearchResult<ArticleHit> }> {
  const empty = { total: 0, hits: [] };
  if (text === '') return { stories: empty, articles: empty };
  const search = app.deps.store.search;
  const [stories, articles] = await Promise.all([
    type === 'articles'
      ? search.searchStories({ text, limit: 1, ...shown }).then((r) => ({ total: r.total, hits: [] }))
      : search.searchStories({
          text,
          ...shown,
          ...(type === 'all' ? { limit: PREVIEW.stories, offset: 0 } : page),
        }),
    type === 'stories'
      ? search.searchArticles({ text, limit: 1, ...shown }).then((r) => ({ total: r.total, hits: [] }))
      : search.searchArticles({
          text,
          ...shown,
          ...(type === 'all' ? { limit: PREVIEW.articles, offset: 0 } : page),
        }),
  ]);
  return { stories, articles };
}

/** GET /search?q=&type=&page=: full text over stories and articles, matches highlighted. */
export function searchRoutes(app: AppContext): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  routes.get('/', async (c) => {
    const text = parseSearchText(c.req.query('q'));
    const type = parseChoice(c.req.query('type'), 'type', SEARCH_TYPES, 'all');
    const { page, limit, offset } = parsePageNumber(c.req.query('page'), PER_PAGE);
    const filter = c.get('filter');
    const shown = searchExclusions(c.get('prefs'), filter, await app.publishingOutlets());
    const result = await runSearch(app, text, type, { limit, offset }, shown);
    const storyViews = await viewStories(
      result.stories.hits.map((h) => h.story),
      { ...app.deps, filter, blindspot: app.blindspot },
    );
    const key = [
      'search',
      text,
      type,
      page,
      result.stories.total,
      result.articles.total,
      result.stories.hits.map((h) => `${h.story.id}.${h.story.version}`).join(','),
      result.articles.hits.map((h) => `${h.article.id}.${h.article.storyId}`).join(','),
    ];
    return sendPage(c, app, key, () => (
      <SearchPage
        text={text}
        type={type}
        page={page}
        perPage={limit}
        stories={result.stories}
        storyViews={storyViews}
        articles={{
          total: result.articles.total,
          hits: result.articles.hits.filter((h) => filter(h.article.outletId)),
        }}
        outletOf={(id) => app.deps.outlets.get(id)}
        now={app.deps.clock()}
        prefs={c.get('prefs')}
        href={(changes) => withQuery(c.req.url, changes)}
      />
    ));
  });
  return routes;
}
