import { registrableDomain } from '../public-suffix.ts';

/** First label of a host's registered domain: "bbc" for bbc.co.uk and bbc.com, "ign" for world.ign.com. */
export function brandOf(domain: string): string {
  const host = domain.split('/')[0]!;
  return (registrableDomain(host) ?? host).split('.')[0]!;
}
