import { isIP } from 'node:net';
import { blockedAddressError } from './guard-lookup.ts';
import { IngestError } from './ingest-error.ts';
import { type AddressPolicy, isBlockedAddress } from './is-blocked-address.ts';

/**
 * The URL the fetcher may request, or an IngestError 'blocked': only http and https, no credentials, and a
 * host written as an IP address must be allowed by the policy (such hosts never reach the DNS guard).
 */
export function parseFetchableUrl(raw: string, policy: AddressPolicy, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new IngestError('blocked', `ingest: not a valid URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError('blocked', `ingest: only http and https URLs are fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new IngestError('blocked', 'ingest: URLs with credentials are not fetched');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && isBlockedAddress(host, policy)) throw blockedAddressError(host, host);
  return url;
}
