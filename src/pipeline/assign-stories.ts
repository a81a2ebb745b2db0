import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ClusterInput, StoryClusterer } from '../cluster/index.ts';
import type { Article, Logger, Progress } from '../domain/index.ts';
import type { Store, StoryAssignment } from '../store/index.ts';

export interface AssignStoriesOptions {
  readonly logger: Logger;
  readonly progress: Progress;
  readonly batchSize?: number;
  /** Time stamp of the assignments. */
  readonly now?: string;
}

export interface AssignStoriesResult {
  readonly assigned: number;
  readonly newStories: number;
  readonly duplicates: number;
  readonly storyIds: readonly number[];
}

/**
 * The clustering writer: gives every unassigned article a story, in publication order, one transaction per
 * batch. Only one process may run it at a time (on PostgreSQL it holds a lock; see pipeline/cluster-writer).
 * Story ids come from the store, so ids stay unique across restarts whatever the clusterer numbers internally.
 */
export async function assignStories(
  store: Store,
  clusterer: StoryClusterer,
  storyIds: StoryIdMap,
  options: AssignStoriesOptions,
): Promise<AssignStoriesResult> {
  const batchSize = options.batchSize ?? 1_000;
  const touched = new Set<number>();
  let assigned = 0;
  let newStories = 0;
  let duplicates = 0;
  options.progress.start(0, 'cluster');
  for (;;) {
    const articles = await store.articles.listUnassigned(batchSize);
    if (articles.length === 0) break;
    let next = Math.max(await store.stories.nextId(), storyIds.next);
    const assignments: StoryAssignment[] = [];
    for (const article of articles) {
      const result = clusterer.assign(toClusterInput(article));
      let storyId = storyIds.get(result.story);
      if (storyId === undefined) {
        storyId = next++;
        storyIds.set(result.story, storyId);
        newStories += 1;
      }
      if (result.duplicateOf || result.supersedes) duplicates += 1;
      touched.add(storyId);
      assignments.push({
        articleId: article.id,
        storyId,
        isNew: result.isNew,
        duplicateOf: result.duplicateOf ? Number(result.duplicateOf) : null,
        supersedes: result.supersedes ? Number(result.supersedes) : null,
        publishedAt: article.publishedAt,
        title: article.title,
        score: result.explanation.score,
        runnerUp: mapRunnerUp(result.explanation.runnerUp, storyIds),
        sharedTerms: result.explanation.sharedTerms,
        sharedEntities: result.explanation.sharedEntities,
      });
    }
    storyIds.next = next;
    await store.transaction((trx) =>
      trx.stories.applyAssignments(assignments, options.now ?? new Date().toISOString()),
    );
    assigned += articles.length;
    options.progress.increment(articles.length);
  }
  options.progress.stop();
  if (assigned > 0)
    options.logger.info('cluster: assigned articles', { articles: assigned, new_stories: newStories });
  return { assigned, newStories, duplicates, storyIds: [...touched] };
}

const RESTORE_SLICE = 500;

/** Replays the assigned articles of the open window into a fresh clusterer, so a restart continues where it was. */
export async function restoreClusterer(
  store: Store,
  clusterer: StoryClusterer,
  since: string,
  options: { readonly logger: Logger },
): Promise<StoryIdMap> {
  const storyIds = new StoryIdMap();
  const articles: Article[] = [];
  let after = 0;
  for (;;) {
    const page = await store.articles.listAssignedSince(since, after);
    articles.push(...page);
    if (page.length === 0) break;
    after = page.at(-1)!.id;
  }
  articles.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id - b.id);
  for (const [i, article] of articles.entries()) {
    clusterer.restore(
      toClusterInput(article),
      article.storyId!,
      article.duplicateOf === null ? null : String(article.duplicateOf),
    );
    storyIds.set(article.storyId!, article.storyId!);
    // A large window takes seconds to replay; a server in the same process keeps answering meanwhile.
    if (i % RESTORE_SLICE === RESTORE_SLICE - 1) await yieldToEventLoop();
  }
  if (articles.length > 0)
    options.logger.info('cluster: restored open stories', { articles: articles.length, since });
  return storyIds;
}

/** Maps the clusterer's story numbers to the store's story ids. */
export class StoryIdMap {
  private readonly map = new Map<number, number>();
  next = 1;

  get(clusterStory: number): number | undefined {
    return this.map.get(clusterStory);
  }

  set(clusterStory: number, storyId: number): void {
    this.map.set(clusterStory, storyId);
    this.next = Math.max(this.next, storyId + 1);
  }
}

function mapRunnerUp(runnerUp: { story: number; score: number } | null, ids: StoryIdMap) {
  if (!runnerUp) return null;
  const story = ids.get(runnerUp.story);
  return story === undefined ? null : { story, score: runnerUp.score };
}

/** What the clusterer sees of an article. */
export function toClusterInput(article: Article): ClusterInput {
  return {
    id: String(article.id),
    title: article.title,
    text: article.lead,
    published: article.publishedAt,
    url: article.url,
    outlet: article.outletId ?? undefined,
    lang: article.language ?? undefined,
  };
}
