import type { Logger, OutletDirectory, Progress } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { type SynthesizeStoriesOptions, synthesizeStories } from './synthesize-stories.ts';

export interface RebuildOptions extends SynthesizeStoriesOptions {
  readonly outlets: OutletDirectory;
  readonly logger: Logger;
  readonly progress: Progress;
  /** Outlets whose ratings changed: only their stories are re-synthesized. Default: every story. */
  readonly changedOutlets?: readonly string[];
}

export interface RebuildResult {
  readonly articles: number;
  /** Articles whose outlet changed under the current registry. */
  readonly rematched: number;
  readonly stories: number;
}

/**
 * Re-applies the outlet registry to every stored article (after new ratings or a local override) and
 * re-synthesizes the stories concerned, so coverage and blindspots follow the current ratings.
 */
export async function rebuildStories(store: Store, options: RebuildOptions): Promise<RebuildResult> {
  const moves = new Map<string | null, number[]>();
  let articles = 0;
  for await (const article of store.articles.iterateUrls()) {
    articles += 1;
    const outletId = options.outlets.match(article.url)?.id ?? article.outletId;
    if (outletId === article.outletId) continue;
    const list = moves.get(outletId) ?? [];
    list.push(article.id);
    moves.set(outletId, list);
  }
  let rematched = 0;
  await store.transaction(async (trx) => {
    const touched = new Set(options.changedOutlets ?? []);
    for (const [outletId, ids] of moves) {
      const before = await trx.articles.outletsOf(ids);
      for (const id of before) touched.add(id);
      await trx.articles.setOutlet(ids, outletId);
      if (outletId !== null) touched.add(outletId);
      rematched += ids.length;
    }
    await trx.outlets.replaceAll(options.outlets.all());
    if (options.changedOutlets === undefined) await trx.stories.markDirty('all');
    else await trx.stories.markDirtyForOutlets([...touched]);
  });
  options.logger.info('rebuild: outlets re-matched', { articles, rematched });
  const stories = await synthesizeStories(store, options);
  options.logger.info('rebuild: stories re-synthesized', { stories: stories.length });
  return { articles, rematched, stories: stories.length };
}
