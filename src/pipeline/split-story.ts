import type { Store, StorySplit } from '../store/index.ts';
import { type SynthesizeStoriesOptions, synthesizeStory } from './synthesize-stories.ts';

/**
 * The `meta` key an operator's edit of the stories sets (its time and the new story), so that a clustering writer
 * holding the stories in memory rebuilds them from the store (startClusterWriter reads it before every refresh).
 */
export const STORIES_EDITED_KEY = 'stories_edited';

export interface SplitStoryOptions extends SynthesizeStoriesOptions {
  /** Time stamp of the moved articles' assignments. */
  readonly now?: string;
}

/**
 * An operator's correction of the clustering: moves `articleIds` (and their syndicated copies) out of a story into
 * one new story, re-synthesizes both and re-indexes their topics, all in one transaction. Throws StorySplitError,
 * changing nothing, when an article is not in the story or none would be left in it.
 */
export async function splitStory(
  store: Store,
  storyId: number,
  articleIds: readonly number[],
  options: SplitStoryOptions,
): Promise<StorySplit> {
  return store.transaction((trx) => splitStoryIn(trx, storyId, articleIds, options));
}

/** splitStory inside a transaction the caller holds (to store more in it, such as a flag being applied). */
export async function splitStoryIn(
  trx: Store,
  storyId: number,
  articleIds: readonly number[],
  options: SplitStoryOptions,
): Promise<StorySplit> {
  const now = options.now ?? new Date().toISOString();
  const split = await trx.stories.split(storyId, articleIds, now);
  await synthesizeStory(trx, split.storyId, options);
  await synthesizeStory(trx, split.newStoryId, options);
  await trx.topics.indexChangedStories();
  await trx.meta.set(STORIES_EDITED_KEY, `${now} split ${split.storyId} into ${split.newStoryId}`);
  return split;
}
