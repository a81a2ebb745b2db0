import { Hono } from 'hono';
import type { WebDeps } from '../deps.ts';
import { HttpError } from '../http-error.ts';
import { parseId, parseIntParam } from '../params.ts';
import { storyDetailJson, storySummaryJson } from './serialize.ts';

/** GET /api/stories (newest first) and /api/stories/:id. */
export function storiesApi(deps: WebDeps): Hono {
  const api = new Hono();
  api.get('/', async (c) => {
    const limit = parseIntParam(c.req.query('limit'), 'limit', { min: 1, max: 200, fallback: 50 });
    const offset = parseIntParam(c.req.query('offset'), 'offset', { min: 0, max: 1_000_000, fallback: 0 });
    const stories = await deps.store.stories.list({ limit, offset, order: 'recent' });
    return c.json({ stories: stories.map(storySummaryJson), limit, offset });
  });
  api.get('/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'story');
    const story = await deps.store.stories.get(id);
    if (!story) throw new HttpError(404, `web: no story ${id}`);
    const [articles, explanations] = await Promise.all([
      deps.store.articles.listForStory(id),
      deps.store.stories.listExplanations(id),
    ]);
    return c.json(storyDetailJson(story, articles, (o) => deps.outlets.get(o), explanations));
  });
  return api;
}
