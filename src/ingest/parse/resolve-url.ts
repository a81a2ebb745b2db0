/** `href` made absolute against `base`, or undefined when it is empty, malformed or not http(s). */
export function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
