import type { Story } from '../../domain/index.ts';
import { formatAgo, plural } from '../format.ts';
import { BiasBar } from './bias-bar.tsx';

/** One story in a list: title, summary, bias bar and breadth. */
export function StoryCard({ story, now }: { story: Story; now: Date }) {
  return (
    <article class="card">
      <h2>
        <a href={`/stories/${story.id}`}>{story.title}</a>
      </h2>
      {story.summary && <p class="summary">{story.summary}</p>}
      <BiasBar coverage={story.coverage} compact />
      <p class="meta">
        {plural(story.coverage.articles, 'article')} · {plural(story.coverage.outlets, 'outlet')} · updated{' '}
        <time datetime={story.updatedAt}>{formatAgo(story.updatedAt, now)}</time>
        {story.blindspot && (
          <span class={`tag blindspot-${story.blindspot}`}> · Blindspot for the {cap(story.blindspot)}</span>
        )}
      </p>
    </article>
  );
}

function cap(side: string): string {
  return side[0]!.toUpperCase() + side.slice(1);
}
