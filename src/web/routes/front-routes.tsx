import { Hono } from 'hono';
import type { Story } from '../../domain/index.ts';
import { formatTime } from '../format.ts';
import { parsePageNumber } from '../paginate.ts';
import { SHOW_ALL } from '../prefs/outlet-filter.ts';
import { type StoryView, viewStories } from '../prefs/view-stories.ts';
import { sendPage } from '../respond.ts';
import { probeStories, type StoryProbe } from '../story-probe.ts';
import { StoryListPage } from '../ui/story-list-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

const DAY_MS = 86_400_000;
const TOP = 60;
const PER_PAGE = 30;

/** The candidates for the top stories: the stories of the latest days, most outlets first. */
export function probeTopStories(app: AppContext, filter = SHOW_ALL): Promise<StoryProbe> {
  const now = app.deps.clock();
  const since = new Date(now.getTime() - app.deps.options.frontPageDays * DAY_MS).toISOString();
  // Preferences may hide whole stories: fetch more, then rank by what the reader sees.
  return probeStories(app.deps.store, {
    since,
    limit: filter === SHOW_ALL ? TOP : TOP * 2,
    order: 'breadth',
  });
}

/** The top stories as the reader sees them, ranked by the breadth they see. */
export async function viewTopStories(
  app: AppContext,
  stories: readonly Story[],
  filter = SHOW_ALL,
): Promise<StoryView[]> {
  const views = await viewStories(stories, { ...app.deps, filter, blindspot: app.blindspot });
  return rankByBreadth(views).slice(0, TOP);
}

/** Most outlets first, then most articles, then the most recently updated (a stable sort keeps the rest). */
export function rankByBreadth(views: readonly StoryView[]): StoryView[] {
  return [...views].sort(
    (a, b) =>
      b.coverage.outlets - a.coverage.outlets ||
      b.coverage.articles - a.coverage.articles ||
      b.story.updatedAt.localeCompare(a.story.updatedAt),
  );
}

/** GET / (top stories) and GET /latest (newest first, paged). */
export function frontRoutes(app: AppContext): Hono<WebEnv> {
  const { store, clock, options } = app.deps;
  const routes = new Hono<WebEnv>();
  routes.get('/', async (c) => {
    const filter = c.get('filter');
    const probe = await probeTopStories(app, filter);
    const now = clock();
    return sendPage(c, app, ['top', probe.key], async () => (
      <StoryListPage
        title="Parallax"
        heading="Top stories"
        description="Every news story from every side: who covered it, and how they lean."
        current="top"
        intro={
          <p class="muted">
            The stories of the {options.frontPageDays} days up to {formatTime(now.toISOString())}, most
            outlets first. Each bar shows how the covering outlets lean.
          </p>
        }
        views={await viewTopStories(app, await probe.load(), filter)}
        now={now}
        empty="No stories in these days yet."
        prefs={c.get('prefs')}
        feed={{ title: 'Parallax: top stories', path: '/feeds/top', label: 'the top stories' }}
      />
    ));
  });
  routes.get('/latest', async (c) => {
    const { page, limit, offset } = parsePageNumber(c.req.query('page'), PER_PAGE);
    const probe = await probeStories(store, { limit: limit + 1, offset, order: 'recent' });
    return sendPage(c, app, ['latest', page, probe.key], async () => (
      <StoryListPage
        title="Latest stories"
        description="The most recently updated stories."
        current="latest"
        intro={<p class="muted">Stories by their latest article, newest first.</p>}
        views={
          await viewStories(await probe.load(limit), {
            ...app.deps,
            filter: c.get('filter'),
            blindspot: app.blindspot,
          })
        }
        now={clock()}
        empty="No stories yet."
        prefs={c.get('prefs')}
        feed={{ title: 'Parallax: latest stories', path: '/feeds/latest', label: 'the latest stories' }}
        pager={{
          page,
          hasMore: probe.versions.length > limit,
          href: (p) => (p === 1 ? '/latest' : `/latest?page=${p}`),
        }}
      />
    ));
  });
  return routes;
}
