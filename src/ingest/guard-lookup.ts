import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { type AddressPolicy, isBlockedAddress } from './is-blocked-address.ts';
import { IngestError } from './ingest-error.ts';

/**
 * A DNS lookup for the socket layer that drops addresses the policy refuses, and fails when none is left.
 * It runs at connect time, on the address actually dialled, so a name that resolves to a public address
 * when checked and to a private one when used (DNS rebinding) is still refused, on every redirect hop.
 */
export function guardLookup(policy: AddressPolicy, lookup: LookupFunction = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const found = (Array.isArray(addresses) ? addresses : []) as LookupAddress[];
      const allowed = found.filter((a) => !isBlockedAddress(a.address, policy));
      const first = allowed[0];
      if (!first) return callback(blockedAddressError(hostname, found[0]?.address), '', 0);
      if (options.all) return (callback as AllCallback)(null, allowed);
      return callback(null, first.address, first.family);
    });
  };
}

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

/** The error for a host whose address is private, loopback, link-local or otherwise not public. */
export function blockedAddressError(host: string, address: string | undefined): IngestError {
  const where = address && address !== host ? `${host} (${address})` : host;
  return new IngestError(
    'blocked',
    `ingest: ${where} is not a public address; allow it with fetch.allowPrivateAddresses`,
  );
}
