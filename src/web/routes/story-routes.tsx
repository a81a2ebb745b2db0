import { Hono } from 'hono';
import { computeTimeline, renderTimelineSvg } from '../../coverage/index.ts';
import { HttpError } from '../http-error.ts';
import { parseChoice, parseId, SIDE_FILTERS } from '../params.ts';
import { loadStoryDetail } from '../load-story-detail.ts';
import { sendPage } from '../respond.ts';
import { ARTICLE_SORTS } from '../ui/article-list.tsx';
import { StoryPage } from '../ui/story-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

/** GET /stories/:id?side=&sort=: the story page, cached by story version, side, sort and preferences. */
export function storyRoutes(app: AppContext): Hono<WebEnv> {
  const { store, outlets, clock } = app.deps;
  const outletOf = (id: string) => outlets.get(id);
  const routes = new Hono<WebEnv>();
  routes.get('/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'story');
    const side = parseChoice(c.req.query('side'), 'side', ['all', ...SIDE_FILTERS], 'all');
    const sort = parseChoice(c.req.query('sort'), 'sort', ARTICLE_SORTS, 'oldest');
    const version = await store.browse.storyVersion(id);
    if (version === undefined) throw new HttpError(404, `web: no story ${id}`);
    return sendPage(c, app, ['story', id, version, side, sort], async () => {
      const { view, articles, shown, explanations, storyTitles } = await loadStoryDetail(c, app, id);
      const topics = await store.topics.ofStory(id);
      const timeline = computeTimeline(
        shown.map((a) => ({
          publishedAt: a.publishedAt,
          side: (a.outletId && outletOf(a.outletId)?.bias?.bucket) || null,
        })),
      );
      // Drawn for a column 640 px wide or more, and 300 units wide for a phone's: the page shows the one whose text
      // (11 units) is drawn at 11 px or more (style.css).
      const drawTimeline = (width: number, idPrefix: string) =>
        renderTimelineSvg(timeline, { width, idPrefix, title: 'Articles over time by side' });
      return (
        <StoryPage
          view={view}
          articles={articles}
          shown={shown}
          explanations={explanations}
          storyTitles={storyTitles}
          topics={topics}
          outletOf={outletOf}
          now={clock()}
          side={side}
          sort={sort}
          timelineSvg={
            timeline.total >= 2
              ? {
                  wide: drawTimeline(640, `timeline-${id}`),
                  narrow: drawTimeline(300, `timeline-${id}-narrow`),
                }
              : undefined
          }
          prefs={c.get('prefs')}
        />
      );
    });
  });
  return routes;
}
