import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { describeBlindspotRule } from '../../coverage/index.ts';
import { HttpError } from '../http-error.ts';
import { linkHeader, type PageRequest, parseApiPage } from '../paginate.ts';
import {
  parseChoice,
  parseId,
  parseOutletId,
  parseSearchText,
  parseSlug,
  parseTimeParam,
} from '../params.ts';
import { loadStoryDetail } from '../load-story-detail.ts';
import { searchExclusions } from '../prefs/excluded-outlets.ts';
import { plainView, viewStories } from '../prefs/view-stories.ts';
import { recordFeedback } from '../record-feedback.ts';
import { sendJson, versionsOf } from '../respond.ts';
import { probeStories } from '../story-probe.ts';
import { BLINDSPOT_SIDES, probeBlindspots, viewBlindspots } from '../routes/blindspot-routes.tsx';
import { fingerprint } from '../routes/source-routes.tsx';
import { markedHtml } from '../ui/marked-text.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';
import { OPENAPI } from './openapi.ts';
import { parseFeedbackJson } from './parse-feedback-json.ts';
import {
  articleJson,
  outletBadgeJson,
  outletJson,
  storyDetailJson,
  storySummaryJson,
  topicJson,
} from './serialize.ts';

/** The largest feedback body read: {"article_id":N,"verdict":"not_in_story"} is about 50 bytes. */
export const MAX_FEEDBACK_BYTES = 4 * 1024;

