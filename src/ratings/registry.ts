import type { Outlet, OutletDirectory } from '../domain/index.ts';
import { applyOverrides } from './apply-overrides.ts';
import { buildOutlet } from './build-outlet.ts';
import { normalizeDomain, outletIdOf } from './outlet-id.ts';
import { createOutletIndex } from './outlet-index.ts';
import type { OutletRecord } from './outlet-record.ts';
import type { Overrides } from './overrides.ts';

/** Raters blended by default, each with weight 1 (config `ratings.weights` replaces this). */
export const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = { mbfc: 1, allsides: 1, baly: 1, local: 1 };

/** The outlet registry: ratings blended under one set of weights, with URL and name matching. */
export interface Registry extends OutletDirectory {
  readonly size: number;
  get(id: string): Outlet | undefined;
  /** The outlet that published `url` (www/m/amp and regional subdomains, AMP caches, section paths). */
  match(url: string): Outlet | undefined;
  /** The outlet known by `name` (feed-declared origins such as Google News `<source>`). */
  matchName(name: string): Outlet | undefined;
  /** By id, else by domain or URL: what a person types after `parallax outlets show`. */
  find(query: string): Outlet | undefined;
  all(): readonly Outlet[];
  /** The shipped record plus local entries behind an outlet (for `outlets show --json` and debugging). */
  record(id: string): OutletRecord | undefined;
}

/** Options of createRegistry: the weights of raters, and the override file to layer over the records. */
export interface RegistryOptions {
  readonly weights?: Readonly<Record<string, number>>;
  readonly overrides?: Overrides;
  /** Names the override file in errors and in the source of local values. */
  readonly overridesPath?: string;
}

/**
 * Builds a registry from records already read (loadRegistry reads them from data/outlets). Outlets are blended
 * when first asked for, so loading costs one pass over domains and names, not a blend of every outlet.
 */
export function createRegistry(records: readonly OutletRecord[], options: RegistryOptions = {}): Registry {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const layered = applyOverrides(records, options.overrides ?? {}, options.overridesPath ?? 'overrides');
  const recordsById = new Map(layered.map((r) => [r.id, r]));
  const built = new Map<string, Outlet>();
  const index = createOutletIndex(
    layered.map((r) => ({
      id: r.id,
      name: r.name,
      domains: r.domains,
      names: r.names ?? [],
      raters: r.ratings.length,
    })),
  );
  const get = (id: string | undefined): Outlet | undefined => {
    if (id === undefined) return undefined;
    let outlet = built.get(id);
    if (outlet) return outlet;
    const record = recordsById.get(id);
    if (!record) return undefined;
    outlet = buildOutlet(record, weights);
    built.set(id, outlet);
    return outlet;
  };
  let everything: readonly Outlet[] | undefined;
  return {
    size: layered.length,
    get: (id) => get(id),
    match: (url) => get(index.matchUrl(url)),
    matchName: (name) => get(index.matchName(name)),
    find(query) {
      const q = query.trim().toLowerCase();
      const domain = normalizeDomain(q);
      return get(q) ?? (domain ? get(outletIdOf(domain)) : undefined) ?? get(index.matchUrl(q));
    },
    all() {
      everything ??= layered.map((r) => get(r.id)!);
      return everything;
    },
    record: (id) => recordsById.get(id),
  };
}
