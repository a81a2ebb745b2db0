import { hostAndParents } from '../normalize-host.ts';
import type { OutletRecord, RatingEntry } from '../outlet-record.ts';
import { registrableDomain } from '../public-suffix.ts';
import { addAllsidesByName } from './add-allsides-by-name.ts';
import { type ArticleRatingSet, addArticleRatings } from './add-article-ratings.ts';
import { brandOf } from './brand-of.ts';
import { type DatasetInfo, entryOf } from './dataset-info.ts';
import type { AllsidesListItem } from './read-allsides-list.ts';
import type { BalyRow } from './read-baly.ts';
import type { CuratedOwnership } from './read-curated-ownership.ts';
import type { MbfcData } from './read-mbfc.ts';
import type { MediaOrganization } from './read-media-data.ts';
import { type OutletDraft, RegistryBuilder } from './registry-builder.ts';

/** Every data set the registry is built from, each with who rated, when, and where it is published. */
export interface AssembleInputs {
  readonly mbfc: MbfcData;
  readonly allsidesList: { readonly items: readonly AllsidesListItem[]; readonly info: DatasetInfo };
  readonly allsidesByName: { readonly rows: readonly Record<string, string>[]; readonly info: DatasetInfo };
  readonly baly: readonly { readonly rows: readonly BalyRow[]; readonly info: DatasetInfo }[];
  readonly media: { readonly organizations: readonly MediaOrganization[]; readonly info: DatasetInfo };
  readonly articleSets: readonly ArticleRatingSet[];
  /** Ownership Parallax curates (data/ownership/curated.json), used where no data set gives one. */
  readonly curated: {
    readonly entries: readonly CuratedOwnership[];
    readonly rater: string;
    readonly dataset: string;
  };
}

/** The records and, per step, what was left out and why (printed by scripts/build-outlets.ts). */
export interface AssembleResult {
  readonly records: OutletRecord[];
  readonly notes: readonly string[];
}

/**
 * Builds the registry's records: every MBFC source (with MBFC's aliases), then AllSides' URL list, Baly et al.'s
 * corpora and Kite's ownership data by exact domain, then the AllSides ratings carried by articles (matched by
 * URL like any article), then AllSides' 2019 list by name. Data sets add outlets they do not find. Then an outlet
 * at a subdomain or section of a host Kite lists takes that host's ownership. Last, Parallax's curated ownership
 * joins the outlets still without one (and their subdomains and sections): the data sets win where both speak.
 */
export function assembleRecords(inputs: AssembleInputs): AssembleResult {
  const builder = new RegistryBuilder();
  const notes: string[] = [...inputs.mbfc.skipped.map((s) => `mbfc: skipped ${s}`)];
  addMbfc(builder, inputs.mbfc, notes);
  addAllsidesList(builder, inputs.allsidesList.items, inputs.allsidesList.info, notes);
  for (const set of inputs.baly) addBaly(builder, set.rows, set.info);
  addMedia(builder, inputs.media.organizations, inputs.media.info, notes);
  for (const set of inputs.articleSets) addArticleRatings(builder, set, notes);
  addAllsidesByName(builder, inputs.allsidesByName.rows, inputs.allsidesByName.info, notes);
  inheritOwnership(builder, inputs.media.info.dataset);
  addCurated(builder, inputs.curated, notes);
  inheritOwnership(builder, inputs.curated.dataset);
  return { records: builder.finish(), notes };
}

function addMbfc(builder: RegistryBuilder, mbfc: MbfcData, notes: string[]): void {
  for (const { domain, name, entry } of mbfc.outlets) {
    if (builder.findByDomain(domain)) {
      notes.push(`mbfc: ${domain} listed twice; the first is kept`);
      continue;
    }
    builder.attach(builder.add(domain, name), entry);
  }
  for (const [alias, canonical] of mbfc.aliases) {
    const draft = builder.findByDomain(canonical);
    if (!draft || !builder.addDomain(draft, alias))
      notes.push(`mbfc: alias ${alias} → ${canonical} not used`);
  }
}

