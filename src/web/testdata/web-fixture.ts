// A small newsroom for the web tests: five outlets with raters, three stories (one a blindspot, one old), an app.
import { computeCoverage, detectBlindspot } from '../../coverage/index.ts';
import {
  type Article,
  fixedClock,
  type Outlet,
  type OutletDirectory,
  type RaterValue,
  silentLogger,
} from '../../domain/index.ts';
import { type NewArticle, openStore, type Store } from '../../store/index.ts';
import { createApp } from '../app.tsx';
import type { WebOptions } from '../deps.ts';

/** "Now" of the fixture: the newest article. */
export const NOW = '2021-08-10T18:00:00.000Z';
/** A blindspot rule small enough for two rated outlets. */
export const RULE = { minRatedOutlets: 2, maxShare: 0.1, minOtherShare: 0.5 };

const rater = (rater: string, value: string, score?: number): RaterValue => ({
  rater,
  value,
  ...(score !== undefined && { score }),
  asOf: '2024-05-01',
  source: `https://${rater}.example/ratings/${value}`,
  weight: 1,
});

function outlet(id: string, name: string, score: number, factuality: 'very-high' | 'high' | 'mixed' | 'low'): Outlet {
  const bucket = score < -0.5 ? 'left' : score > 0.5 ? 'right' : 'center';
  const label = score <= -2 ? 'left' : score < -0.5 ? 'lean-left' : score > 1.5 ? 'right' : score > 0.5 ? 'lean-right' : 'center';
  return {
    id,
    name,
    domains: [id],
    homepage: `https://${id}/`,
    country: 'US',
    flags: factuality === 'low' ? ['questionable'] : [],
    bias: { score, label, bucket, raters: [rater('mbfc', `score ${score}`, score), rater('allsides', label, score)] },
    factuality: { label: factuality, raters: [rater('mbfc', factuality)] },
    ownership: { owner: `${name} Group`, category: 'Private Media', raters: [rater('mbfc', 'Private Media')] },
  };
}

export const OUTLETS: readonly Outlet[] = [
  outlet('left.example', 'Left Daily', -2, 'high'),
  outlet('center.example', 'Center Wire', 0, 'very-high'),
  outlet('right.example', 'Right Times', 2, 'mixed'),
  outlet('lowfact.example', 'Rumour Mill', 2.5, 'low'),
];

/** The fixture's outlet directory (blog.example is deliberately unknown: unrated). */
export const DIRECTORY: OutletDirectory = {
  get: (id) => OUTLETS.find((o) => o.id === id),
  match: (url) => OUTLETS.find((o) => new URL(url).hostname === o.id),
  all: () => OUTLETS,
};

/** An article: outlet, headline, lead, time, language, and its link's path when the default (`/story/index`) won't do. */
type Draft = readonly [outlet: string, title: string, lead: string, at: string, language?: string, path?: string];

/** A story of the fixture: its id, articles and named entities. */
export interface FixtureStory {
  readonly id: number;
  readonly articles: readonly Draft[];
  readonly entities: readonly string[];
}

const STORIES: readonly FixtureStory[] = [
  {
    id: 1,
    entities: ['Joe Biden', 'Senate'],
    articles: [
      ['center.example', 'Senate passes infrastructure bill', 'Senators voted 69-30 for the bipartisan package.', '2021-08-10T12:00:00.000Z'],
      ['left.example', 'Senate approves historic infrastructure package', 'Democrats hailed a win for roads and broadband.', '2021-08-10T13:00:00.000Z'],
      ['right.example', 'Infrastructure bill clears the Senate with GOP votes', 'Critics called the spending reckless.', '2021-08-10T14:00:00.000Z'],
      ['lowfact.example', 'Senate rams through trillion-dollar boondoggle', 'A spending spree nobody read.', '2021-08-10T15:00:00.000Z', undefined, 'opinion/2021/08/10/boondoggle'],
      ['blog.example', 'What the infrastructure bill means for your town', 'Bridges, pipes and <b>broadband</b> money.', '2021-08-10T18:00:00.000Z'],
    ],
  },
  {
    id: 2,
    entities: ['Joe Biden', 'Border Patrol'],
    articles: [
      ['right.example', 'Border crossings hit a new high', 'Border Patrol reported record encounters.', '2021-08-09T10:00:00.000Z'],
      ['lowfact.example', 'Caos en la frontera: la crisis que los medios ignoran', 'Los agentes dicen estar desbordados.', '2021-08-09T11:00:00.000Z', 'es'],
    ],
  },
  {
    id: 3,
    entities: ['Kabul'],
    articles: [['center.example', 'Kabul airlift enters second week', 'Flights left every hour.', '2021-07-01T10:00:00.000Z']],
  },
];

