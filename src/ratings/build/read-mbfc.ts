import type { RatingEntry } from '../outlet-record.ts';
import { normalizeDomain } from '../outlet-id.ts';
import type { DatasetInfo } from './dataset-info.ts';

/** One MBFC source as a registry entry: its domain (host or host/path), name and rating. */
export interface MbfcOutlet {
  readonly domain: string;
  readonly name: string;
  readonly entry: RatingEntry;
}

/** What the MBFC file holds for the registry: the file's date, its sources and its domain aliases. */
export interface MbfcData {
  readonly asOf: string;
  readonly outlets: readonly MbfcOutlet[];
  /** alias → canonical domain (bbc.co.uk → bbc.com). */
  readonly aliases: ReadonlyMap<string, string>;
  readonly skipped: readonly string[];
}

interface MbfcSource {
  domain?: unknown;
  name?: unknown;
  url?: unknown;
  bias?: unknown;
  reporting?: unknown;
  questionable?: unknown;
}

/** Reads MBFC's combined.json (mbfcext v5): every source kept, bias and reporting as MBFC states them. */
export function readMbfc(json: unknown, info: Omit<DatasetInfo, 'asOf'>): MbfcData {
  const data = json as { date?: unknown; sources?: unknown; aliases?: unknown };
  if (typeof data.date !== 'string' || !Array.isArray(data.sources)) {
    throw new Error('ratings: MBFC file has no date or no sources');
  }
  const asOf = data.date.slice(0, 10);
  const outlets: MbfcOutlet[] = [];
  const skipped: string[] = [];
  for (const source of data.sources as MbfcSource[]) {
    const domain = typeof source.domain === 'string' ? normalizeDomain(source.domain) : undefined;
    if (!domain?.includes('.') || typeof source.name !== 'string') {
      skipped.push(`${String(source.domain)}: not a domain`);
      continue;
    }
    const reasons = Array.isArray(source.questionable) ? source.questionable.map(String) : [];
    const entry: RatingEntry = {
      rater: info.rater,
      dataset: info.dataset,
      asOf,
      source: typeof source.url === 'string' && source.url !== '' ? source.url : info.source,
      ...(typeof source.bias === 'string' ? { bias: source.bias } : {}),
      ...(typeof source.reporting === 'string' && source.reporting !== ''
        ? { factuality: source.reporting }
        : {}),
      ...(reasons.length > 0 ? { reasons } : {}),
    };
    outlets.push({ domain, name: source.name.trim(), entry });
  }
  const aliases = new Map<string, string>();
  for (const [alias, canonical] of Object.entries((data.aliases ?? {}) as Record<string, unknown>)) {
    const a = normalizeDomain(alias);
    const c = typeof canonical === 'string' ? normalizeDomain(canonical) : undefined;
    if (a && c) aliases.set(a, c);
  }
  return { asOf, outlets, aliases, skipped };
}
