const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;

/** Splits text into lower-case word tokens; apostrophes and inner hyphens stay inside a word ("don't", "covid-19"). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    tokens.push(match[0].replace(/['’]s$/u, '').replace(/’/gu, "'"));
  }
  return tokens;
}

/** Like tokenize, but keeps the original case and the offset of each token. */
export function tokenizeWithOffsets(text: string): { token: string; start: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ token: m[0], start: m.index ?? 0 }));
}
