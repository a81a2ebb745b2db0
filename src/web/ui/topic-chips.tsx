import type { TopicSummary } from '../../store/index.ts';

/** Topics as a list of links, each with its number of stories. */
export function TopicChips({ topics, label }: { topics: readonly TopicSummary[]; label: string }) {
  if (topics.length === 0) return <p class="empty">No topics yet.</p>;
  return (
    <ul class="topics" aria-label={label}>
      {topics.map((t) => (
        <li>
          <a href={`/topics/${encodeURIComponent(t.slug)}`}>
            {t.name} <span class="count">{t.stories}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
