import type { TopicSummary } from '../../store/index.ts';
import { formatTime, plural } from '../format.ts';
import type { Preferences } from '../prefs/preferences.ts';
import type { StoryView } from '../prefs/view-stories.ts';
import { Layout } from './layout.tsx';
import { FeedLinks, Pager } from './pager.tsx';
import { StoryList } from './story-card.tsx';
import { TopicChips } from './topic-chips.tsx';

/** One topic: the stories that name it, newest first, and the topics that share its stories. */
export function TopicPage(props: {
  topic: TopicSummary;
  related: readonly TopicSummary[];
  views: readonly StoryView[];
  now: Date;
  prefs: Preferences;
  pager: { page: number; hasMore: boolean; href: (page: number) => string };
}) {
  const { topic } = props;
  const feedPath = `/feeds/topics/${encodeURIComponent(topic.slug)}`;
  return (
    <Layout
      title={topic.name}
      description={`Stories about ${topic.name}, from every side.`}
      current="topics"
      prefs={props.prefs}
      feed={{ title: `Parallax: ${topic.name}`, path: feedPath }}
    >
      <p class="meta">
        <a href="/topics">Topics</a>
      </p>
      <h1>{topic.name}</h1>
      <p class="muted">
        Named in {plural(topic.stories, 'story', 'stories')}, the latest updated {formatTime(topic.latestAt)}.
      </p>
      {props.related.length > 0 && (
        <section aria-labelledby="related-topics">
          <h2 id="related-topics">Often together with</h2>
          <TopicChips topics={props.related} label={`Topics named with ${topic.name}`} />
        </section>
      )}
      <h2>Stories</h2>
      <StoryList views={props.views} now={props.now} empty="No stories to show." />
      <Pager {...props.pager} />
      <FeedLinks path={feedPath} label={`stories about ${topic.name}`} />
    </Layout>
  );
}
