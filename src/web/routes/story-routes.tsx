import { Hono } from 'hono';
import { computeTimeline, renderTimelineSvg } from '../../coverage/index.ts';
import { isFeedbackVerdict } from '../../domain/index.ts';
import { checkSameOrigin } from '../check-same-origin.ts';
import { HttpError } from '../http-error.ts';
import { parseChoice, parseId, SIDE_FILTERS } from '../params.ts';
import { loadStoryDetail } from '../load-story-detail.ts';
import { formBodyLimit, readForm } from '../read-form.ts';
import { recordFeedback } from '../record-feedback.ts';
import { sendPage } from '../respond.ts';
import { ARTICLE_SORTS } from '../ui/article-list.tsx';
import { StoryPage } from '../ui/story-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';

/**
 * GET /stories/:id?side=&sort=: the story page, cached by story version, readers' flags, side, sort and preferences;
 * POST /stories/:id/feedback (article_id, verdict): a reader flags an article as not belonging to the story.
 */
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
    // A flag raises the story's version, so the key holds the flags too. Only an article readers flagged is
    // thanked: any other value would only add entries to the cache (the counts are read for it alone).
    const flagged = c.req.query('flagged');
    const flaggedCounts = flagged === undefined ? undefined : await store.feedback.countByArticle(id);
    const flaggedId = flaggedCounts?.has(Number(flagged)) ? Number(flagged) : undefined;
    const key = ['story', id, version, flaggedId ?? '', side, sort];
    return sendPage(c, app, key, async () => {
      const readerFlags = flaggedCounts ?? (await store.feedback.countByArticle(id));
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
          readerFlags={readerFlags}
          flaggedId={flaggedId}
        />
      );
    });
  });
  routes.post('/:id/feedback', formBodyLimit(), async (c) => {
    checkSameOrigin(c);
    const id = parseId(c.req.param('id'), 'story');
    const form = await readForm(c, false);
    const articleId = String(form.article_id ?? '');
    if (!/^[1-9]\d{0,14}$/.test(articleId))
      throw new HttpError(400, 'web: article_id must be the id of an article of the story');
    if (!isFeedbackVerdict(form.verdict)) throw new HttpError(400, 'web: verdict must be not_in_story');
    await recordFeedback(app, id, Number(articleId), form.verdict);
    return c.redirect(`/stories/${id}?flagged=${articleId}#why`, 303);
  });
  return routes;
}
