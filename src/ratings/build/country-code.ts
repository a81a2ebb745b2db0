// Spellings in media_data.json that Intl's English region names do not use.
const ALIASES: Readonly<Record<string, string>> = {
  'czech republic': 'CZ',
  'hong kong': 'HK',
  palestine: 'PS',
  turkey: 'TR',
  'ivory coast': 'CI',
  usa: 'US',
  uk: 'GB',
};

let byName: Map<string, string> | undefined;

/**
 * ISO 3166-1 alpha-2 code of an English country name ("United States" → "US", "The Netherlands" → "NL");
 * undefined for "Global", "International", "" and names it cannot place. "A/B" takes A.
 */
export function countryCodeOf(name: string): string | undefined {
  const key = name
    .split('/')[0]!
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  if (key === '') return undefined;
  byName ??= regionNames();
  // Intl writes "St. Kitts & Nevis", "Bosnia & Herzegovina".
  const intlStyle = key.replace(/^saint\s+/, 'st. ').replaceAll(' and ', ' & ');
  return ALIASES[key] ?? byName.get(key) ?? byName.get(intlStyle);
}

function regionNames(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const map = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      // Deprecated codes (UK, DD, SU, …) share names with current ones; keep only codes that are canonical.
      const canonical = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
      if (name && name !== code && canonical) map.set(name.toLowerCase(), code);
    }
  }
  return map;
}
