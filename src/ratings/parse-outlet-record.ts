import { readBiasValue } from './bias-scales.ts';
import { readFactualityValue } from './factuality-scales.ts';
import type { OutletRecord, RatingEntry } from './outlet-record.ts';

const ENTRY_STRINGS = ['bias', 'factuality', 'owner', 'ownership', 'country', 'name', 'note'] as const;
const ENTRY_KEYS = new Set<string>([
  'rater',
  'dataset',
  'asOf',
  'source',
  'reasons',
  'replace',
  ...ENTRY_STRINGS,
]);
const RECORD_KEYS = new Set(['id', 'name', 'domains', 'names', 'homepage', 'ratings']);
// A year, a month or a day (data sets dated only by year stay so), or an ISO time for local values.
const DATE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Checks one parsed line of outlets.jsonl; throws an Error whose message says what is wrong. */
export function parseOutletRecord(value: unknown): OutletRecord {
  const record = objectOf(value, 'the line');
  for (const key of Object.keys(record)) if (!RECORD_KEYS.has(key)) throw new Error(`unknown field "${key}"`);
  const id = nonEmpty(record.id, 'id');
  nonEmpty(record.name, 'name');
  const domains = stringList(record.domains, 'domains');
  if (domains.length === 0) throw new Error(`outlet "${id}": domains is empty`);
  if (record.names !== undefined) stringList(record.names, 'names');
  if (record.homepage !== undefined) nonEmpty(record.homepage, 'homepage');
  if (!Array.isArray(record.ratings)) throw new Error(`outlet "${id}": ratings must be a list`);
  record.ratings.forEach((entry, i) => {
    checkEntry(entry, `outlet "${id}", rating ${i + 1}`);
  });
  return record as unknown as OutletRecord;
}

/** Checks one rating entry (shipped or local); throws an Error naming `where`. */
export function checkEntry(value: unknown, where: string): RatingEntry {
  const entry = objectOf(value, where);
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key)) throw new Error(`${where}: unknown field "${key}"`);
  }
  for (const key of ['rater', 'dataset', 'asOf', 'source'] as const) nonEmpty(entry[key], `${where}: ${key}`);
  for (const key of ENTRY_STRINGS) if (entry[key] !== undefined) nonEmpty(entry[key], `${where}: ${key}`);
  if (!DATE.test(entry.asOf as string)) throw new Error(`${where}: asOf "${entry.asOf}" is not a date`);
  const dataset = entry.dataset as string;
  if (entry.bias !== undefined && !readBiasValue(dataset, entry.bias as string)) {
    throw new Error(`${where}: bias "${entry.bias}" is not a value of ${dataset}`);
  }
  if (entry.factuality !== undefined && !readFactualityValue(entry.factuality as string)) {
    throw new Error(`${where}: factuality "${entry.factuality}" is not one of MBFC's six levels`);
  }
  if (entry.country !== undefined && !/^[A-Z]{2}$/.test(entry.country as string)) {
    throw new Error(`${where}: country "${entry.country}" is not an ISO 3166 two-letter code`);
  }
  if (entry.reasons !== undefined) stringList(entry.reasons, `${where}: reasons`);
  if (entry.replace !== undefined && typeof entry.replace !== 'boolean') {
    throw new Error(`${where}: replace must be true or false`);
  }
  return entry as unknown as RatingEntry;
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${what} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

function nonEmpty(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${what} must be a non-empty string`);
  return value;
}

function stringList(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
    throw new Error(`${what} must be a list of non-empty strings`);
  }
  return value as string[];
}
