import { describeBlindspot } from '../../coverage/index.ts';
import type { Preferences } from '../prefs/preferences.ts';
import type { StoryView } from '../prefs/view-stories.ts';
import { plural } from '../format.ts';
import { Layout } from './layout.tsx';
import { FeedLinks, Pager } from './pager.tsx';
import { StoryCard } from './story-card.tsx';

const TABS = [
  ['any', 'All blindspots', '/blindspots'],
  ['left', 'For the Left', '/blindspots?side=left'],
  ['right', 'For the Right', '/blindspots?side=right'],
] as const;

/** The blindspot list: the rule in words (with the configured thresholds), then each story and why. */
export function BlindspotsPage(props: {
  side: 'any' | 'left' | 'right';
  rule: string;
  views: readonly StoryView[];
  dropped: number;
  now: Date;
  prefs: Preferences;
  pager: { page: number; hasMore: boolean; href: (page: number) => string };
}) {
  const feedPath = props.side === 'any' ? '/feeds/blindspots' : `/feeds/blindspots-${props.side}`;
  return (
    <Layout
      title="Blindspots"
      description="Stories that one side of the media barely covered."
      current="blindspots"
      prefs={props.prefs}
      feed={{ title: 'Parallax: blindspots', path: feedPath }}
    >
      <h1>Blindspots</h1>
      <section class="rule" aria-labelledby="rule-title">
        <h2 id="rule-title" class="visually-hidden">
          How a blindspot is found
        </h2>
        <p>{props.rule}</p>
        <p class="muted">
          A blindspot says who covered a story, not whether it is true or important. To keep low-factuality
          outlets from making a blindspot, set a minimum factuality in your{' '}
          <a href="/settings">preferences</a>: the blindspots are then judged again on the outlets you keep.
        </p>
      </section>
      <nav class="side-filter" aria-label="Blindspots by side">
        <ul>
          {TABS.map(([side, label, href]) => (
            <li>
              <a href={href} class={`filter ${side}`} aria-current={side === props.side ? 'true' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.dropped > 0 && props.prefs.hidden.length + (props.prefs.minFactuality ? 1 : 0) > 0 && (
        <p class="hidden-note">
          {plural(props.dropped, 'story', 'stories')} on this page {props.dropped === 1 ? 'is' : 'are'} no
          longer a blindspot without the outlets your preferences hide.
        </p>
      )}
      {props.views.length === 0 ? (
        <p class="empty">No blindspots here.</p>
      ) : (
        <ol class="stories blindspots">
          {props.views.map((view) => (
            <li>
              <StoryCard
                view={view}
                now={props.now}
                note={describeBlindspot(view.blindspot, view.coverage)}
              />
            </li>
          ))}
        </ol>
      )}
      <Pager {...props.pager} />
      <FeedLinks path={feedPath} label="these blindspots" />
    </Layout>
  );
}
