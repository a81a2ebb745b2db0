import { locateUrl } from './locate-url.ts';

/**
 * The registry's form of a domain: normalized host, plus a path prefix without a trailing slash when the outlet
 * is a section of a host ("al.com/birmingham"). Undefined when `domain` is not a usable host.
 */
export function normalizeDomain(domain: string): string | undefined {
  const location = locateUrl(domain);
  if (!location) return undefined;
  const path = location.path.replace(/\/+$/, '');
  return path === '' ? location.host : `${location.host}${path}`;
}

/** Stable slug of an outlet from its main domain: the host, with "~" and a dashed path for a section outlet. */
export function outletIdOf(domain: string): string {
  const slash = domain.indexOf('/');
  if (slash === -1) return domain;
  const path = domain
    .slice(slash)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${domain.slice(0, slash)}~${path}`;
}
