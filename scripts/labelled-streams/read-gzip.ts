import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The text of a gzip file. */
export function readGzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

/** The parsed lines of a gzip JSON Lines file. */
export function readGzipJsonLines(path: string): unknown[] {
  return readGzipText(path)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}
