import type { Story } from '../domain/index.ts';
import type { Store, StoryListQuery, StoryVersion } from '../store/index.ts';
import { versionsOf } from './respond.ts';

/** A story list as of now: its ids and versions (the cache key), and the stories themselves on demand. */
export interface StoryProbe {
  readonly versions: readonly StoryVersion[];
  /** Ids and versions in order: what a rendering of these stories depends on. */
  readonly key: string;
  /** The stories (only on a cache miss: reading their JSON columns is the costly part). */
  readonly load: (count?: number) => Promise<Story[]>;
}

/** Probes `stories.list(query)` by version only, so that a cached page costs one narrow query. */
export async function probeStories(store: Store, query: StoryListQuery): Promise<StoryProbe> {
  const versions = await store.browse.listStoryVersions(query);
  return {
    versions,
    key: versionsOf(versions),
    load: (count = versions.length) => store.browse.getStories(versions.slice(0, count).map((v) => v.id)),
  };
}
