import { outletNameKeys } from '../normalize-outlet-name.ts';
import { brandOf } from './brand-of.ts';
import { type DatasetInfo, entryOf } from './dataset-info.ts';
import type { OutletDraft, RegistryBuilder } from './registry-builder.ts';

/** Joins AllSides' 2019 list, which has names and no domains, to outlets by full name or by brand. */
export function addAllsidesByName(
  builder: RegistryBuilder,
  rows: readonly Record<string, string>[],
  info: DatasetInfo,
  notes: string[],
): void {
  const index = builder.index();
  const byBrand = placeholdersByBrand(builder);
  let matched = 0;
  const unmatched: string[] = [];
  for (const row of rows) {
    const name = row.news_source ?? '';
    if (row.type === 'Author' || /editorial|opinion/i.test(name) || !row.rating) continue;
    // Only a full-name match is trusted: "Daily Press" must not land on another paper of that name's short form.
    // An outlet known only by its domain (AllSides' URL list has no names) matches on its brand: Bustle, bustle.com.
    const key = outletNameKeys(name)[0];
    const id = index.matchName(name);
    const draft = (id ? builder.get(id) : undefined) ?? (key ? byBrand.get(key) : undefined);
    const names = draft ? [draft.name, ...draft.names].flatMap((n) => outletNameKeys(n).slice(0, 1)) : [];
    if (!draft || !key || !(names.includes(key) || byBrand.get(key) === draft)) {
      unmatched.push(name);
      continue;
    }
    if (draft.ratings.some((r) => r.dataset === info.dataset)) {
      notes.push(`${info.dataset}: "${name}" names ${draft.id} again; left out`);
      continue;
    }
    builder.attach(draft, {
      ...entryOf(info, { bias: row.rating }),
      ...(row.url ? { source: row.url } : {}),
    });
    builder.addName(draft, name);
    matched += 1;
  }
  notes.push(
    `${info.dataset}: ${matched} rows matched by name; ${unmatched.length} not found: ${unmatched.join('; ')}`,
  );
}

/** Outlets still named by their domain, by brand (bustle.com → "bustle"); a brand two outlets share is left out. */
function placeholdersByBrand(builder: RegistryBuilder): Map<string, OutletDraft> {
  const out = new Map<string, OutletDraft | null>();
  for (const draft of builder.drafts()) {
    if (!draft.placeholder) continue;
    const brand = brandOf(draft.domains[0]!);
    out.set(brand, out.has(brand) ? null : draft);
  }
  return new Map([...out].filter((e): e is [string, OutletDraft] => e[1] !== null));
}
