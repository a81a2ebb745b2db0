import { join } from 'node:path';
import type { OutletDirectory } from '../domain/index.ts';
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
