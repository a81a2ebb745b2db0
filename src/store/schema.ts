import type { Generated } from 'kysely';

// One Database interface of tables (STYLE habit 9). Times are ISO 8601 UTC strings, which sort the same on
// SQLite and PostgreSQL; JSON columns are text written and read by the store only; booleans are 0/1.

export interface OutletTable {
  id: string;
  name: string;
  bias_bucket: string | null;
  bias_score: number | null;
  factuality: string | null;
  ownership_category: string | null;
  /** The whole Outlet record (raters and all), as JSON. */
  detail: string;
}

export interface FeedTable {
  id: Generated<number>;
  url: string;
  outlet_id: string | null;
  title: string | null;
  site_url: string | null;
  etag: string | null;
  last_modified: string | null;
  ttl_minutes: number | null;
  next_check_at: string | null;
  checked_at: string | null;
  error_count: Generated<number>;
  last_error_kind: string | null;
  last_error_message: string | null;
  active: Generated<number>;
  created_at: string;
  /** JSON array of the normalised sentences the feed's article pages open with whatever the news. */
  template_sentences: Generated<string>;
}

export interface ArticleTable {
  id: Generated<number>;
  /** Canonical URL: the identity of an article. */
  url: string;
  guid: string | null;
  feed_id: number | null;
  outlet_id: string | null;
  title: string;
  lead: string;
  text: string | null;
  author: string | null;
  published_at: string;
  fetched_at: string;
  language: string | null;
  content_hash: string;
  story_id: number | null;
  duplicate_of: number | null;
  updated_at: string;
}

export interface StoryTable {
  /** Allocated by the single clustering writer, never reused. */
  id: number;
  title: string;
  summary: string;
  key_points: string;
  frames: string;
  coverage: string;
  blindspot: string | null;
  first_published_at: string;
  updated_at: string;
  article_count: number;
  outlet_count: number;
  left_count: number;
  center_count: number;
  right_count: number;
  unrated_count: number;
  first_article_id: number | null;
  first_outlet_id: string | null;
  /** Articles the title was taken from (JSON array of ids). */
  title_sources: Generated<string>;
  /** Articles the summary was taken from (JSON array of ids). */
  summary_sources: Generated<string>;
  entities: string;
  /** Bumped whenever the story changes; pages and API answers are cached by it. */
  version: number;
  /** 1 when articles joined since the last synthesis. */
  dirty: number;
}

export interface AssignmentTable {
  article_id: number;
  story_id: number;
  is_new: number;
  score: number;
  runner_up_story: number | null;
  runner_up_score: number | null;
  shared_terms: string;
  shared_entities: string;
  assigned_at: string;
  /** 1 when an operator moved the article to this story (`parallax stories split`), not the clusterer. */
  moved_by_operator: Generated<number>;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface StoryTopicTable {
  /** topicSlug(name): lower-case letters and digits, accents dropped, runs joined by "-". */
  slug: string;
  story_id: number;
  /** The name as the story's synthesis spelled it. */
  name: string;
  /** Rank of the name among the story's entities (0 = most mentioned). */
  position: number;
  /** For a person's full name ("Donald Trump"), the slug of the surname ("trump"); otherwise null. */
  surname: string | null;
}

export interface StoryTopicVersionTable {
  story_id: number;
  /** The story version whose entities are in story_topics. */
  version: number;
}

export interface ClusterFeedbackTable {
  story_id: number;
  article_id: number;
  /** A FeedbackVerdict ('not_in_story'). */
  verdict: string;
  /** How many times readers gave this verdict. */
  votes: number;
  first_at: string;
  last_at: string;
  /** When an operator acted on the flag (`parallax feedback apply`); null until then. */
  applied_at: string | null;
}

export interface Database {
  outlets: OutletTable;
  feeds: FeedTable;
  articles: ArticleTable;
  stories: StoryTable;
  assignments: AssignmentTable;
  meta: MetaTable;
  story_topics: StoryTopicTable;
  story_topic_versions: StoryTopicVersionTable;
  cluster_feedback: ClusterFeedbackTable;
}
