// A small public-suffix rule set instead of the 250 KB Public Suffix List (publicsuffix.org): the generic
// second-level labels under two-letter country codes (co.uk, com.au, or.jp, …) cover the news domains we rate,
// plus the hosting platforms whose subdomains belong to different publishers.
const SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gen',
  'go',
  'gob',
  'gov',
  'govt',
  'ltd',
  'me',
  'mil',
  'ne',
  'net',
  'nic',
  'or',
  'org',
  'plc',
  'sch',
]);

const PLATFORMS = new Set([
  'appspot.com',
  'azurewebsites.net',
  'blogspot.com',
  'cdn.ampproject.org',
  'cloudfront.net',
  'github.io',
  'herokuapp.com',
  'livejournal.com',
  'medium.com',
  'netlify.app',
  'substack.com',
  'tumblr.com',
  'typepad.com',
  'weebly.com',
  'wixsite.com',
  'wordpress.com',
]);

/** True for hosting platforms whose subdomains are different publishers (blogspot.com, substack.com, …). */
export function isPlatformSuffix(host: string): boolean {
  return PLATFORMS.has(host);
}

/** True when `host` is a suffix under which unrelated parties register names (com, co.uk, blogspot.com). */
export function isPublicSuffix(host: string): boolean {
  const labels = host.split('.');
  if (labels.length === 1) return true;
  if (PLATFORMS.has(host)) return true;
  return labels.length === 2 && labels[1]!.length === 2 && SECOND_LEVEL.has(labels[0]!);
}

/** The registered domain of a host (news.bbc.co.uk → bbc.co.uk); undefined for a bare suffix or an IP address. */
export function registrableDomain(host: string): string | undefined {
  if (isIpAddress(host) || isPublicSuffix(host)) return undefined;
  const labels = host.split('.');
  // The longest proper suffix that is public decides: the registered name is one label more.
  for (let i = 1; i < labels.length; i++) {
    if (isPublicSuffix(labels.slice(i).join('.'))) return labels.slice(i - 1).join('.');
  }
  return host;
}

/** True for IPv4 dotted quads and IPv6 literals. */
export function isIpAddress(host: string): boolean {
  return host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}
