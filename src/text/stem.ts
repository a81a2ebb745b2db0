import { stemmer } from 'stemmer';

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** Porter stem of a lower-case token, memoized (stemming is the hot spot of feature extraction). */
export function stem(token: string): string {
  let stemmed = CACHE.get(token);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(token) ? stemmer(token) : token;
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(token, stemmed);
  }
  return stemmed;
}
