import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Story } from '../../domain/index.ts';
import { type FeedDocument, latestUpdate, storyFeedItem } from '../feeds/feed-document.ts';
import { renderAtom } from '../feeds/render-atom.ts';
import { renderJsonFeed } from '../feeds/render-json-feed.ts';
import { renderRss } from '../feeds/render-rss.ts';
import { HttpError } from '../http-error.ts';
import { parseSearchText, parseSlug } from '../params.ts';
import { searchExclusions } from '../prefs/excluded-outlets.ts';
import { type StoryView, viewStories } from '../prefs/view-stories.ts';
import { sendPage, versionsOf } from '../respond.ts';
import { probeStories } from '../story-probe.ts';
import { sendCached } from '../cache/send-cached.ts';
import { FeedsPage } from '../ui/feeds-page.tsx';
import type { AppContext, WebEnv } from '../web-env.ts';
import { type BlindspotSide, probeBlindspots, viewBlindspots } from './blindspot-routes.tsx';
import { probeTopStories, viewTopStories } from './front-routes.tsx';

type Format = 'rss' | 'atom' | 'json';
const RENDER: Readonly<Record<Format, (feed: FeedDocument) => string>> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};
const TYPES: Readonly<Record<Format, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};
const ITEMS = 50;
// Route patterns, so that a feed that does not exist is a path no route takes: a 404 whatever its query.
const FORMAT = '(?:rss|atom|json)';
const NAME = `(?:top|latest|blindspots|blindspots-left|blindspots-right|search)\\.${FORMAT}`;
const TOPIC_FILE = `[^/]+\\.${FORMAT}`;

interface FeedSource {
  readonly title: string;
  readonly description: string;
  readonly homePath: string;
  /** The ids and versions of the stories behind the feed: the cache key. */
  readonly key: string;
  readonly view: () => Promise<StoryView[]>;
}

/**
 * Feeds of top stories, latest stories, blindspots, a topic and a search, each in RSS 2.0, Atom and JSON Feed
 * (/feeds/top.rss, /feeds/topics/joe-biden.atom, /feeds/search.json?q=…). Readers' preferences come as query
 * parameters (hide, min_factuality), since feed readers send no cookies.
 */
export function feedRoutes(app: AppContext): Hono<WebEnv> {
  const { store, clock } = app.deps;
  const routes = new Hono<WebEnv>();
  const viewAll = (c: Context<WebEnv>, stories: readonly Story[]) => () =>
    viewStories(stories, { ...app.deps, filter: c.get('filter'), blindspot: app.blindspot });

  routes.get('/', (c) => sendPage(c, app, ['feeds'], () => <FeedsPage prefs={c.get('prefs')} />));

  routes.get(`/topics/:file{${TOPIC_FILE}}`, async (c) => {
    const [base, format] = splitFile(c.req.param('file'));
    const slug = parseSlug(base);
    const topic = await store.topics.get(slug);
    if (!topic) throw new HttpError(404, `web: no topic "${slug}"`);
    const stories = await store.topics.listStories(slug, { limit: ITEMS });
    return sendFeed(c, app, format, `topic:${slug}`, {
      title: `Parallax: ${topic.name}`,
      description: `Stories about ${topic.name}, with who covered them and how they lean.`,
      homePath: `/topics/${encodeURIComponent(slug)}`,
      key: versionsOf(stories),
      view: viewAll(c, stories),
    });
  });

  routes.get(`/:name{${NAME}}`, async (c) => {
    const [name, format] = splitFile(c.req.param('name'));
    const filter = c.get('filter');
    if (name === 'top') {
      const probe = await probeTopStories(app, filter);
      return sendFeed(c, app, format, name, {
        title: 'Parallax: top stories',
        description: `The most covered stories of the last ${app.deps.options.frontPageDays} days, from every side.`,
        homePath: '/',
        key: probe.key,
        view: async () => viewTopStories(app, await probe.load(), filter),
      });
    }
    if (name === 'latest') {
      const probe = await probeStories(store, { limit: ITEMS, order: 'recent' });
      return sendFeed(c, app, format, name, {
        title: 'Parallax: latest stories',
        description: 'The most recently updated stories, from every side.',
        homePath: '/latest',
        key: probe.key,
        view: async () => viewAll(c, await probe.load())(),
      });
    }
    if (name === 'search') {
      const text = parseSearchText(c.req.query('q'));
      if (text === '') throw new HttpError(400, 'web: a search feed needs q');
      const shown = searchExclusions(c.get('prefs'), filter, await app.publishingOutlets());
      const [stories, articles] = await Promise.all([
        store.search.searchStories({ text, limit: ITEMS, ...shown }),
        store.search.searchArticles({ text, limit: ITEMS, ...shown }),
      ]);
      // Stories that match, then the stories of matching articles, each once, newest first.
      const ids = [
        ...new Set([
          ...stories.hits.map((h) => h.story.id),
          ...articles.hits.flatMap((h) => h.article.storyId ?? []),
        ]),
      ];
      const found = (await store.stories.list({ ids, limit: ITEMS, order: 'recent' })).slice(0, ITEMS);
      return sendFeed(c, app, format, `search:${text}`, {
        title: `Parallax: search for ${text}`,
        description: `Stories matching "${text}", with who covered them and how they lean.`,
        homePath: `/search?q=${encodeURIComponent(text)}`,
        key: versionsOf(found),
        view: viewAll(c, found),
      });
    }
    const side: BlindspotSide = name === 'blindspots' ? 'any' : name === 'blindspots-left' ? 'left' : 'right';
    const probe = await probeBlindspots(app, side, { limit: ITEMS, offset: 0 });
    return sendFeed(c, app, format, name, {
      title:
        side === 'any'
          ? 'Parallax: blindspots'
          : `Parallax: blindspots for the ${side === 'left' ? 'Left' : 'Right'}`,
      description: 'Stories that one side of the media barely covered.',
      homePath: side === 'any' ? '/blindspots' : `/blindspots?side=${side}`,
      key: probe.key,
      view: async () => (await viewBlindspots(app, await probe.load(ITEMS), side, filter)).views,
    });
  });

  function sendFeed(
    c: Context<WebEnv>,
    appContext: AppContext,
    format: Format,
    name: string,
    source: FeedSource,
  ) {
    const origin = appContext.deps.options.publicUrl?.replace(/\/+$/, '') ?? new URL(c.req.url).origin;
    const url = new URL(c.req.url);
    // The query is part of the key: the feed names its own URL (RSS atom:link, Atom id and self link, JSON Feed
    // feed_url), so two URLs of one feed (?utm_source=…, ?hide= in another order) are different documents.
    const key = ['feed', name, format, origin, url.search, c.get('prefsKey'), source.key].join('|');
    const render = async () => {
      const items = (await source.view()).map((v) => storyFeedItem(v, origin));
      const feed: FeedDocument = {
        title: source.title,
        description: source.description,
        homeUrl: `${origin}${source.homePath}`,
        feedUrl: `${origin}${url.pathname}${url.search}`,
        aboutUrl: `${origin}/about#data`,
        updated: latestUpdate(items, clock().toISOString()),
        items,
      };
      return { body: RENDER[format](feed), contentType: TYPES[format] };
    };
    return sendCached(c, appContext.cache, key, render, { lastModified: true });
  }

  return routes;
}

/** `joe-biden.atom` as `['joe-biden', 'atom']` (the route pattern has checked the format). */
function splitFile(file: string): [string, Format] {
  const dot = file.lastIndexOf('.');
  return [file.slice(0, dot), file.slice(dot + 1) as Format];
}
