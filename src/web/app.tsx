import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { storiesApi } from './api/stories.ts';
import type { WebDeps } from './deps.ts';
import { HttpError } from './http-error.ts';
import { parseId } from './params.ts';
import { ErrorPage } from './ui/error-page.tsx';
import { FrontPage } from './ui/front-page.tsx';
import { StoryPage } from './ui/story-page.tsx';

const STYLE = readFileSync(join(import.meta.dirname, 'static', 'style.css'), 'utf8');
const DAY_MS = 86_400_000;
const DOCTYPE = '<!DOCTYPE html>';

/** The Hono application: pages, JSON API and health check. Handlers throw HttpError; onError renders it. */
export function createApp(deps: WebDeps): Hono {
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/static/style.css', (c) =>
    c.body(STYLE, 200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    }),
  );
  app.route('/api/stories', storiesApi(deps));

  app.get('/', async (c) => {
    const now = deps.clock();
    const since = new Date(now.getTime() - deps.options.frontPageDays * DAY_MS).toISOString();
    const stories = await deps.store.stories.list({ since, limit: 60, order: 'breadth' });
    return c.html(DOCTYPE + <FrontPage stories={stories} now={now} days={deps.options.frontPageDays} />);
  });

  app.get('/stories/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'story');
    const story = await deps.store.stories.get(id);
    if (!story) throw new HttpError(404, `No story ${id}.`);
    const [articles, explanations] = await Promise.all([
      deps.store.articles.listForStory(id),
      deps.store.stories.listExplanations(id),
    ]);
    return c.html(
      DOCTYPE +
      (
        <StoryPage
          story={story}
          articles={articles}
          explanations={explanations}
          outletOf={(o) => deps.outlets.get(o)}
          now={deps.clock()}
        />
      ),
    );
  });

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/'))
      return c.json({ error: { status: 404, message: `no route ${c.req.path}` } }, 404);
    return c.html(DOCTYPE + <ErrorPage status={404} message={`Nothing at ${c.req.path}.`} />, 404);
  });

  app.onError((error, c) => {
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500)
      deps.logger.error('web: request failed', { path: c.req.path, error: String(error?.stack ?? error) });
    const message = status === 500 ? 'Something went wrong on our side.' : error.message;
    if (c.req.path.startsWith('/api/')) return c.json({ error: { status, message } }, status);
    return c.html(DOCTYPE + <ErrorPage status={status} message={message} />, status);
  });

  return app;
}
