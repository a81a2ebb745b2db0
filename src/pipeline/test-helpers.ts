import { join } from 'node:path';
import { type OutletDirectory, silentLogger, silentProgress } from '../domain/index.ts';
import { openStore, type Store } from '../store/index.ts';

/** The last 600 articles of the real demo snapshot (2021 AllSides roundups and late-2020 articles). */
export const SNAPSHOT_TAIL = join(import.meta.dirname, 'testdata', 'snapshot-tail.jsonl');

/** A fresh in-memory store. */
export function openMemoryStore(): Promise<Store> {
  return openStore({ sqlitePath: ':memory:' });
}

/** An outlet directory that knows every host as an unrated outlet named after it. */
export const hostOutlets: OutletDirectory = {
  get: (id) => ({ id, name: id, domains: [id], flags: [] }),
  match(url) {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return { id: host, name: host, domains: [host], flags: [] };
  },
  all: () => [],
};

/**
 * Options of the import and refresh pipelines for tests: every host an outlet, each story titled and summarized by
 * its first article, the default blindspot rule, silent.
 */
export const pipelineOptions = {
  outlets: hostOutlets,
  synthesize: (articles: readonly { title: string; lead: string }[]) => ({
    title: articles[0]!.title,
    titleArticleIds: [],
    summary: articles[0]!.lead,
    summaryArticleIds: [],
    keyPoints: [],
    frames: [],
    entities: [],
  }),
  blindspot: { minRatedOutlets: 5, maxShare: 0.1, minOtherShare: 0.5 },
  logger: silentLogger,
  progress: silentProgress,
};