/**
 * Builds the fixture store: articles, assignments, synthesis (coverage by the real coverage stage), topics; `extra`
 * stories after the shared ones, for a test of its own.
 */
export async function buildFixtureStore(extra: readonly FixtureStory[] = []): Promise<Store> {
  const store = await openStore({ sqlitePath: ':memory:' });
  for (const story of [...STORIES, ...extra]) {
    const drafts: NewArticle[] = story.articles.map(([outletId, title, lead, at, language, path], i) => ({
      url: `https://${outletId}/${path ?? `${story.id}/${i}`}`,
      outletId,
      title,
      lead,
      ...(language && { language }),
      publishedAt: at,
      fetchedAt: NOW,
      contentHash: `${story.id}-${i}`,
    }));
    const { changedIds } = await store.articles.save(drafts, NOW);
    await store.stories.applyAssignments(
      changedIds.map((articleId, i) => ({
        articleId,
        storyId: story.id,
        isNew: i === 0,
        duplicateOf: null,
        publishedAt: drafts[i]!.publishedAt,
        title: drafts[i]!.title,
        score: i === 0 ? 1 : 0.6 - i * 0.05,
        runnerUp: i === 2 ? { story: 3, score: 0.21 } : null,
        sharedTerms: ['infrastructure', 'senate'],
        sharedEntities: ['Senate'],
      })),
      NOW,
    );
    const articles = await store.articles.listForStory(story.id);
    const coverage = computeCoverage(articles, (id) => DIRECTORY.get(id));
    const [first, second] = articles as [Article, Article | undefined];
    await store.stories.saveSynthesis(story.id, {
      title: first.title,
      titleArticleIds: [first.id],
      summary: `${first.lead} (summary of story ${story.id})`,
      summaryArticleIds: [first.id],
      keyPoints: [{ text: `Key point of story ${story.id}.`, articleIds: articles.slice(0, 2).map((a) => a.id) }],
      frames: second
        ? [
            { side: 'left', points: [{ text: 'The Left stressed broadband.', articleIds: [second.id] }], terms: [{ term: 'broadband', score: 2.1 }] },
            { side: 'right', points: [{ text: 'The Right stressed spending.', articleIds: [first.id] }], terms: [{ term: 'spending', score: 2.4 }] },
          ]
        : [],
      coverage,
      blindspot: detectBlindspot(coverage, RULE),
      firstPublishedAt: first.publishedAt,
      updatedAt: articles.at(-1)!.publishedAt,
      firstArticleId: first.id,
      firstOutletId: first.outletId,
      entities: story.entities,
    });
  }
  await store.topics.indexChangedStories();
  return store;
}

/** The app over a fresh fixture store (with `extra` stories). */
export async function buildFixtureApp(options: Partial<WebOptions> = {}, extra: readonly FixtureStory[] = []) {
  const store = await buildFixtureStore(extra);
  const app = createApp({
    store,
    outlets: DIRECTORY,
    clock: fixedClock(NOW),
    logger: silentLogger,
    options: { frontPageDays: 3, blindspot: RULE, ...options },
  });
  return { app, store };
}

/** Gives a stored story a new title, as a new synthesis would (everything else as it was). */
export async function retitleStory(store: Store, id: number, title: string): Promise<void> {
  const story = await store.stories.get(id);
  if (!story) throw new Error(`fixture: no story ${id}`);
  await store.stories.markDirty([id]);
  await store.stories.saveSynthesis(id, {
    title,
    summary: story.summary,
    keyPoints: story.keyPoints,
    frames: story.frames,
    coverage: story.coverage,
    blindspot: story.blindspot,
    firstPublishedAt: story.firstPublishedAt,
    updatedAt: story.updatedAt,
    firstArticleId: story.firstReporter?.articleId ?? null,
    firstOutletId: story.firstReporter?.outletId ?? null,
    entities: story.entities,
  });
}
