import type { StoryView } from '../prefs/view-stories.ts';
import { formatAgo, plural, sideName } from '../format.ts';
import { foreignLanguage } from './article-list.tsx';
import { BiasBar } from './bias-bar.tsx';

/** One story in a list: title, summary, bias bar and breadth (under the reader's preferences). */
export function StoryCard({ view, now, note }: { view: StoryView; now: Date; note?: string | undefined }) {
  const { story, coverage, blindspot } = view;
  // Title and summary are an article's own words: marked in its language when that is not English.
  return (
    <article class="card" aria-labelledby={`story-${story.id}-title`}>
      <h2 id={`story-${story.id}-title`} lang={langOf(story.titleLanguage)}>
        <a href={`/stories/${story.id}`}>{story.title}</a>
      </h2>
      {story.summary && story.summary !== story.title && (
        <p class="summary" lang={langOf(story.summaryLanguage)}>
          {story.summary}
        </p>
      )}
      <BiasBar coverage={coverage} compact />
      <p class="meta">
        {plural(coverage.articles, 'article')} · {plural(coverage.outlets, 'outlet')} · updated{' '}
        <time datetime={story.updatedAt}>{formatAgo(story.updatedAt, now)}</time>
        {blindspot && (
          <span class={`tag blindspot-${blindspot}`}> · Blindspot for the {sideName(blindspot)}</span>
        )}
        {view.hiddenArticles > 0 && (
          <span class="hidden-note">
            {' '}
            · {plural(view.hiddenArticles, 'article')} hidden by your preferences
          </span>
        )}
      </p>
      {note && <p class="card-note">{note}</p>}
    </article>
  );
}

/** A list of story cards, or a line saying there is none. */
export function StoryList({ views, now, empty }: { views: readonly StoryView[]; now: Date; empty: string }) {
  if (views.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="stories">
      {views.map((view) => (
        <li>
          <StoryCard view={view} now={now} />
        </li>
      ))}
    </ol>
  );
}

/** The lang attribute of a story's words taken from an article in `language`: none for English, the page's. */
export function langOf(language: string | null | undefined): string | undefined {
  return foreignLanguage({ language: language ?? null })?.code;
}
