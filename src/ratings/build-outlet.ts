import type { Outlet, Ownership, RaterValue } from '../domain/index.ts';
import { readBiasValue } from './bias-scales.ts';
import { type BiasInput, blendBias } from './blend-bias.ts';
import { readFactualityValue } from './factuality-scales.ts';
import type { OutletRecord, RatingEntry } from './outlet-record.ts';
import { type FactualityInput, pickFactuality } from './pick-factuality.ts';
import { sortRaterValues } from './rater-order.ts';

/** Turns a shipped (or overridden) record into an Outlet: blended bias, chosen factuality, ownership, flags. */
export function buildOutlet(record: OutletRecord, weights: Readonly<Record<string, number>>): Outlet {
  const bias = blendBias(biasInputs(record.ratings), weights);
  const factuality = pickFactuality(factualityInputs(record.ratings), weights);
  const ownership = pickOwnership(record.ratings);
  const country = latestWith(record.ratings, 'country');
  const localName = latestWith(record.ratings, 'name');
  const others = record.ratings.flatMap(otherValues);
  return {
    id: record.id,
    name: localName?.name ?? record.name,
    domains: record.domains,
    ...(record.homepage ? { homepage: record.homepage } : {}),
    ...(country ? { country: country.country } : {}),
    ...(bias.rating ? { bias: bias.rating } : {}),
    ...(factuality.rating ? { factuality: factuality.rating } : {}),
    ...(ownership ? { ownership } : {}),
    flags: flagsOf(record.ratings),
    raters: [...bias.values, ...factuality.values, ...sortRaterValues(others)],
  };
}

function baseValue(entry: RatingEntry, kind: RaterValue['kind'], value: string): RaterValue {
  return {
    rater: entry.rater,
    value,
    asOf: entry.asOf,
    source: entry.source,
    kind,
    dataset: entry.dataset,
    ...(entry.note ? { note: entry.note } : {}),
  };
}

function biasInputs(entries: readonly RatingEntry[]): BiasInput[] {
  return entries.flatMap((entry): BiasInput[] => {
    if (entry.bias === undefined) return [];
    const reading = readBiasValue(entry.dataset, entry.bias) ?? {};
    const reasons = entry.reasons?.length ? `reasons given: ${entry.reasons.join(', ')}` : undefined;
    const value = baseValue(entry, 'bias', entry.bias);
    return [
      {
        value: {
          ...value,
          ...(reading.score === undefined ? {} : { score: reading.score }),
          ...(reasons ? { note: [value.note, reasons].filter(Boolean).join('; ') } : {}),
        },
        ...(reading.covers ? { covers: reading.covers } : {}),
        ...(reading.flag ? { flag: reading.flag } : {}),
        ...(entry.replace ? { replace: true } : {}),
      },
    ];
  });
}

function factualityInputs(entries: readonly RatingEntry[]): FactualityInput[] {
  return entries.flatMap((entry): FactualityInput[] => {
    const label = entry.factuality === undefined ? undefined : readFactualityValue(entry.factuality);
    return label && entry.factuality
      ? [{ value: baseValue(entry, 'factuality', entry.factuality), label }]
      : [];
  });
}

/** Flags come from each rater's latest bias value: a category MBFC has since dropped is not kept. */
function flagsOf(entries: readonly RatingEntry[]): string[] {
  const latest = new Map<string, RatingEntry>();
  for (const entry of entries) {
    if (entry.bias === undefined) continue;
    const seen = latest.get(entry.rater);
    if (!seen || entry.asOf > seen.asOf) latest.set(entry.rater, entry);
  }
  const flags = [...latest.values()].flatMap((e) => readBiasValue(e.dataset, e.bias!)?.flag ?? []);
  return [...new Set(flags)].sort();
}

type Field = 'owner' | 'ownership' | 'country' | 'name';

function latestWith(entries: readonly RatingEntry[], field: Field): RatingEntry | undefined {
  let best: RatingEntry | undefined;
  for (const entry of entries) {
    if (entry[field] !== undefined && (!best || entry.asOf > best.asOf)) best = entry;
  }
  return best;
}

/** Ownership field by field from the latest entry that gives it, so a local owner keeps the shipped category. */
function pickOwnership(entries: readonly RatingEntry[]): Ownership | undefined {
  const owner = latestWith(entries, 'owner');
  const category = latestWith(entries, 'ownership');
  if (!owner && !category) return undefined;
  const raters = sortRaterValues(
    entries
      .filter((e) => e.owner !== undefined || e.ownership !== undefined)
      .map((e) => baseValue(e, 'ownership', ownershipText(e))),
  );
  return {
    ...(owner ? { owner: owner.owner } : {}),
    ...(category ? { category: category.ownership } : {}),
    raters,
  };
}

function ownershipText(entry: RatingEntry): string {
  return [entry.ownership, entry.owner].filter(Boolean).join(' — ');
}

function otherValues(entry: RatingEntry): RaterValue[] {
  const values: RaterValue[] = [];
  if (entry.owner !== undefined || entry.ownership !== undefined) {
    values.push(baseValue(entry, 'ownership', ownershipText(entry)));
  }
  if (entry.country !== undefined) values.push(baseValue(entry, 'country', entry.country));
  if (entry.name !== undefined) values.push(baseValue(entry, 'name', entry.name));
  return values;
}
