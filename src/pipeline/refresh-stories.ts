import type { StoryClusterer } from '../cluster/index.ts';
import type { Store } from '../store/index.ts';
import { assignStories, type StoryIdMap } from './assign-stories.ts';
import { type SynthesizeStoriesOptions, synthesizeStories } from './synthesize-stories.ts';

export interface RefreshStoriesOptions extends SynthesizeStoriesOptions {
  readonly clusterer: StoryClusterer;
  readonly storyIds: StoryIdMap;
}

/** New articles flow on: assign them to stories, then synthesize every story that changed. */
export async function refreshStories(store: Store, options: RefreshStoriesOptions) {
  const assigned = await assignStories(store, options.clusterer, options.storyIds, options);
  const synthesized = await synthesizeStories(store, options);
  if (synthesized.length > 0)
    options.logger.info('synthesize: refreshed stories', { stories: synthesized.length });
  return { ...assigned, synthesized: synthesized.length };
}
