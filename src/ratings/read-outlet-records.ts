import { readFileSync } from 'node:fs';
import type { OutletRecord } from './outlet-record.ts';
import { parseOutletRecord } from './parse-outlet-record.ts';
import { RatingsFileError } from './ratings-file-error.ts';

/** Reads a ratings file (JSON Lines, one outlet a line); a bad line throws a RatingsFileError naming it. */
export function readOutletRecords(path: string): OutletRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RatingsFileError(path, undefined, `cannot read: ${(error as Error).message}`);
  }
  return parseOutletLines(text, path);
}

/** Parses the text of a ratings file; `path` only names it in errors. */
export function parseOutletLines(text: string, path: string): OutletRecord[] {
  const records: OutletRecord[] = [];
  const ids = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new RatingsFileError(path, i + 1, `not valid JSON (${(error as Error).message})`);
    }
    let record: OutletRecord;
    try {
      record = parseOutletRecord(value);
    } catch (error) {
      throw new RatingsFileError(path, i + 1, (error as Error).message);
    }
    const first = ids.get(record.id);
    if (first !== undefined) {
      throw new RatingsFileError(path, i + 1, `outlet "${record.id}" is already defined on line ${first}`);
    }
    ids.set(record.id, i + 1);
    records.push(record);
  }
  if (records.length === 0) throw new RatingsFileError(path, undefined, 'holds no outlets');
  return records;
}
