import { Hono } from 'hono';
import { HttpError } from '../http-error.ts';
import { parsePageNumber } from '../paginate.ts';
import { parseSlug } from '../params.ts';
import { viewStories } from '../prefs/view-stories.ts';
import { sendPage, versionsOf } from '../respond.ts';
import { TopicPage } from '../ui/topic-page.tsx';
import { TopicsPage } from '../ui/topics-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

const DAY_MS = 86_400_000;
/** Days counted back from "now" for "recurring lately". */
export const RECENT_TOPIC_DAYS = 30;
const PER_PAGE = 20;

/** GET /topics (recurring people, places and organisations) and /topics/:slug (the stories naming one). */
export function topicRoutes(app: AppContext): Hono<WebEnv> {
  const { store, clock } = app.deps;
  const routes = new Hono<WebEnv>();
  routes.get('/', async (c) => {
    const since = new Date(clock().getTime() - RECENT_TOPIC_DAYS * DAY_MS).toISOString();
    const [recent, overall] = await Promise.all([
      store.topics.list({ since, limit: 60 }),
      store.topics.list({ limit: 60 }),
    ]);
    const key = [
      'topics',
      since,
      ...[...recent, ...overall].map((t) => `${t.slug}.${t.stories}.${t.latestAt}`),
    ];
    return sendPage(c, app, key, () => (
      <TopicsPage recent={recent} overall={overall} days={RECENT_TOPIC_DAYS} prefs={c.get('prefs')} />
    ));
  });
  routes.get('/:slug', async (c) => {
    const slug = parseSlug(c.req.param('slug'));
    const { page, limit, offset } = parsePageNumber(c.req.query('page'), PER_PAGE);
    const topic = await store.topics.get(slug);
    if (!topic) throw new HttpError(404, `web: no topic "${slug}"`);
    const [stories, related] = await Promise.all([
      store.topics.listStories(slug, { limit: limit + 1, offset }),
      store.topics.listRelated(slug, 12),
    ]);
    const key = [
      'topic',
      slug,
      page,
      topic.stories,
      versionsOf(stories),
      related.map((t) => `${t.slug}.${t.stories}`).join(','),
    ];
    return sendPage(c, app, key, async () => (
      <TopicPage
        topic={topic}
        related={related}
        views={
          await viewStories(stories.slice(0, limit), {
            ...app.deps,
            filter: c.get('filter'),
            blindspot: app.blindspot,
          })
        }
        now={clock()}
        prefs={c.get('prefs')}
        pager={{
          page,
          hasMore: stories.length > limit,
          href: (p) => `/topics/${encodeURIComponent(slug)}${p === 1 ? '' : `?page=${p}`}`,
        }}
      />
    ));
  });
  return routes;
}
