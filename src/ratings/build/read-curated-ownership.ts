import { normalizeDomain } from '../outlet-id.ts';

/** One outlet's ownership as Parallax curates it (data/ownership/curated.json), with where it is documented. */
export interface CuratedOwnership {
  readonly domain: string;
  readonly owner: string;
  readonly ownership: string;
  /** The year (or date) the source documents the owner as holding. */
  readonly asOf: string;
  readonly source: string;
}

const FIELDS = ['domain', 'name', 'owner', 'ownership', 'asOf', 'source'] as const;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Reads data/ownership/curated.json; throws on an entry that lacks a field, has an unknown one, or a bad date. */
export function readCuratedOwnership(json: unknown): CuratedOwnership[] {
  const outlets = (json as { outlets?: unknown } | null)?.outlets;
  if (!Array.isArray(outlets)) throw new Error('ratings: curated ownership has no "outlets" list');
  return outlets.map((item: Record<string, unknown>, i) => {
    const where = `ratings: curated ownership, entry ${i + 1}`;
    for (const key of Object.keys(item ?? {})) {
      if (!(FIELDS as readonly string[]).includes(key)) throw new Error(`${where}: unknown field "${key}"`);
    }
    const text = (key: (typeof FIELDS)[number]) => {
      const value = item[key];
      if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where}: ${key} is missing`);
      return value.trim();
    };
    const domain = normalizeDomain(text('domain'));
    if (!domain) throw new Error(`${where}: domain "${text('domain')}" is not a domain`);
    if (!DATE.test(text('asOf'))) throw new Error(`${where}: asOf "${text('asOf')}" is not a date`);
    text('name');
    return {
      domain,
      owner: text('owner'),
      ownership: text('ownership'),
      asOf: text('asOf'),
      source: text('source'),
    };
  });
}
