/** Path words that name a site's sections or page kinds, never an event. */
const GENERIC = new Set(
  'amp article articles aspx blog blogs content html index news php post posts story stories www'.split(' '),
);

const MIN_SLUG_PARTS = 3;

/** Hexadecimal runs with a digit ("a6b1", "d27b869a…") or of eight characters or more: ids, not words. */
function isIdLike(part: string): boolean {
  return /^[0-9a-f]+$/u.test(part) && (part.length >= 8 || /\d/u.test(part));
}

/** The kept words of one path segment, if it is written as several words. */
function segmentWords(segment: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return [];
  }
  const parts = decoded
    .toLowerCase()
    .replace(/\.[a-z]{2,5}$/u, '')
    .split(/[-_+]+/u)
    .filter((part) => part !== '');
  if (parts.length < MIN_SLUG_PARTS) return [];
  return parts.filter(
    (part) =>
      part.length >= 3 && !GENERIC.has(part) && !isIdLike(part) && /^\p{L}[\p{L}\p{N}']*$/u.test(part),
  );
}

/**
 * The words of an article URL's slug: the path segment written as the most words joined by hyphens or underscores
 * ("/politics/2021/07/22/pelosi-rejects-gop-picks-jan-6-panel/" → pelosi, rejects, gop, picks, jan, panel). Editors
 * write slugs for search engines, so they often name the event in words the headline leaves out. The longest such
 * segment is the slug; shorter ones are mostly sections and authors ("mental-health-behavior", "lord-mervyn-davies").
 * Numbers, hexadecimal ids, one- and two-letter parts and page words ("story", "html") are dropped; a URL that does
 * not parse gives no words.
 */
export function urlSlugWords(url: string | undefined): string[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  let slug: string[] = [];
  for (const segment of path.split('/')) {
    const words = segmentWords(segment);
    if (words.length >= slug.length && words.length > 0) slug = words;
  }
  return slug;
}