/** The JSON API under /api: stories, outlets, search, blindspots and topics, paged, with ETags; see openapi.ts. */
export function apiRoutes(app: AppContext): Hono<WebEnv> {
  const { store, outlets } = app.deps;
  const outletOf = (id: string) => outlets.get(id);
  const api = new Hono<WebEnv>();
  const view = (c: Context<WebEnv>) => ({ ...app.deps, filter: c.get('filter'), blindspot: app.blindspot });

  /** A list answer: the page, the link to the next one (body and Link header), cached by `parts`. */
  const sendList = (
    c: Context<WebEnv>,
    parts: readonly (string | number)[],
    page: PageRequest,
    hasMore: boolean,
    build: () => Promise<Record<string, unknown>> | Record<string, unknown>,
  ) => {
    const link = linkHeader(c.req.url, page, hasMore);
    const next = link?.match(/<([^>]+)>; rel="next"/)?.[1] ?? null;
    const url = new URL(c.req.url);
    // The path is part of the key: two lists with the same query and the same story versions (an empty page of
    // /api/stories and one of /api/topics, /api/blindspots and /api/stories?blindspot=any) are different answers.
    return sendJson(
      c,
      app,
      ['list', url.pathname, url.search, c.get('prefsKey'), ...parts],
      async () => ({ ...(await build()), limit: page.limit, offset: page.offset, next }),
      link ? { link } : undefined,
    );
  };

  api.get('/openapi.json', (c) => sendJson(c, app, ['openapi'], () => OPENAPI));

  api.get('/stories', async (c) => {
    const page = parseApiPage((n) => c.req.query(n));
    const order = parseChoice(c.req.query('order'), 'order', ['recent', 'breadth'] as const, 'recent');
    const since = parseTimeParam(c.req.query('since'), 'since');
    const blindspot = parseChoice(
      c.req.query('blindspot'),
      'blindspot',
      ['', ...BLINDSPOT_SIDES] as const,
      '',
    );
    const probe = await probeStories(store, {
      limit: page.limit + 1,
      offset: page.offset,
      order,
      ...(since && { since }),
      ...(blindspot && { blindspot }),
    });
    return sendList(c, [probe.key], page, probe.versions.length > page.limit, async () => ({
      stories: (await viewStories(await probe.load(page.limit), view(c))).map(storySummaryJson),
    }));
  });

  api.get('/stories/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'story');
    const version = await store.browse.storyVersion(id);
    if (version === undefined) throw new HttpError(404, `web: no story ${id}`);
    // A flag raises the story's version, so the key holds the flags too.
    return sendJson(c, app, ['story', id, version, c.get('prefsKey')], async () => {
      const [detail, readerFlags] = await Promise.all([
        loadStoryDetail(c, app, id),
        store.feedback.countByArticle(id),
      ]);
      return storyDetailJson(
        detail.view,
        detail.shown,
        detail.articles,
        outletOf,
        detail.explanations,
        detail.storyTitles,
        readerFlags,
      );
    });
  });

  api.post(
    '/stories/:id/feedback',
    bodyLimit({
      maxSize: MAX_FEEDBACK_BYTES,
      onError: () => {
        throw new HttpError(413, `web: the body is larger than ${MAX_FEEDBACK_BYTES / 1024} KiB`);
      },
    }),
    async (c) => {
      const id = parseId(c.req.param('id'), 'story');
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') throw new HttpError(415, 'web: send the feedback as application/json');
      const { articleId, verdict } = parseFeedbackJson(await c.req.text());
      const stored = await recordFeedback(app, id, articleId, verdict);
      return c.json(
        {
          story_id: stored.storyId,
          article_id: stored.articleId,
          verdict: stored.verdict,
          votes: stored.votes,
        },
        201,
      );
    },
  );

  api.get('/blindspots', async (c) => {
    const page = parseApiPage((n) => c.req.query(n));
    const side = parseChoice(c.req.query('side'), 'side', BLINDSPOT_SIDES, 'any');
    const probe = await probeBlindspots(app, side, page);
    return sendList(c, [probe.key], page, probe.versions.length > page.limit, async () => {
      const { views } = await viewBlindspots(app, await probe.load(page.limit), side, c.get('filter'));
      return {
        rule: {
          description: describeBlindspotRule(app.blindspot),
          min_rated_outlets: app.blindspot.minRatedOutlets,
          max_share: app.blindspot.maxShare,
          min_other_share: app.blindspot.minOtherShare,
        },
        stories: views.map(storySummaryJson),
      };
    });
  });

  api.get('/outlets', async (c) => {
    const page = parseApiPage((n) => c.req.query(n), { fallback: 100, max: 500 });
    const scope = parseChoice(c.req.query('scope'), 'scope', ['publishing', 'all'] as const, 'publishing');
    const publishing = await app.publishingOutlets();
    const counts = new Map(publishing.map((p) => [p.outletId, p]));
    const ids = scope === 'all' ? outlets.all().map((o) => o.id) : publishing.map((p) => p.outletId);
    const slice = ids.slice(page.offset, page.offset + page.limit);
    return sendList(c, [scope, fingerprint(publishing)], page, ids.length > page.offset + page.limit, () => ({
      total: ids.length,
      outlets: slice.map((id) => ({
        ...outletBadgeJson(outletOf(id), id),
        articles: counts.get(id)?.articles ?? 0,
        latest_at: counts.get(id)?.latestAt ?? null,
      })),
    }));
  });

  api.get('/outlets/:id', async (c) => {
    const id = parseOutletId(c.req.param('id'));
    const outlet = outletOf(id);
    const [counts, stories] = await Promise.all([
      store.browse.describeOutlet(id),
      store.browse.listStoriesOfOutlet(id, { limit: 20 }),
    ]);
    if (!outlet && counts.articles === 0) throw new HttpError(404, `web: no outlet "${id}"`);
    return sendJson(
      c,
      app,
      ['outlet', id, fingerprint(outlet ?? null), counts.articles, versionsOf(stories)],
      () => ({
        ...outletJson(outlet, id),
        articles: counts.articles,
        stories: counts.stories,
        latest_at: counts.latestAt,
        recent_stories: stories.map((s) => storySummaryJson(plainView(s))),
      }),
    );
  });

  api.get('/search', async (c) => {
    const text = parseSearchText(c.req.query('q'));
    if (text === '') throw new HttpError(400, 'web: q is required');
    const type = parseChoice(c.req.query('type'), 'type', ['all', 'stories', 'articles'] as const, 'all');
    const page = parseApiPage((n) => c.req.query(n), { fallback: 20, max: 100 });
    const shown = searchExclusions(c.get('prefs'), c.get('filter'), await app.publishingOutlets());
    // The kind a type leaves out is still counted (one row read, its hits dropped), so both totals are true.
    const counted = ({ total }: { total: number }) => ({ total, hits: [] });
    const [stories, articles] = await Promise.all([
      type === 'articles'
        ? store.search.searchStories({ text, limit: 1, ...shown }).then(counted)
        : store.search.searchStories({ text, ...page, ...shown }),
      type === 'stories'
        ? store.search.searchArticles({ text, limit: 1, ...shown }).then(counted)
        : store.search.searchArticles({ text, ...page, ...shown }),
    ]);
    // Only a kind that is listed has further pages.
    const listed = [type === 'articles' ? 0 : stories.total, type === 'stories' ? 0 : articles.total];
    const hasMore = Math.max(...listed) > page.offset + page.limit;
    const key = [
      `${stories.total}.${articles.total}`,
      stories.hits.map((h) => `${h.story.id}.${h.story.version}`).join(','),
      articles.hits.map((h) => `${h.article.id}.${h.article.storyId}`).join(','),
    ];
    return sendList(c, key, page, hasMore, async () => {
      const views = new Map(
        (
          await viewStories(
            stories.hits.map((h) => h.story),
            view(c),
          )
        ).map((v) => [v.story.id, v]),
      );
      return {
        query: text,
        stories: {
          total: stories.total,
          hits: stories.hits.flatMap((h) => {
            const v = views.get(h.story.id);
            return v
              ? [
                  {
                    ...storySummaryJson(v),
                    title_html: markedHtml(h.title),
                    snippet_html: markedHtml(h.snippet),
                  },
                ]
              : [];
          }),
        },
        articles: {
          total: articles.total,
          hits: articles.hits.map(({ article: a, title, snippet }) => ({
            ...articleJson(a, outletOf),
            story_id: a.storyId,
            title_html: markedHtml(title),
            snippet_html: markedHtml(snippet),
          })),
        },
      };
    });
  });

  api.get('/topics', async (c) => {
    const page = parseApiPage((n) => c.req.query(n), { fallback: 50, max: 200 });
    const since = parseTimeParam(c.req.query('since'), 'since');
    const topics = await store.topics.list({
      limit: page.limit + 1,
      offset: page.offset,
      ...(since && { since }),
    });
    const key = topics.map((t) => `${t.slug}.${t.stories}.${t.latestAt}`).join(',');
    return sendList(c, [key], page, topics.length > page.limit, () => ({
      topics: topics.slice(0, page.limit).map(topicJson),
    }));
  });

  api.get('/topics/:slug', async (c) => {
    const slug = parseSlug(c.req.param('slug'));
    const page = parseApiPage((n) => c.req.query(n), { fallback: 20, max: 100 });
    const topic = await store.topics.get(slug);
    if (!topic) throw new HttpError(404, `web: no topic "${slug}"`);
    const [stories, related] = await Promise.all([
      store.topics.listStories(slug, { limit: page.limit + 1, offset: page.offset }),
      store.topics.listRelated(slug, 12),
    ]);
    const key = [topic.stories, versionsOf(stories), related.map((t) => `${t.slug}.${t.stories}`).join(',')];
    return sendList(c, key, page, stories.length > page.limit, async () => ({
      topic: topicJson(topic),
      related: related.map(topicJson),
      stories: (await viewStories(stories.slice(0, page.limit), view(c))).map(storySummaryJson),
    }));
  });

  return api;
}
