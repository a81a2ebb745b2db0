/** "en-US", "EN_gb" and "en" all become "en"; anything that is not a language tag becomes undefined. */
export function normalizeLanguageTag(tag: string | undefined): string | undefined {
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '')?.[1];
  return primary?.toLowerCase();
}
