// Query parameters that only track where a click came from (campaign tags of analytics, ad and mail tools,
// and the feed markers news sites add). Matched case-insensitively; utm_* and a few prefixes as families.
const TRACKING_PARAMS = new Set(
  (
    'fbclid gclid gclsrc dclid gbraid wbraid msclkid yclid twclid ttclid li_fat_id igshid mc_cid mc_eid ' +
    '_ga _gl _hsenc _hsmi hsctatracking mkt_tok oly_enc_id oly_anon_id vero_id vero_conv rb_clickid ' +
    's_cid sc_cid icid ocid cmpid cmp smid smtyp emc partner ito ns_mchannel ns_source ns_campaign ' +
    'ns_linkname ns_fee at_medium at_campaign at_custom1 at_custom2 at_custom3 at_custom4 xtor ' +
    'wt.mc_id wt_mc_id ftag mod sr_share __twitter_impression soc_src soc_trk spm feature cid_source'
  ).split(' '),
);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'ga_', 'at_custom'];

/**
 * The canonical form of an article URL, used as its identity: absolute http(s), lower-case host without a
 * trailing dot, no default port, no fragment, no empty query, and without tracking parameters (utm_*, fbclid,
 * gclid, mc_cid, …). Parameters that select content stay, in their original order. Undefined when `url`
 * is not a usable http(s) URL.
 */
export function canonicalizeUrl(url: string | undefined, base?: string): string | undefined {
  if (!url?.trim()) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.hostname = parsed.hostname.replace(/\.$/, '');
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  if (kept.length !== [...parsed.searchParams].length) {
    parsed.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  return parsed.href.replace(/\?$/, '');
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
