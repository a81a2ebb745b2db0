import { raw } from 'hono/html';
import { sameTimeOutlets } from '../../coverage/index.ts';
import type { Article, Outlet } from '../../domain/index.ts';
import type { StoredExplanation } from '../../store/index.ts';
import { formatAgo, plural } from '../format.ts';
import type { SideFilter } from '../params.ts';
import type { Preferences } from '../prefs/preferences.ts';
import type { StoryView } from '../prefs/view-stories.ts';
import { ArticleList, type ArticleSort, foreignLanguage } from './article-list.tsx';
import { Citations } from './citations.tsx';
import { CoveragePanel } from './coverage-panel.tsx';
import { FramesSection } from './frames-section.tsx';
import { Layout } from './layout.tsx';
import { WhyTogether } from './why-together.tsx';

export interface StoryPageProps {
  readonly view: StoryView;
  /** Every article of the story. */
  readonly articles: readonly Article[];
  /** The articles the reader's preferences show. */
  readonly shown: readonly Article[];
  readonly explanations: readonly StoredExplanation[];
  /** Titles of the runner-up stories the explanations name. */
  readonly storyTitles: ReadonlyMap<number, string>;
  /** The story's topics as the topic index holds them (their pages exist). */
  readonly topics: readonly { readonly slug: string; readonly name: string }[];
  readonly outletOf: (id: string) => Outlet | undefined;
  readonly now: Date;
  readonly side: SideFilter | 'all';
  readonly sort: ArticleSort;
  /** The timeline drawn for a wide column and for a narrow one (a phone's): the page shows the one that fits. */
  readonly timelineSvg: { readonly wide: string; readonly narrow: string } | undefined;
  readonly prefs: Preferences;
  /** Readers' flags on the story's articles, by article id. */
  readonly readerFlags: ReadonlyMap<number, number>;
  /** The article this reader just flagged (the page thanks them). */
  readonly flaggedId?: number | undefined;
}

/**
 * A story: topics, neutral title and summary, key points with citations, coverage details, how each side
 * framed it, why the articles are together, and every article (filterable by side, sortable).
 */
export function StoryPage(props: StoryPageProps) {
  const { view, articles, shown, outletOf, now } = props;
  const { story } = view;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const langOf = (ids: readonly number[]) => {
    const source = ids[0] === undefined ? undefined : byId.get(ids[0]);
    return source && foreignLanguage(source)?.code;
  };
  const first = story.firstReporter ? byId.get(story.firstReporter.articleId) : undefined;
  const firstToo = first ? sameTimeOutlets(articles, first) : [];
  const topics = props.topics.slice(0, 8);
  const hidden = articles.length - shown.length;
  return (
    <Layout
      title={story.title}
      description={story.summary || undefined}
      prefs={props.prefs}
      scripts={['reading.js']}
    >
      <div
        class="story"
        data-story-id={story.id}
        data-story-title={story.title}
        data-outlets={outletsJson(shown, outletOf)}
      >
        <header class="story-head">
          {topics.length > 0 && (
            <nav aria-label="Topics of this story">
              <ul class="topics">
                {topics.map((t) => (
                  <li>
                    <a href={`/topics/${encodeURIComponent(t.slug)}`}>{t.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p class="meta">
            Updated <time datetime={story.updatedAt}>{formatAgo(story.updatedAt, now)}</time> ·{' '}
            <a href={`/api/stories/${story.id}`}>data</a>
          </p>
          {/* Title and summary are an article's own words: marked in its language when that is not English. */}
          <h1 lang={langOf(story.titleArticleIds)}>{story.title}</h1>
          <TitleSource ids={story.titleArticleIds} byId={byId} outletOf={outletOf} storyId={story.id} />
          {story.summary && story.summary !== story.title && (
            <p class="summary lead" lang={langOf(story.summaryArticleIds)}>
              {story.summary}{' '}
              <Citations storyId={story.id} ids={story.summaryArticleIds} byId={byId} outletOf={outletOf} />
            </p>
          )}
          {story.keyPoints.length > 0 && (
            <ul class="key-points" aria-label="Key points">
              {story.keyPoints.map((point) => (
                <li>
                  {point.text}{' '}
                  <Citations storyId={story.id} ids={point.articleIds} byId={byId} outletOf={outletOf} />
                </li>
              ))}
            </ul>
          )}
        </header>
        <CoveragePanel view={view} first={first} firstToo={firstToo} outletOf={outletOf} />
        <div class="story-body">
          <FramesSection
            storyId={story.id}
            frames={story.frames}
            byId={byId}
            articles={shown}
            outletOf={outletOf}
          />
          {props.timelineSvg && (
            <section class="timeline" aria-labelledby="timeline-title">
              <h2 id="timeline-title">Coverage over time</h2>
              {/* The only raw HTML here: SVG from coverage.renderTimelineSvg (numbers, fixed markup, escaped text). */}
              <div class="chart-wide">{raw(props.timelineSvg.wide)}</div>
              <div class="chart-narrow">{raw(props.timelineSvg.narrow)}</div>
            </section>
          )}
          <WhyTogether
            storyId={story.id}
            explanations={props.explanations}
            byId={byId}
            outletOf={outletOf}
            storyTitles={props.storyTitles}
            readerFlags={props.readerFlags}
            flaggedId={props.flaggedId}
          />
          <h2 id="articles">{plural(articles.length, 'Article')}</h2>
          {hidden > 0 && (
            <p class="hidden-note">
              {plural(hidden, 'article')} from outlets your preferences hide {hidden === 1 ? 'is' : 'are'} not
              listed. <a href="/settings">Change preferences</a>
            </p>
          )}
          <ArticleList
            storyId={story.id}
            articles={shown}
            outletOf={outletOf}
            side={props.side}
            sort={props.sort}
            now={now}
          />
        </div>
      </div>
    </Layout>
  );
}

/** "Headline from Reuters": the article whose headline became the story's title (titles are never written). */
function TitleSource(props: {
  storyId: number;
  ids: readonly number[];
  byId: ReadonlyMap<number, Article>;
  outletOf: (id: string) => Outlet | undefined;
}) {
  const source = props.ids.length > 0 ? props.byId.get(props.ids[0]!) : undefined;
  if (!source) return null;
  const name = (source.outletId && props.outletOf(source.outletId)?.name) ?? source.outletId ?? 'an article';
  return (
    <p class="meta title-source">
      Headline from <a href={`/stories/${props.storyId}#article-${source.id}`}>{name}</a>
      {props.ids.length > 1 &&
        (props.ids.length === 2
          ? '; one other headline says much the same'
          : `; ${props.ids.length - 1} other headlines say much the same`)}
    </p>
  );
}

/** The outlets of the listed articles, for the reading history kept by reading.js (id, name, side, factuality). */
function outletsJson(articles: readonly Article[], outletOf: (id: string) => Outlet | undefined): string {
  const seen = new Map<string, { id: string; name: string; side: string; factuality: string | null }>();
  for (const a of articles) {
    if (!a.outletId || seen.has(a.outletId)) continue;
    const o = outletOf(a.outletId);
    seen.set(a.outletId, {
      id: a.outletId,
      name: o?.name ?? a.outletId,
      side: o?.bias?.bucket ?? 'unrated',
      factuality: o?.factuality?.label ?? null,
    });
  }
  return JSON.stringify([...seen.values()]);
}
