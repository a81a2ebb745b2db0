/** "en-US", "EN_gb" and "en" all become "en"; anything that is not a language tag becomes undefined. */
export function normalizeLanguageTag(tag: string | undefined): string | undefined {
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '')?.[1];
  return primary?.toLowerCase();
}

// Codes that name one written language for comparing words: Indonesian is a standard of Malay (the language detector
// calls it "ms", an Indonesian feed declares "id"), and Bokmål and Nynorsk are Norwegian.
const ONE_WRITTEN_LANGUAGE: Readonly<Record<string, string>> = { id: 'ms', nb: 'no', nn: 'no' };

/** The written language a primary language code compares as: "id" → "ms", "nb" and "nn" → "no", others unchanged. */
export function writtenLanguage(code: string): string {
  return ONE_WRITTEN_LANGUAGE[code] ?? code;
}
