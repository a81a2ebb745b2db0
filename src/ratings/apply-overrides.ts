import type { OutletRecord } from './outlet-record.ts';
import type { Overrides } from './overrides.ts';
import { normalizeDomain, outletIdOf } from './outlet-id.ts';
import { RatingsFileError } from './ratings-file-error.ts';
import { toLocalEntry } from './read-overrides.ts';

/**
 * Layers local overrides over shipped records: each becomes one more rating entry (rater "local") of the outlet
 * whose id or domain is the key; a key no outlet has becomes a new local outlet. Records are not mutated.
 */
export function applyOverrides(
  records: readonly OutletRecord[],
  overrides: Overrides,
  path: string,
): OutletRecord[] {
  const byKey = new Map<string, number>();
  records.forEach((record, i) => {
    byKey.set(record.id, i);
    for (const domain of record.domains) if (!byKey.has(domain)) byKey.set(domain, i);
  });
  const out = [...records];
  for (const [key, override] of Object.entries(overrides)) {
    const entry = toLocalEntry(key, override, path, override.asOf ?? new Date(0).toISOString());
    const domain = key.includes('~') ? key : (normalizeDomain(key) ?? key);
    const index = byKey.get(key) ?? byKey.get(domain);
    if (index !== undefined) {
      const record = out[index]!;
      out[index] = { ...record, ratings: [...record.ratings, entry] };
      continue;
    }
    if (key.includes('~')) throw new RatingsFileError(path, undefined, `"${key}" is the id of no outlet`);
    byKey.set(domain, out.length);
    out.push({ id: outletIdOf(domain), name: override.name ?? domain, domains: [domain], ratings: [entry] });
  }
  return out;
}
