import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Logger, OutletDirectory, Progress } from '../domain/index.ts';
import type { NewArticle, Store } from '../store/index.ts';
import { hashContent } from '../text/index.ts';

/** One line of data/snapshot/articles.jsonl.gz (written by scripts/build-snapshot.ts). */
export interface SnapshotArticle {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly lead: string;
  readonly outlet: string;
  readonly domain: string;
  readonly published: string;
  readonly topic: string | null;
  readonly bias: string | null;
  readonly source: string;
}

export interface ImportSnapshotResult {
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
}

const BATCH = 1_000;

/**
 * Imports the bundled snapshot into the store, in batches of one transaction each. Idempotent: articles are
 * keyed by URL, so a second import (or one resumed after a crash) inserts nothing twice.
 */
export async function importSnapshot(
  store: Store,
  path: string,
  outlets: OutletDirectory,
  options: { readonly logger: Logger; readonly progress: Progress; readonly total?: number },
): Promise<ImportSnapshotResult> {
  const fetchedAt = new Date().toISOString();
  let read = 0;
  let skipped = 0;
  const totals = { inserted: 0, updated: 0, unchanged: 0 };
  let batch: NewArticle[] = [];
  const flush = async () => {
    const result = await store.transaction((trx) => trx.articles.save(batch, fetchedAt));
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    options.progress.increment(batch.length);
    batch = [];
  };
  options.progress.start(options.total ?? 0, 'import');
  for await (const record of readSnapshot(path)) {
    read += 1;
    const article = toNewArticle(record, outlets, fetchedAt);
    if (!article) {
      skipped += 1;
      options.logger.warn('snapshot: skipped a malformed record', { line: read });
      continue;
    }
    batch.push(article);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  options.progress.stop();
  return { read, skipped, ...totals };
}

/** Reads the snapshot's records one by one. */
export async function* readSnapshot(path: string): AsyncGenerator<SnapshotArticle> {
  const input = createReadStream(path);
  const lines = createInterface({
    input: path.endsWith('.gz') ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as SnapshotArticle;
    } catch (error) {
      throw new Error(`snapshot: ${path} line ${n} is not valid JSON: ${(error as Error).message}`);
    }
  }
}

function toNewArticle(
  record: SnapshotArticle,
  outlets: OutletDirectory,
  fetchedAt: string,
): NewArticle | undefined {
  if (typeof record.url !== 'string' || typeof record.title !== 'string' || !record.title.trim())
    return undefined;
  const published = Date.parse(record.published);
  if (Number.isNaN(published)) return undefined;
  const outlet = outlets.match(record.url) ?? outlets.get(record.domain);
  return {
    url: record.url,
    guid: record.id,
    feedId: null,
    outletId: outlet?.id ?? record.domain ?? null,
    title: record.title,
    lead: record.lead ?? '',
    publishedAt: new Date(published).toISOString(),
    fetchedAt,
    language: 'en',
    contentHash: hashContent(record.title, record.lead),
  };
}
