import type { Article, Outlet, Story } from '../../domain/index.ts';
import { BIAS_LABEL_NAMES, FACTUALITY_NAMES } from '../../domain/index.ts';
import type { StoredExplanation } from '../../store/index.ts';
import { formatAgo, formatTime, percent, plural } from '../format.ts';
import { BiasBar } from './bias-bar.tsx';
import { Layout } from './layout.tsx';

export interface StoryPageProps {
  readonly story: Story;
  readonly articles: readonly Article[];
  readonly explanations: readonly StoredExplanation[];
  readonly outletOf: (id: string) => Outlet | undefined;
  readonly now: Date;
}

/** A story: neutral title and summary, key points with citations, coverage details, and every article. */
export function StoryPage({ story, articles, explanations, outletOf, now }: StoryPageProps) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const first = story.firstReporter ? byId.get(story.firstReporter.articleId) : undefined;
  const firstOutlet = first?.outletId ? outletOf(first.outletId) : undefined;
  return (
    <Layout title={story.title} description={story.summary}>
      <div class="story">
        <article class="story-main">
          <p class="meta">
            Updated <time datetime={story.updatedAt}>{formatAgo(story.updatedAt, now)}</time>
          </p>
          <h1>{story.title}</h1>
          {story.summary && <p class="summary lead">{story.summary}</p>}
          {story.keyPoints.length > 0 && (
            <ul class="key-points">
              {story.keyPoints.map((point) => (
                <li>
                  {point.text} <Citations ids={point.articleIds} byId={byId} outletOf={outletOf} />
                </li>
              ))}
            </ul>
          )}
          <Explanations explanations={explanations} byId={byId} outletOf={outletOf} />
          <h2 id="articles">{plural(articles.length, 'Article')}</h2>
          <ol class="articles">
            {articles.map((a) => (
              <ArticleItem article={a} outlet={a.outletId ? outletOf(a.outletId) : undefined} now={now} />
            ))}
          </ol>
        </article>
        <aside class="coverage" aria-labelledby="coverage-title">
          <h2 id="coverage-title">Coverage details</h2>
          <dl>
            <dt>Total articles</dt>
            <dd>{story.coverage.articles}</dd>
            <dt>Outlets</dt>
            <dd>
              {story.coverage.outlets} · rated {story.coverage.rated}
            </dd>
            <dt>Left · Center · Right</dt>
            <dd>
              {story.coverage.left} · {story.coverage.center} · {story.coverage.right}
            </dd>
            {first && (
              <>
                <dt>First reported by</dt>
                <dd>
                  {firstOutlet?.name ?? first.outletId ?? 'unknown'}, {formatTime(first.publishedAt)}
                </dd>
              </>
            )}
            <dt>Last updated</dt>
            <dd>{formatTime(story.updatedAt)}</dd>
          </dl>
          <h3>Bias distribution</h3>
          <BiasBar coverage={story.coverage} />
          <Distribution title="Factuality" counts={story.coverage.factuality} names={FACTUALITY_NAMES} />
          {story.blindspot && (
            <p class={`tag blindspot-${story.blindspot}`}>
              <a href="/blindspots">Blindspot for the {story.blindspot === 'left' ? 'Left' : 'Right'}</a>
            </p>
          )}
        </aside>
      </div>
    </Layout>
  );
}

function Distribution(props: {
  title: string;
  counts: Readonly<Record<string, number>>;
  names: Readonly<Record<string, string>>;
}) {
  const total = Object.values(props.counts).reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const entries = Object.entries(props.counts).sort((a, b) => b[1] - a[1]);
  return (
    <>
      <h3>{props.title}</h3>
      <ul class="distribution">
        {entries.map(([key, n]) => (
          <li>
            {props.names[key] ?? (key === 'unrated' ? 'Unrated' : key)}: {n} ({percent(n / total)})
          </li>
        ))}
      </ul>
    </>
  );
}

function Citations(props: {
  ids: readonly number[];
  byId: Map<number, Article>;
  outletOf: (id: string) => Outlet | undefined;
}) {
  const cited = props.ids.map((id) => props.byId.get(id)).filter((a): a is Article => a !== undefined);
  if (cited.length === 0) return null;
  return (
    <span class="cites">
      [
      {cited.map((a, i) => (
        <>
          {i > 0 && ', '}
          <a href={`#article-${a.id}`}>
            {(a.outletId && props.outletOf(a.outletId)?.name) ?? a.outletId ?? 'source'}
          </a>
        </>
      ))}
      ]
    </span>
  );
}

function ArticleItem({ article, outlet, now }: { article: Article; outlet: Outlet | undefined; now: Date }) {
  const bucket = outlet?.bias?.bucket;
  return (
    <li
      id={`article-${article.id}`}
      class={`article side-${bucket ?? 'unrated'}`}
      data-side={bucket ?? 'unrated'}
    >
      <p class="source">
        {outlet ? (
          <a href={`/sources/${encodeURIComponent(outlet.id)}`}>{outlet.name}</a>
        ) : (
          <span>{article.outletId ?? 'Unknown outlet'}</span>
        )}{' '}
        <span class={`badge ${bucket ?? 'unrated'}`}>
          {outlet?.bias ? BIAS_LABEL_NAMES[outlet.bias.label] : 'Unrated'}
        </span>
        {outlet?.factuality && (
          <span class="badge fact">Factuality: {FACTUALITY_NAMES[outlet.factuality.label]}</span>
        )}
        {' · '}
        <time datetime={article.publishedAt}>{formatAgo(article.publishedAt, now)}</time>
      </p>
      <h3>
        <a href={article.url} rel="noopener nofollow" target="_blank">
          {article.title}
        </a>
      </h3>
      {article.lead && <p>{article.lead}</p>}
    </li>
  );
}

function Explanations(props: {
  explanations: readonly StoredExplanation[];
  byId: Map<number, Article>;
  outletOf: (id: string) => Outlet | undefined;
}) {
  const joined = props.explanations.filter((e) => !e.isNew && props.byId.has(e.articleId));
  if (joined.length === 0) return null;
  return (
    <details class="why">
      <summary>Why these articles are together</summary>
      <p class="muted">
        Each article joined the story whose articles it resembled most. The score is the clusterer's
        similarity; the runner-up is the next best story.
      </p>
      <ul>
        {joined.map((e) => {
          const a = props.byId.get(e.articleId)!;
          return (
            <li>
              <a href={`#article-${a.id}`}>{a.title}</a> — score {e.score.toFixed(2)}
              {e.runnerUp && (
                <>
                  {' '}
                  (runner-up <a href={`/stories/${e.runnerUp.story}`}>story {e.runnerUp.story}</a>:{' '}
                  {e.runnerUp.score.toFixed(2)})
                </>
              )}
              {e.sharedTerms.length > 0 && <> · shared terms: {e.sharedTerms.join(', ')}</>}
              {e.sharedEntities.length > 0 && <> · shared names: {e.sharedEntities.join(', ')}</>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
