// Test helper: AllSides' coverage notes (roundup paragraphs after the summary) from ../shared/data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const FILE = resolve(
  import.meta.dirname,
  '../../../../shared/data/allsides_roundups_neus/roundups_2021-04_to_2021-07.jsonl.gz',
);

/** Roundup id → its coverage note. */
export function readRoundupNotes(): Map<number, string> {
  const notes = new Map<number, string>();
  for (const line of gunzipSync(readFileSync(FILE)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as { id: number; roundup: string[] };
    notes.set(raw.id, raw.roundup.slice(1).join(' '));
  }
  return notes;
}
