/** FNV-1a hash of a string to an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit finalizer (murmur3 fmix32): spreads the bits of `x` mixed with a seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The distinct hashes of the `size`-word shingles of a word list, sorted ascending. */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  const wordHashes = words.map(hashString);
  const count = Math.max(0, words.length - size + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // Each word hash is mixed with its position in the shingle, so "a b" and "b a" differ.
    let h = 0;
    for (let k = 0; k < size; k++) h = mix(h ^ wordHashes[i + k]!, k + 1);
    hashes[i] = h;
  }
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.slice(0, distinct);
}

const SEEDS = Array.from({ length: 256 }, (_, i) => mix(i + 1, 0x9e3779b9));

/** MinHash signature: for each of `permutations` seeded hash functions, the least hash over the shingles. */
export function minHashSignature(shingles: Uint32Array, permutations: number): Uint32Array {
  const signature = new Uint32Array(permutations).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let p = 0; p < permutations; p++) {
      const h = mix(shingle, SEEDS[p]!);
      if (h < signature[p]!) signature[p] = h;
    }
  }
  return signature;
}

/** |A ∩ B| of two sorted hash sets, by one merge pass. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared;
}

/** |A ∩ B| / min(|A|, |B|) of two sorted hash sets: how much of the shorter text the longer one contains. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return sharedCount(a, b) / Math.min(a.length, b.length);
}

/** |A ∩ B| / |A ∪ B| of two sorted hash sets (1 when both are empty). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const shared = sharedCount(a, b);
  const union = a.length + b.length - shared;
  return union === 0 ? 1 : shared / union;
}