function addAllsidesList(
  builder: RegistryBuilder,
  items: readonly AllsidesListItem[],
  info: DatasetInfo,
  notes: string[],
): void {
  const byHost = new Map<string, AllsidesListItem[]>();
  for (const item of items) byHost.set(item.host, [...(byHost.get(item.host) ?? []), item]);
  for (const [host, group] of byHost) {
    const front = group.filter((i) => i.path === '');
    const sections = group.filter((i) => i.path !== '');
    const hostDraft = builder.findByDomain(host);
    for (const section of sections) {
      const exact = builder.findByDomain(host + section.path);
      if (exact) {
        builder.attach(exact, entryOf(info, { bias: section.value }));
      } else if (front.length > 0 || (hostDraft && section !== sections[0])) {
        notes.push(`allsides-2022: ${section.url} left out: a section of a host with its own rating`);
      } else if (hostDraft) {
        builder.attach(
          hostDraft,
          entryOf(info, { bias: section.value, note: `AllSides lists ${section.url}` }),
        );
      } else {
        builder.attach(builder.add(host + section.path, undefined), entryOf(info, { bias: section.value }));
      }
    }
    const [first, ...rest] = front;
    if (!first) continue;
    for (const other of rest)
      notes.push(`allsides-2022: ${other.url} repeats ${first.url}; the first is kept`);
    const draft = hostDraft ?? builder.add(host, undefined);
    builder.attach(draft, entryOf(info, { bias: first.value }));
    builder.setHomepage(draft, first.url);
  }
}

/**
 * Baly et al.'s rows join the outlet at their exact URL, else the outlet whose MBFC page their label came from
 * (huffingtonpost.com → huffpost.com, whose MBFC page it is), else the outlet at their host; the row's host
 * becomes a domain of an outlet found by its page.
 */
function addBaly(builder: RegistryBuilder, rows: readonly BalyRow[], info: DatasetInfo): void {
  const byPage = new Map<string, OutletDraft>();
  for (const draft of builder.drafts()) {
    for (const entry of draft.ratings)
      if (entry.dataset === 'mbfc-2026') byPage.set(pageKey(entry.source), draft);
  }
  for (const row of rows) {
    const exact = builder.findByDomain(row.host + row.path);
    const page = exact ? undefined : byPage.get(pageKey(row.reference));
    if (page && row.path === '') builder.addDomain(page, row.host);
    const draft =
      exact ?? page ?? builder.findByDomain(row.host) ?? builder.add(row.host + row.path, undefined);
    builder.attach(draft, {
      ...entryOf(info, { bias: row.bias, factuality: row.fact }),
      ...(row.reference ? { source: row.reference } : {}),
    });
    builder.setHomepage(draft, row.homepage);
  }
}

/** An MBFC review URL as a join key: no scheme, no www, no trailing slash. */
function pageKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');
}

function addMedia(
  builder: RegistryBuilder,
  organizations: readonly MediaOrganization[],
  info: DatasetInfo,
  notes: string[],
): void {
  for (const org of organizations) {
    // One brand (bbc.com, bbc.co.uk) is one outlet; a group's different brands (lefigaro.fr, gala.fr) are not.
    const oneBrand = new Set(org.domains.map(brandOf)).size === 1;
    const owner = org.owner ?? (oneBrand ? undefined : org.organization);
    const seen = new Set<OutletDraft>();
    for (const domain of org.domains) {
      let draft = builder.findByDomain(domain);
      if (!draft) {
        const sibling = org.domains
          .map((d) => builder.findByDomain(d))
          .find((d) => d !== undefined && brandOf(d.domains[0]!) === brandOf(domain));
        if (sibling && builder.addDomain(sibling, domain)) draft = sibling;
      }
      draft ??= builder.add(domain, oneBrand ? org.organization : undefined);
      if (seen.has(draft)) continue;
      seen.add(draft);
      if (oneBrand) builder.addName(draft, org.organization);
      if (draft.ratings.some((r) => r.dataset === info.dataset)) {
        notes.push(`${info.dataset}: ${domain} is in two organizations; ${org.organization} left out`);
        continue;
      }
      builder.attach(
        draft,
        entryOf(info, {
          ...(owner ? { owner } : {}),
          ...(org.typology ? { ownership: org.typology } : {}),
          ...(org.country ? { country: org.country } : {}),
        }),
      );
    }
  }
}

