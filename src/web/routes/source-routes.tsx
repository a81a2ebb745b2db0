import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { HttpError } from '../http-error.ts';
import { parsePageNumber } from '../paginate.ts';
import { parseOutletId } from '../params.ts';
import { plainView } from '../prefs/view-stories.ts';
import { sendPage, versionsOf } from '../respond.ts';
import { SourcePage } from '../ui/source-page.tsx';
import { SourcesPage } from '../ui/sources-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

const PER_PAGE = 20;

/** A short fingerprint of a value (an outlet record, the outlet list) for cache keys. */
export function fingerprint(value: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify(value) ?? '')
    .digest('base64url')
    .slice(0, 16);
}

/** GET /sources (every outlet that published, with its ratings) and /sources/:id (one outlet and its raters). */
export function sourceRoutes(app: AppContext): Hono<WebEnv> {
  const { store, outlets, clock } = app.deps;
  const routes = new Hono<WebEnv>();
  routes.get('/', async (c) => {
    const publishing = await app.publishingOutlets();
    return sendPage(c, app, ['sources', fingerprint(publishing)], () => (
      <SourcesPage
        rows={publishing.map((p) => ({ ...p, outlet: outlets.get(p.outletId) }))}
        prefs={c.get('prefs')}
      />
    ));
  });
  routes.get('/:id', async (c) => {
    const id = parseOutletId(c.req.param('id'));
    const { page, limit, offset } = parsePageNumber(c.req.query('page'), PER_PAGE);
    const outlet = outlets.get(id);
    const [counts, stories] = await Promise.all([
      store.browse.describeOutlet(id),
      store.browse.listStoriesOfOutlet(id, { limit: limit + 1, offset }),
    ]);
    if (!outlet && counts.articles === 0) throw new HttpError(404, `web: no outlet "${id}"`);
    const key = [
      'source',
      id,
      page,
      fingerprint(outlet ?? null),
      counts.articles,
      counts.latestAt ?? '',
      versionsOf(stories),
    ];
    const href = (p: number) => `/sources/${encodeURIComponent(id)}${p === 1 ? '' : `?page=${p}`}`;
    return sendPage(c, app, key, () => (
      <SourcePage
        id={id}
        outlet={outlet}
        counts={counts}
        views={stories.slice(0, limit).map(plainView)}
        now={clock()}
        prefs={c.get('prefs')}
        // Back to the page the reader was on, page number included.
        returnTo={href(page)}
        pager={{ page, hasMore: stories.length > limit, href }}
      />
    ));
  });
  return routes;
}
