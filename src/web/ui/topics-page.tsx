import type { TopicSummary } from '../../store/index.ts';
import type { Preferences } from '../prefs/preferences.ts';
import { Layout } from './layout.tsx';
import { TopicChips } from './topic-chips.tsx';

/** The recurring people, places and organisations: lately, and over the whole archive. */
export function TopicsPage(props: {
  recent: readonly TopicSummary[];
  overall: readonly TopicSummary[];
  days: number;
  prefs: Preferences;
}) {
  return (
    <Layout
      title="Topics"
      description="People, places and organisations that recur in the news."
      current="topics"
      prefs={props.prefs}
    >
      <h1>Topics</h1>
      <p class="muted">
        The names (people, places, organisations) that several articles of a story mention, gathered across
        stories. The number is how many stories name each.
      </p>
      <section aria-labelledby="recent-topics">
        <h2 id="recent-topics">Recurring in the last {props.days} days</h2>
        <TopicChips topics={props.recent} label={`Topics of the last ${props.days} days`} />
      </section>
      <section aria-labelledby="all-topics">
        <h2 id="all-topics">Most covered overall</h2>
        <TopicChips topics={props.overall} label="Topics of the whole archive" />
      </section>
    </Layout>
  );
}
