/** Path words that name a site's sections or page kinds, never an event. */
const GENERIC = new Set(
  'amp article articles aspx blog blogs content html index news php post posts story stories www'.split(' '),
);

const MIN_SLUG_PARTS = 3;

/** Hexadecimal runs with a digit ("a6b1", "d27b869a…") or of eight characters or more: ids, not words. */
function isIdLike(part: string): boolean {
  return /^[0-9a-f]+$/u.test(part) && (part.length >= 8 || /\d/u.test(part));
}

/** Whether a segment has at least MIN_SLUG_PARTS - 1 word separators (a cheap test before splitting it). */
function mayBeSlug(segment: string): boolean {
  let separators = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if ((c === 45 || c === 95 || c === 43) && ++separators === MIN_SLUG_PARTS - 1) return true; // - _ +
  }
  return false;
}

/** The kept words of one path segment, if it is written as several words. */
function segmentWords(segment: string): string[] {
  let decoded = segment;
  if (segment.includes('%')) {
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return [];
    }
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

/** The path of an absolute URL ("scheme://host/path?query#fragment"), or undefined when it has no scheme and host. */
function pathOf(url: string): string | undefined {
  const scheme = url.indexOf('://');
  if (scheme <= 0 || !/^[a-z][a-z0-9+.-]*$/iu.test(url.slice(0, scheme))) return undefined;
  let start = scheme + 3;
  while (start < url.length && !'/?#'.includes(url[start]!)) start += 1;
  if (url[start] !== '/') return '';
  let end = start;
  while (end < url.length && url[end] !== '?' && url[end] !== '#') end += 1;
  return url.slice(start, end);
}

/**
 * The words of an article URL's slug: the path segment written as the most words joined by hyphens or underscores
 * ("https://www.cnn.com/2021/04/21/us/ohio-columbus-police-shooting-15-year-old/index.html" → ohio, columbus,
 * police, shooting, year, old). Editors write slugs for search engines, so they often name the event in words the
 * headline leaves out. The longest such segment is the slug; shorter ones are mostly sections and authors
 * ("mental-health-behavior", "lord-mervyn-davies"). Numbers, hexadecimal ids, one- and two-letter parts and page
 * words ("story", "html") are dropped; the query and fragment are not read; a string that is not an absolute URL
 * gives no words.
 */
export function urlSlugWords(url: string | undefined): string[] {
  // Browsers read a backslash in a web address as a slash ("….html\?track=rss" is common in scraped links).
  const path = url ? pathOf(url.includes('\\') ? url.replaceAll('\\', '/') : url) : undefined;
  if (!path) return [];
  let slug: string[] = [];
  for (const segment of path.split('/')) {
    if (!mayBeSlug(segment)) continue;
    const words = segmentWords(segment);
    if (words.length >= slug.length && words.length > 0) slug = words;
  }
  return slug;
}
