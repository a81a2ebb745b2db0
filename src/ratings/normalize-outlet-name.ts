/**
 * The forms of an outlet name that matching compares, most specific first: "The New York Times (News)" and
 * "New York Times - Opinion" both give "newyorktimes"; "BBC News" also gives "bbc".
 */
export function outletNameKeys(name: string): string[] {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+[-–—|:]\s+.*$/, '')
    .replace(/^\s*the\s+/, '');
  const full = squeeze(base);
  if (full === '') return [];
  const short = squeeze(base.replace(/\s+(news|online|online news|web news|\.com)\s*$/, ''));
  return short !== '' && short !== full ? [full, short] : [full];
}

function squeeze(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}
