import type { Command } from 'commander';
import { registerOutlets } from './outlets.ts';
import { registerCluster } from './cluster.ts';
import { registerFeedback } from './feedback.ts';
import { registerFeeds } from './feeds.ts';
import { registerFeedsCheck } from './feeds-check.ts';
import { registerIngest } from './ingest.ts';
import { registerMigrateStore } from './migrate-store.ts';
import { registerWorker } from './worker.ts';
import { registerRebuild } from './rebuild.ts';
import { registerServe } from './serve.ts';
import { registerStart } from './start.ts';
import { registerStats } from './stats.ts';
import { registerStories } from './stories.ts';
import { registerSummary } from './summary.ts';

/** Every command registers itself on the program; add new commands to this list. */
export const COMMANDS: readonly ((program: Command) => void)[] = [
  registerStart,
  registerServe,
  registerRebuild,
  registerStats,
  registerSummary,
  registerCluster,
  registerOutlets,
  registerFeeds,
  registerFeedsCheck,
  registerFeedback,
  registerStories,
  registerIngest,
  registerMigrateStore,
  registerWorker,
];
