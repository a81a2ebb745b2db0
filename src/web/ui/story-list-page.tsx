import type { Child } from 'hono/jsx';
import type { Preferences } from '../prefs/preferences.ts';
import type { StoryView } from '../prefs/view-stories.ts';
import { type FeedLink, Layout, type NavKey } from './layout.tsx';
import { FeedLinks, Pager } from './pager.tsx';
import { StoryList } from './story-card.tsx';

export interface StoryListPageProps {
  readonly title: string;
  readonly heading?: string;
  readonly description: string;
  readonly current?: NavKey;
  readonly intro?: Child;
  readonly views: readonly StoryView[];
  readonly now: Date;
  readonly empty: string;
  readonly prefs: Preferences;
  readonly feed?: FeedLink & { readonly label: string };
  readonly pager?: {
    readonly page: number;
    readonly hasMore: boolean;
    readonly href: (page: number) => string;
  };
}

/** A page that is a list of stories: top stories, latest, a topic, an outlet's stories. */
export function StoryListPage(props: StoryListPageProps) {
  return (
    <Layout
      title={props.title}
      description={props.description}
      current={props.current}
      prefs={props.prefs}
      feed={props.feed}
    >
      <h1>{props.heading ?? props.title}</h1>
      {props.intro}
      <StoryList views={props.views} now={props.now} empty={props.empty} />
      {props.pager && <Pager {...props.pager} />}
      {props.feed && <FeedLinks path={props.feed.path} label={props.feed.label} />}
    </Layout>
  );
}
