import { locateUrl } from '../locate-url.ts';
import { outletNameKeys } from '../normalize-outlet-name.ts';
import type { OutletRecord, RatingEntry } from '../outlet-record.ts';
import { registrableDomain } from '../public-suffix.ts';
import {
  type ArticleRating,
  aggregateArticleRatings,
  type OutletArticleRating,
} from './aggregate-article-ratings.ts';
import type { DatasetInfo } from './dataset-info.ts';
import type { AllsidesListItem } from './read-allsides-list.ts';
import type { BalyRow } from './read-baly.ts';
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
  readonly articleSets: readonly {
    readonly articles: Iterable<ArticleRating>;
    readonly info: DatasetInfo;
    readonly describe: (rating: OutletArticleRating) => string;
  }[];
}

/** The records and, per step, what was left out and why (printed by scripts/build-outlets.ts). */
export interface AssembleResult {
  readonly records: OutletRecord[];
  readonly notes: readonly string[];
}

// Sites where the rating of a channel or author must not become the platform's.
// allsides.com is here too: its /news pages frame other outlets' articles.
const PLATFORMS = [
  'allsides.com',
  'facebook.com',
  'google.com',
  'medium.com',
  'substack.com',
  'twitter.com',
  'x.com',
  'youtube.com',
];

/**
 * Builds the registry's records: every MBFC source (with MBFC's aliases), then AllSides' URL list, Baly et al.'s
 * corpora and Kite's ownership data by exact domain, then the AllSides ratings carried by articles (matched by
 * URL like any article), then AllSides' 2019 list by name. Data sets add outlets they do not find.
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
  return { records: builder.finish(), notes };
}

function entryOf(info: DatasetInfo, fields: Omit<RatingEntry, 'rater' | 'dataset' | 'asOf' | 'source'>) {
  return { rater: info.rater, dataset: info.dataset, asOf: info.asOf, source: info.source, ...fields };
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

function addBaly(builder: RegistryBuilder, rows: readonly BalyRow[], info: DatasetInfo): void {
  for (const row of rows) {
    const draft = builder.findByDomain(row.domain) ?? builder.add(row.domain, undefined);
    builder.attach(draft, {
      ...entryOf(info, { bias: row.bias, factuality: row.fact }),
      ...(row.reference ? { source: row.reference } : {}),
    });
    builder.setHomepage(draft, row.homepage);
  }
}

/** First label of a host's registered domain: "bbc" for bbc.co.uk and bbc.com, "ign" for world.ign.com. */
function brandOf(domain: string): string {
  const host = domain.split('/')[0]!;
  return (registrableDomain(host) ?? host).split('.')[0]!;
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

function isPlatform(host: string): boolean {
  return PLATFORMS.some((p) => host === p || host.endsWith(`.${p}`));
}

function addArticleRatings(
  builder: RegistryBuilder,
  set: AssembleInputs['articleSets'][number],
  notes: string[],
): void {
  const index = builder.index();
  const outletOfUrl = (url: string): string | undefined => {
    const location = locateUrl(url);
    if (!location || isPlatform(location.host)) return undefined;
    const id = index.matchUrl(url);
    if (id) return id;
    return `new:${registrableDomain(location.host) ?? location.host}`;
  };
  const articles = [...set.articles];
  const learned = learnDomains(builder, articles, outletOfUrl, (name) => index.matchName(name));
  // Learned domains change what URLs resolve to: match again over the grown registry.
  const grown = learned > 0 ? builder.index() : index;
  const resolve = (url: string) => {
    const location = locateUrl(url);
    if (!location || isPlatform(location.host)) return undefined;
    return grown.matchUrl(url) ?? `new:${registrableDomain(location.host) ?? location.host}`;
  };
  const ratings = aggregateArticleRatings(articles, resolve, (name) => grown.matchName(name));
  let added = 0;
  for (const [key, rating] of ratings) {
    let draft = key.startsWith('new:') ? builder.findByDomain(key.slice(4)) : builder.get(key);
    if (!draft) {
      draft = builder.add(key.slice(4), undefined);
      added += 1;
    }
    for (const name of rating.names) builder.addName(draft, name);
    builder.attach(draft, {
      ...entryOf(set.info, { bias: rating.value, note: set.describe(rating) }),
      asOf: rating.asOf,
      ...(rating.link ? { source: rating.link } : {}),
    });
  }
  notes.push(
    `${set.info.dataset}: ratings for ${ratings.size} outlets, ${added} of them new to the registry; ` +
      `${learned} domains learned from the outlet names articles carry`,
  );
}

/**
 * A host no outlet has, whose articles AllSides files under a known outlet's name, is that outlet's domain
 * (ijr.org under "Independent Journal Review", thisisinsider.com under "Business Insider"): the articles
 * declare their origin. Returns how many domains were added.
 */
function learnDomains(
  builder: RegistryBuilder,
  articles: readonly ArticleRating[],
  outletOfUrl: (url: string) => string | undefined,
  outletOfName: (name: string) => string | undefined,
): number {
  const votes = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const key = outletOfUrl(article.url);
    const named = key?.startsWith('new:') ? outletOfName(article.sourceName) : undefined;
    if (!key || !named) continue;
    const tally = votes.get(key) ?? new Map<string, number>();
    tally.set(named, (tally.get(named) ?? 0) + 1);
    votes.set(key, tally);
  }
  let learned = 0;
  for (const [key, tally] of votes) {
    const [id] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    const draft = builder.get(id);
    if (draft && builder.addDomain(draft, key.slice(4))) learned += 1;
  }
  return learned;
}

function addAllsidesByName(
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
