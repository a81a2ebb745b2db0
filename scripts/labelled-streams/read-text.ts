import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** A text file's contents, gunzipped when its name ends in .gz. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The parsed lines of a JSON Lines file (gzipped or not). */
export function readJsonLines(path: string): unknown[] {
  return readText(path)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}
