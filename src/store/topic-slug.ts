/**
 * The slug of a topic name: lower-case letters and digits with accents dropped, each run of anything else a
 * single "-" ("U.S. Senate" → "u-s-senate", "Zürich" → "zurich"). Undefined when nothing is left.
 */
export function topicSlug(name: string): string | undefined {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? undefined : slug.slice(0, 120);
}
