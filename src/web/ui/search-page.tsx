import type { Outlet } from '../../domain/index.ts';
import type { ArticleHit, SearchResult, StoryHit } from '../../store/index.ts';
import { formatAgo, plural } from '../format.ts';
import type { Preferences } from '../prefs/preferences.ts';
import type { StoryView } from '../prefs/view-stories.ts';
import { BiasBar } from './bias-bar.tsx';
import { Layout } from './layout.tsx';
import { MarkedText } from './marked-text.tsx';
import { OpinionLabel } from './opinion-label.tsx';
import { OutletBadge } from './outlet-badge.tsx';
import { Pager } from './pager.tsx';
import { langOf } from './story-card.tsx';

export interface SearchPageProps {
  readonly text: string;
  readonly type: 'all' | 'stories' | 'articles';
  readonly page: number;
  readonly perPage: number;
  readonly stories: SearchResult<StoryHit>;
  /** The story hits as the reader sees them (coverage under preferences; fully hidden stories left out). */
  readonly storyViews: readonly StoryView[];
  readonly articles: SearchResult<ArticleHit>;
  readonly outletOf: (id: string) => Outlet | undefined;
  readonly now: Date;
  readonly prefs: Preferences;
  readonly href: (changes: Record<string, string | number | null>) => string;
}

/** Search results: matching stories and matching articles, the matched words marked. */
export function SearchPage(props: SearchPageProps) {
  const { text, type } = props;
  const views = new Map(props.storyViews.map((v) => [v.story.id, v]));
  return (
    <Layout
      title={text ? `Search: ${text}` : 'Search'}
      description="Search every story and article."
      current="search"
      prefs={props.prefs}
      query={text}
      feed={
        text
          ? {
              title: `Parallax: search for ${text}`,
              path: '/feeds/search',
              query: `?q=${encodeURIComponent(text)}`,
            }
          : undefined
      }
    >
      <h1>Search</h1>
      <search class="search-page">
        <form method="get" action="/search">
          <label for="q">Search stories and articles</label>
          <div class="search-row">
            <input
              id="q"
              name="q"
              type="search"
              value={text}
              maxlength={200}
              aria-describedby="search-help"
            />
            <button type="submit">Search</button>
          </div>
          <p id="search-help" class="muted">
            All words must match. Use "quotes" for a phrase, -word to leave a word out, OR between
            alternatives, and word* for a prefix. A word also finds its other spellings ("defence" finds
            "defense", "coronavirus" finds "COVID").
          </p>
        </form>
      </search>
      {text && (
        <>
          <nav class="side-filter" aria-label="Result types">
            <ul>
              {(['all', 'stories', 'articles'] as const).map((t) => (
                <li>
                  <a
                    href={props.href({ type: t === 'all' ? null : t, page: null })}
                    aria-current={t === type ? 'true' : undefined}
                  >
                    {t === 'all'
                      ? 'All'
                      : t === 'stories'
                        ? `Stories (${props.stories.total})`
                        : `Articles (${props.articles.total})`}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p role="status" class="muted">
            {plural(props.stories.total, 'story', 'stories')} and {plural(props.articles.total, 'article')}{' '}
            match "{text}".
          </p>
          {type !== 'articles' && (
            <section aria-labelledby="story-results">
              <h2 id="story-results">Stories</h2>
              {props.stories.hits.length === 0 ? (
                <p class="empty">No story matches.</p>
              ) : (
                <ol class="results">
                  {props.stories.hits.map((hit) => {
                    const view = views.get(hit.story.id);
                    if (!view) return null;
                    return (
                      <li class="result">
                        <h3 lang={langOf(hit.story.titleLanguage)}>
                          <a href={`/stories/${hit.story.id}`}>
                            <MarkedText parts={hit.title} />
                          </a>
                        </h3>
                        {hit.snippet.length > 0 && (
                          <p lang={langOf(hit.story.summaryLanguage)}>
                            <MarkedText parts={hit.snippet} />
                          </p>
                        )}
                        <BiasBar coverage={view.coverage} compact />
                        <p class="meta">
                          {plural(view.coverage.articles, 'article')} ·{' '}
                          {plural(view.coverage.outlets, 'outlet')} · updated{' '}
                          <time datetime={hit.story.updatedAt}>
                            {formatAgo(hit.story.updatedAt, props.now)}
                          </time>
                        </p>
                      </li>
                    );
                  })}
                </ol>
              )}
              {type === 'all' && props.stories.total > props.stories.hits.length && (
                <p>
                  <a href={props.href({ type: 'stories', page: null })}>
                    All {props.stories.total} stories →
                  </a>
                </p>
              )}
            </section>
          )}
          {type !== 'stories' && (
            <section aria-labelledby="article-results">
              <h2 id="article-results">Articles</h2>
              {props.articles.hits.length === 0 ? (
                <p class="empty">No article matches.</p>
              ) : (
                <ol class="results">
                  {props.articles.hits.map(({ article, title, snippet }) => (
                    <li class="result">
                      <p class="source">
                        <OutletBadge
                          outlet={article.outletId ? props.outletOf(article.outletId) : undefined}
                          outletId={article.outletId}
                        />{' '}
                        ·{' '}
                        <time datetime={article.publishedAt}>
                          {formatAgo(article.publishedAt, props.now)}
                        </time>
                        <OpinionLabel
                          article={article}
                          outlet={article.outletId ? props.outletOf(article.outletId) : undefined}
                        />
                      </p>
                      <h3 lang={langOf(article.language)}>
                        <a
                          href={
                            article.storyId
                              ? `/stories/${article.storyId}#article-${article.id}`
                              : article.url
                          }
                        >
                          <MarkedText parts={title} />
                        </a>
                      </h3>
                      {snippet.length > 0 && (
                        <p lang={langOf(article.language)}>
                          <MarkedText parts={snippet} />
                        </p>
                      )}
                      <p class="meta">
                        <a href={article.url} rel="noopener noreferrer nofollow">
                          Read at the outlet
                        </a>
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              {type === 'all' && props.articles.total > props.articles.hits.length && (
                <p>
                  <a href={props.href({ type: 'articles', page: null })}>
                    All {props.articles.total} articles →
                  </a>
                </p>
              )}
            </section>
          )}
          {type !== 'all' && (
            <Pager
              page={props.page}
              hasMore={
                props.page * props.perPage < (type === 'stories' ? props.stories.total : props.articles.total)
              }
              href={(p) => props.href({ page: p === 1 ? null : p })}
              labels={['← Previous', 'Next →']}
            />
          )}
          <p class="feeds">
            Follow this search: <a href={`/feeds/search.rss?q=${encodeURIComponent(text)}`}>RSS</a> ·{' '}
            <a href={`/feeds/search.atom?q=${encodeURIComponent(text)}`}>Atom</a> ·{' '}
            <a href={`/feeds/search.json?q=${encodeURIComponent(text)}`}>JSON Feed</a>
          </p>
        </>
      )}
    </Layout>
  );
}
