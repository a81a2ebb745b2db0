import type { Config } from '../config/index.ts';
import { silentProgress } from '../domain/index.ts';
import type { SplitStoryOptions } from '../pipeline/split-story.ts';
import type { StorySplit } from '../store/index.ts';
import { createLogger, loadOutlets } from './context.ts';
import { createSynthesizer } from './synthesizer.ts';

/** What splitting a story needs to re-synthesize both stories, as `rebuild` does. */
export function splitOptions(config: Config): SplitStoryOptions {
  const logger = createLogger();
  return {
    outlets: loadOutlets(config),
    synthesize: createSynthesizer(config, logger),
    blindspot: config.blindspot,
    logger,
    progress: silentProgress,
  };
}

/** "1 article moved to new story 9330", saying how many of them were syndicated copies that went along. */
export function describeSplit(split: StorySplit, asked: number): string {
  const n = split.articleIds.length;
  return `${n} ${n === 1 ? 'article' : 'articles'} moved to new story ${split.newStoryId}${withCopies(n - asked)}`;
}

/** " (with its syndicated copy)", " (with 2 syndicated copies)", or nothing. */
export function withCopies(copies: number): string {
  if (copies === 0) return '';
  return ` (with ${copies === 1 ? 'its syndicated copy' : `${copies} syndicated copies`})`;
}

/**
 * Said wherever an operator splits stories: the stored stories change at once, a running clusterer's memory does not.
 */
export const LIVE_CLUSTERER_NOTE =
  'Pages and the API show the change at once; a clustering process already running (serve --live, ingest ' +
  'without --once, worker) rebuilds the stories it holds in memory from the store before its next refresh.';
