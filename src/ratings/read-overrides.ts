import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RatingEntry } from './outlet-record.ts';
import type { Override, Overrides } from './overrides.ts';
import { normalizeDomain } from './outlet-id.ts';
import { checkEntry } from './parse-outlet-record.ts';
import { RatingsFileError } from './ratings-file-error.ts';
import { lineOfJsonError, linesOfKey } from './json-lines.ts';

const KEYS = new Set([
  'bias',
  'factuality',
  'owner',
  'ownership',
  'country',
  'name',
  'note',
  'replace',
  'asOf',
]);

/** Reads the local override file; a missing file is no overrides, a malformed one a RatingsFileError. */
export function readOverrides(path: string): Overrides {
  let text: string;
  let modified: string;
  try {
    text = readFileSync(path, 'utf8');
    modified = statSync(path).mtime.toISOString();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new RatingsFileError(path, undefined, `cannot read: ${(error as Error).message}`);
  }
  return parseOverrides(text, path, modified);
}

/**
 * Parses override file text and checks every value, so that nothing of a bad file is used. `modified` dates
 * values that carry no `asOf` (a hand-written file).
 */
export function parseOverrides(text: string, path: string, modified: string): Overrides {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new RatingsFileError(path, lineOfJsonError(text, message), `not valid JSON (${message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RatingsFileError(path, 1, 'must be a JSON object of domain → override');
  }
  const out: Record<string, Override> = {};
  for (const [key, override] of Object.entries(value)) {
    const lines = linesOfKey(text, key);
    const line = lines[0] ?? 1;
    if (lines.length > 1)
      throw new RatingsFileError(path, lines[1], `"${key}" appears twice (first on line ${line})`);
    try {
      toLocalEntry(key, override, path, modified);
    } catch (error) {
      throw new RatingsFileError(path, line, (error as Error).message);
    }
    out[key] = { asOf: modified, ...(override as Override) };
  }
  return out;
}

/** The rating entry (rater "local") an override stands for; throws an Error when the override is malformed. */
export function toLocalEntry(key: string, override: unknown, path: string, modified: string): RatingEntry {
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    throw new Error(`"${key}" must map to an object`);
  }
  if (normalizeDomain(key.replace(/~.*$/, '')) === undefined) throw new Error(`"${key}" is not a domain`);
  for (const field of Object.keys(override)) {
    if (!KEYS.has(field)) {
      throw new Error(`"${key}": unknown field "${field}" (known: ${[...KEYS].join(', ')})`);
    }
  }
  const o = override as Override;
  const entry = {
    rater: 'local',
    dataset: 'local',
    asOf: o.asOf ?? modified,
    source: `local override (${basename(path)})`,
    ...pick(o),
  };
  return checkEntry(entry, `"${key}"`);
}

function pick(o: Override): Partial<RatingEntry> {
  const out: Record<string, unknown> = {};
  for (const key of [
    'bias',
    'factuality',
    'owner',
    'ownership',
    'country',
    'name',
    'note',
    'replace',
  ] as const) {
    if (o[key] !== undefined) out[key] = o[key];
  }
  return out;
}