/**
 * Parallax's curated ownership, for the outlets that no data set gives one: an outlet the data sets already give
 * an owner or category keeps theirs, and an entry whose domain is no outlet's adds none.
 */
function addCurated(builder: RegistryBuilder, curated: AssembleInputs['curated'], notes: string[]): void {
  for (const item of curated.entries) {
    const draft = builder.findByDomain(item.domain);
    const given = draft?.ratings.find((r) => r.owner !== undefined || r.ownership !== undefined);
    if (!draft || given) {
      notes.push(
        `${curated.dataset}: ${item.domain} left out: ${given ? `${given.dataset} gives its ownership` : 'no outlet has that domain'}`,
      );
      continue;
    }
    builder.attach(draft, {
      rater: curated.rater,
      dataset: curated.dataset,
      asOf: item.asOf,
      source: item.source,
      owner: item.owner,
      ownership: item.ownership,
    });
  }
}

/**
 * An outlet at a subdomain or a section of a host (news.yahoo.com, cbsnews.com/boston) with no ownership of its own
 * is published by whoever owns that host: it takes the owner and category that `dataset` gives the nearest outlet
 * above it, within the registered domain. A platform's publishers (x.substack.com) have no host above them.
 */
function inheritOwnership(builder: RegistryBuilder, dataset: string): void {
  const listed = new Map<OutletDraft, RatingEntry>();
  const owned = new Set<OutletDraft>();
  for (const draft of builder.drafts()) {
    const entry = draft.ratings.find((r) => r.dataset === dataset);
    if (entry) listed.set(draft, entry);
    if (draft.ratings.some((r) => r.owner !== undefined || r.ownership !== undefined)) owned.add(draft);
  }
  const ownerAbove = (domain: string): { domain: string; entry: RatingEntry } | undefined => {
    for (const above of parentsOf(domain)) {
      const draft = builder.findByDomain(above);
      const entry = draft && listed.get(draft);
      if (entry && (entry.owner !== undefined || entry.ownership !== undefined))
        return { domain: above, entry };
    }
    return undefined;
  };
  for (const draft of builder.drafts()) {
    if (listed.has(draft) || owned.has(draft)) continue;
    const parent = draft.domains.map(ownerAbove).find((p) => p !== undefined);
    if (!parent) continue;
    const { rater, asOf, source, owner, ownership } = parent.entry;
    builder.attach(draft, {
      rater,
      dataset,
      asOf,
      source,
      ...(owner ? { owner } : {}),
      ...(ownership ? { ownership } : {}),
      note: `ownership of ${parent.domain}, which this outlet is part of`,
    });
  }
}

/** The hosts and sections a domain is part of, nearest first, up to its registered domain (none on a platform). */
function parentsOf(domain: string): string[] {
  const slash = domain.indexOf('/');
  const host = slash === -1 ? domain : domain.slice(0, slash);
  const registered = registrableDomain(host);
  if (registered === undefined) return [];
  const sections: string[] = [];
  if (slash !== -1) {
    const segments = domain.slice(slash + 1).split('/');
    for (let n = segments.length - 1; n > 0; n--) sections.push(`${host}/${segments.slice(0, n).join('/')}`);
  }
  return [...sections, ...hostAndParents(host, registered).slice(slash === -1 ? 1 : 0)];
}
