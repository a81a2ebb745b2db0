import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { apiRoutes } from './api/api-routes.ts';
import { ResponseCache } from './cache/response-cache.ts';
import { DEFAULT_BLINDSPOT, type WebDeps } from './deps.ts';
import { HttpError } from './http-error.ts';
import { memoize } from './memo.ts';
import { createOutletFilter } from './prefs/outlet-filter.ts';
import { PREFERENCES_COOKIE, parsePreferences, serializePreferences } from './prefs/preferences.ts';
import { preferencesFromQuery } from './prefs/query-preferences.ts';
import { renderHtml } from './respond.ts';
import { adminRoutes } from './routes/admin-routes.tsx';
import { blindspotRoutes } from './routes/blindspot-routes.tsx';
import { feedRoutes } from './routes/feed-routes.tsx';
import { frontRoutes } from './routes/front-routes.tsx';
import { infoRoutes } from './routes/info-routes.tsx';
import { searchRoutes } from './routes/search-routes.tsx';
import { settingsRoutes } from './routes/settings-routes.tsx';
import { sourceRoutes } from './routes/source-routes.tsx';
import { storyRoutes } from './routes/story-routes.tsx';
import { topicRoutes } from './routes/topic-routes.tsx';
import { securityHeaders } from './security-headers.ts';
import { faviconRedirect, staticFiles } from './static-files.ts';
import { ErrorPage } from './ui/error-page.tsx';
import type { AppContext, WebEnv } from './web-env.ts';

/** The Hono application: pages, JSON API, feeds and health check. Handlers throw HttpError; onError renders it. */
export function createApp(deps: WebDeps): Hono {
  const context: AppContext = {
    deps,
    cache: deps.options.cache === false ? undefined : new ResponseCache(deps.options.cacheEntries ?? 2000),
    blindspot: deps.options.blindspot ?? DEFAULT_BLINDSPOT,
    publishingOutlets: memoize(() => deps.store.browse.listPublishingOutlets(), 60_000),
  };
  const root = new Hono();
  const app = new Hono<WebEnv>();
  const isMachinePath = (path: string) => path.startsWith('/api/') || path.startsWith('/feeds/');

  root.use(securityHeaders());
  // Whether a route takes `method` on `path` (middleware, which every path passes through, does not count).
  const takes = (method: string, path: string) =>
    root.router.match(method, path)[0].some(([[, route]]) => route.method === method);
  // Preferences: the cookie on pages; query parameters on the API and feeds (whose clients send no cookies), read
  // only where they can apply (GET and HEAD on a path a route takes), so a bad one does not hide a 405, an OPTIONS
  // answer or the 404 of an unknown path.
  app.use(async (c, next) => {
    const reads = (c.req.method === 'GET' || c.req.method === 'HEAD') && takes('GET', c.req.path);
    const prefs = isMachinePath(c.req.path)
      ? preferencesFromQuery((name) => (reads ? c.req.query(name) : undefined))
      : parsePreferences(getCookie(c, PREFERENCES_COOKIE));
    c.set('prefs', prefs);
    c.set('prefsKey', serializePreferences(prefs));
    c.set('filter', createOutletFilter(prefs, deps.outlets));
    await next();
  });

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/static', staticFiles());
  app.route('/', faviconRedirect());
  app.route('/api', apiRoutes(context));
  app.route('/feeds', feedRoutes(context));
  app.route('/stories', storyRoutes(context));
  app.route('/blindspots', blindspotRoutes(context));
  app.route('/sources', sourceRoutes(context));
  app.route('/search', searchRoutes(context));
  app.route('/topics', topicRoutes(context));
  app.route('/settings', settingsRoutes(context));
  app.route('/admin', adminRoutes(context));
  app.route('/', infoRoutes(context));
  app.route('/', frontRoutes(context));

  const onError = async (error: Error, c: Context) => {
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500)
      deps.logger.error('web: request failed', { path: c.req.path, error: String(error?.stack ?? error) });
    const message = status === 500 ? 'Something went wrong on our side.' : error.message;
    if (isMachinePath(c.req.path)) return c.json({ error: { status, message } }, status);
    return c.html(await renderHtml(<ErrorPage status={status} message={message} />), status);
  };
  app.onError(onError);
  root.onError(onError);
  root.route('/', app);
  // A method no route takes on a path that exists: 405 with the methods it takes (OPTIONS: 204 and those methods).
  // A path only POST takes (a story's feedback) exists too; a GET that a route took and found nothing is a 404.
  const allowedMethods = (path: string): string[] => [
    ...(takes('GET', path) ? ['GET', 'HEAD'] : []),
    ...(takes('POST', path) ? ['POST'] : []),
  ];
  root.notFound(async (c) => {
    const allow = allowedMethods(c.req.path);
    if (allow.length > 0 && !allow.includes(c.req.method)) {
      c.header('Allow', allow.join(', '));
      if (c.req.method === 'OPTIONS') return c.body(null, 204);
      const message = `web: ${c.req.method} is not allowed on ${c.req.path}; it takes ${allow.join(', ')}`;
      if (isMachinePath(c.req.path)) return c.json({ error: { status: 405, message } }, 405);
      return c.html(await renderHtml(<ErrorPage status={405} message={message} />), 405);
    }
    if (isMachinePath(c.req.path) || c.req.path === '/api')
      return c.json({ error: { status: 404, message: `web: no route ${c.req.path}` } }, 404);
    return c.html(await renderHtml(<ErrorPage status={404} message={`Nothing at ${c.req.path}.`} />), 404);
  });
  return root;
}
