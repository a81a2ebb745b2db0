import type { Story } from '../../domain/index.ts';
import { formatTime } from '../format.ts';
import { Layout } from './layout.tsx';
import { StoryCard } from './story-card.tsx';

/** The front page: the stories of the latest days, broadest coverage first. */
export function FrontPage({ stories, now, days }: { stories: readonly Story[]; now: Date; days: number }) {
  return (
    <Layout
      title="Parallax"
      description="Every news story from every side: who covered it, and how they lean."
    >
      <h1>Top stories</h1>
      <p class="muted">
        The stories of the {days} days up to {formatTime(now.toISOString())}, most outlets first.
      </p>
      {stories.length === 0 ? (
        <p>No stories yet.</p>
      ) : (
        <ol class="stories">
          {stories.map((story) => (
            <li>
              <StoryCard story={story} now={now} />
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
