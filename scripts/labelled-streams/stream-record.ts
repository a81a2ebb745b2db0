import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One line of a labelled stream (DESIGN §4). */
export interface StreamRecord {
  readonly id: string;
  readonly story: string;
  readonly title: string;
  readonly text: string;
  readonly published: string | null;
  readonly url: string;
  readonly outlet: string;
  readonly lang: string;
}

/** Writes records as JSON Lines, creating the folder; returns the number written. */
export function writeStream(path: string, records: readonly StreamRecord[]): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return records.length;
}

export { seededRandom, shuffled } from '../../src/cluster/train/seeded-random.ts';
