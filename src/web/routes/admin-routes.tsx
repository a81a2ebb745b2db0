import { Hono } from 'hono';
import { DEFAULT_CONFIG } from '../../config/index.ts';
import { renderHtml } from '../respond.ts';
import { AdminFeedsPage } from '../ui/admin-feeds-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

/**
 * GET /admin/feeds: the health of every subscribed feed, read-only. Never cached (health changes with every poll)
 * and kept out of search engines; it shows feed URLs and fetch errors, nothing private.
 */
export function adminRoutes(
  app: AppContext,
  options: { readonly feedErrorLimit?: number } = {},
): Hono<WebEnv> {
  const { store, outlets, clock } = app.deps;
  const errorLimit = options.feedErrorLimit ?? DEFAULT_CONFIG.schedule.feedErrorLimit;
  const routes = new Hono<WebEnv>();
  routes.get('/feeds', async (c) => {
    const feeds = await store.feeds.list();
    const page = (
      <AdminFeedsPage
        feeds={feeds}
        outlets={outlets}
        errorLimit={errorLimit}
        now={clock()}
        prefs={c.get('prefs')}
      />
    );
    return c.html(await renderHtml(page), 200, { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
  });
  return routes;
}
