import { type Article, FRAME_MIN_ARTICLES, type Frame, type Outlet } from '../../domain/index.ts';
import { sideName } from '../format.ts';
import { Citations } from './citations.tsx';

const ORDER = ['left', 'center', 'right'] as const;

/**
 * How each side covered the story: one section per side (side by side on wide screens, stacked on phones,
 * so it needs no tabs script), each with the points it stressed and the words it used disproportionately.
 */
export function FramesSection(props: {
  storyId: number;
  frames: readonly Frame[];
  byId: ReadonlyMap<number, Article>;
  /** The articles the page lists: a story without frames says how many each side has. */
  articles: readonly Article[];
  outletOf: (id: string) => Outlet | undefined;
}) {
  const frames = ORDER.map((side) => props.frames.find((f) => f.side === side)).filter(
    (f): f is Frame => f !== undefined && (f.points.length > 0 || f.terms.length > 0),
  );
  if (frames.length === 0) return <NoFrames articles={props.articles} outletOf={props.outletOf} />;
  return (
    <section class="frames" aria-labelledby="frames-title">
      <h2 id="frames-title">How each side covered it</h2>
      <nav class="frame-tabs" aria-label="Sides">
        {frames.map((f) => (
          <a href={`#frame-${f.side}`} class={`badge ${f.side}`}>
            {sideName(f.side)}
          </a>
        ))}
      </nav>
      <div class="frame-grid">
        {frames.map((frame) => (
          <section
            id={`frame-${frame.side}`}
            class={`frame side-${frame.side}`}
            aria-labelledby={`frame-${frame.side}-title`}
          >
            <h3 id={`frame-${frame.side}-title`}>{sideName(frame.side)}</h3>
            {frame.points.length > 0 && (
              <ul>
                {frame.points.map((point) => (
                  <li>
                    {point.text}{' '}
                    <Citations
                      storyId={props.storyId}
                      ids={point.articleIds}
                      byId={props.byId}
                      outletOf={props.outletOf}
                    />
                  </li>
                ))}
              </ul>
            )}
            {frame.terms.length > 0 && (
              <p class="terms">
                <span class="muted">Words the {sideName(frame.side)} used more than the others: </span>
                {frame.terms.map((t, i) => (
                  <>
                    {i > 0 && ', '}
                    <span class="term" title={`log-odds z-score ${t.score.toFixed(2)}`}>
                      {t.term}
                    </span>
                  </>
                ))}
              </p>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

/**
 * Why a story covered from two sides or more shows no frames: a side needs FRAME_MIN_ARTICLES articles to set what it
 * stressed against the others (one article's emphasis is its own). Nothing is said of a story from one side.
 */
function NoFrames(props: { articles: readonly Article[]; outletOf: (id: string) => Outlet | undefined }) {
  const counts = { left: 0, center: 0, right: 0 };
  for (const a of props.articles) {
    const side = a.outletId ? props.outletOf(a.outletId)?.bias?.bucket : undefined;
    if (side) counts[side] += 1;
  }
  if (ORDER.filter((side) => counts[side] > 0).length < 2) return null;
  return (
    <section class="frames" aria-labelledby="frames-title">
      <h2 id="frames-title">How each side covered it</h2>
      <p class="muted">
        Too few articles to compare: a side needs {FRAME_MIN_ARTICLES} to show what it stressed over the
        others, and this story has {ORDER.map((side) => `${sideName(side)} ${counts[side]}`).join(' · ')}. Its
        articles are listed below.
      </p>
    </section>
  );
}
