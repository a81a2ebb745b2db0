import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Which addresses the fetcher may connect to besides public ones. */
export interface AddressPolicy {
  /** Allow private, loopback, link-local and other non-public addresses (tests, intranets). */
  readonly allowPrivateAddresses: boolean;
  /** Single addresses or CIDR ranges allowed even when private addresses are not. */
  readonly allowAddresses?: readonly string[];
}

// Ranges that are not the public internet (IANA special-purpose registries, RFC 6890 and its updates).
const V4_RANGES: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT, RFC 6598
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
];
const V6_RANGES: readonly [string, number][] = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible block
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID, …)
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const BLOCKED = new BlockList();
for (const [net, prefix] of V4_RANGES) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of V6_RANGES) BLOCKED.addSubnet(net, prefix, 'ipv6');

/**
 * Whether the fetcher must refuse to connect to `ip`. IPv6 addresses that embed an IPv4 address (mapped
 * `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by the embedded address.
 */
export function isBlockedAddress(ip: string, policy: AddressPolicy): boolean {
  if (policy.allowPrivateAddresses) return false;
  const address = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (policy.allowAddresses && allowListOf(policy.allowAddresses).check(address, familyOf(address))) {
    return false;
  }
  if (isIPv4(address)) return BLOCKED.check(address, 'ipv4');
  if (!isIPv6(address)) return true;
  const embedded = embeddedIPv4(address);
  if (embedded !== undefined) return isBlockedAddress(embedded, policy);
  return BLOCKED.check(address, 'ipv6');
}

function familyOf(address: string): 'ipv4' | 'ipv6' {
  return isIPv4(address) ? 'ipv4' : 'ipv6';
}

const ALLOW_LISTS = new WeakMap<readonly string[], BlockList>();

function allowListOf(entries: readonly string[]): BlockList {
  let list = ALLOW_LISTS.get(entries);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [net = '', prefix] = entry.split('/');
      const type = familyOf(net);
      if (prefix === undefined) list.addAddress(net, type);
      else list.addSubnet(net, Number(prefix), type);
    }
    ALLOW_LISTS.set(entries, list);
  }
  return list;
}

/** The IPv4 address inside an IPv4-mapped, NAT64 or 6to4 IPv6 address. */
function embeddedIPv4(ipv6: string): string | undefined {
  const words = expandIPv6(ipv6.toLowerCase());
  if (!words) return undefined;
  const isZero = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  const mapped = isZero(0, 5) && words[5] === 0xffff;
  const nat64 = words[0] === 0x64 && words[1] === 0xff9b && isZero(2, 6);
  if (mapped || nat64) return dotted(words[6] ?? 0, words[7] ?? 0);
  if (words[0] === 0x2002) return dotted(words[1] ?? 0, words[2] ?? 0);
  return undefined;
}

function dotted(high: number, low: number): string {
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

/** The eight 16-bit words of an IPv6 address (with an optional dotted IPv4 tail). */
function expandIPv6(ip: string): number[] | undefined {
  let text = ip;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = tail[1].split('.').map(Number);
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const fill = rest === undefined ? 0 : 8 - left.length - right.length;
  const words = [...left, ...Array<string>(Math.max(fill, 0)).fill('0'), ...right].map((w) =>
    parseInt(w, 16),
  );
  return words.length === 8 && words.every((w) => w >= 0 && w <= 0xffff) ? words : undefined;
}
