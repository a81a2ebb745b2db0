import { locateUrl } from './locate-url.ts';
import { hostAndParents } from './normalize-host.ts';
import { outletNameKeys } from './normalize-outlet-name.ts';
import { registrableDomain } from './public-suffix.ts';

/** What the index needs of one outlet: its id, domains, names, and how many raters stand behind it. */
export interface IndexEntry {
  readonly id: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly names: readonly string[];
  /** Breaks ties between outlets of the same name: more raters wins. */
  readonly raters: number;
}

interface PathRule {
  readonly prefix: string;
  readonly id: string;
}

/** Lookups from host, host/path and name to an outlet id: one Map access per candidate host. */
export interface OutletIndex {
  matchUrl(url: string): string | undefined;
  matchName(name: string): string | undefined;
}

/**
 * Indexes outlets for URL and name matching. A domain claimed twice goes to the outlet whose id it is, else to
 * the first claimant; a name claimed twice goes to the outlet that has it as its main name, else to the one with
 * more raters behind it.
 */
export function createOutletIndex(entries: readonly IndexEntry[]): OutletIndex {
  const hosts = new Map<string, string>();
  const paths = new Map<string, PathRule[]>();
  const names = new Map<string, { id: string; rank: number }>();
  for (const { id, domains } of entries) {
    for (const domain of domains) {
      const slash = domain.indexOf('/');
      if (slash === -1) {
        const seen = hosts.get(domain);
        if (!seen || (seen !== domain && id === domain)) hosts.set(domain, id);
        continue;
      }
      const host = domain.slice(0, slash);
      const rules = paths.get(host) ?? [];
      rules.push({ prefix: domain.slice(slash), id });
      rules.sort((a, b) => b.prefix.length - a.prefix.length);
      paths.set(host, rules);
    }
  }
  for (const { id, name: main, names: aliases, raters } of entries) {
    [main, ...aliases].forEach((name, i) => {
      outletNameKeys(name).forEach((key, variant) => {
        // Lower rank wins: main name before alias, full form before the shortened one, then more raters.
        const rank = (variant * 2 + (i === 0 ? 0 : 1)) * 1e6 - raters;
        const seen = names.get(key);
        if (!seen || rank < seen.rank) names.set(key, { id, rank });
      });
    });
  }

  const matchHost = (host: string, path: string): string | undefined => {
    for (const candidate of hostAndParents(host, registrableDomain(host))) {
      const rule = paths.get(candidate)?.find((r) => isUnder(path, r.prefix));
      if (rule) return rule.id;
      const id = hosts.get(candidate);
      if (id) return id;
    }
    return undefined;
  };

  return {
    matchUrl(url) {
      const location = locateUrl(url);
      return location ? matchHost(location.host, location.path) : undefined;
    },
    matchName(name) {
      if (typeof name !== 'string') return undefined;
      if (/^[\w-]+(\.[\w-]+)+$/.test(name.trim())) {
        const byHost = this.matchUrl(name);
        if (byHost) return byHost;
      }
      for (const key of outletNameKeys(name)) {
        const hit = names.get(key);
        if (hit) return hit.id;
      }
      return undefined;
    },
  };
}

function isUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path[prefix.length];
  return next === undefined || next === '/' || next === '?' || next === '#' || prefix.endsWith('/');
}
