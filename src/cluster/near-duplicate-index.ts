import type { AnalyzedArticle } from './analyze-article.ts';
import { containment, hashString, jaccard, minHashSignature, shingleHashes } from './minhash.ts';
import { type SourceFacts, sourceFacts } from '../text/index.ts';

/** Settings of near-duplicate detection (defaults after research/algorithms.md §5, tuned for leads). */
export interface NearDuplicateOptions {
  /** Words per shingle. */
  readonly shingleSize?: number;
  /** LSH bands × rows = MinHash permutations; a pair of Jaccard J collides with probability 1 − (1 − J^rows)^bands. */
  readonly bands?: number;
  readonly rows?: number;
  /** Share of the shorter text's shingles found in the other text to call it a copy. */
  readonly minContainment?: number;
  /** Texts (bodies) with fewer words are compared by their normalised title only. */
  readonly minWords?: number;
  /** Titles with fewer words are never called copies on their own (short headlines repeat by chance). */
  readonly minTitleWords?: number;
  /**
   * Share of headline words (Jaccard) two articles of the same outlet must share to be copies. An outlet does not
   * syndicate from itself: under another headline, the same opening is its page template (a "related stories"
   * widget, a standing photo caption, a newsletter pitch) scraped into the text, not a copy.
   */
  readonly minSameOutletTitleOverlap?: number;
}

/** An earlier article that a new one copies. */
export interface DuplicateMatch {
  /** The original of the text: the article matched, or the article that superseded it as the original. */
  readonly id: string;
  readonly story: number;
  readonly containment: number;
  /** What the original says of its source (see preferredSource). */
  readonly source: SourceFacts;
}

/** The fingerprints of one article, computed once for lookup and insertion. */
export interface Fingerprint {
  readonly shingles: Uint32Array | null;
  readonly bandKeys: readonly number[];
  readonly titleKey: string | null;
  /** The outlet that published it, when known. */
  readonly outlet: string | undefined;
  /** Hashes of its distinct headline words, ascending (only with shingles: the same-outlet check needs them). */
  readonly titleWords: Uint32Array;
  /** What it says of its source: which of two copies is the original. */
  readonly source: SourceFacts;
}

/** An article the index remembers: its fingerprint, id and story. */
export interface Entry extends Fingerprint {
  readonly id: string;
  readonly story: number;
}

const NO_WORDS = new Uint32Array(0);

/** Finds syndicated copies (wire reprints) among recent articles with MinHash-LSH and a containment check. */
export class NearDuplicateIndex {
  private readonly shingleSize: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly minContainment: number;
  private readonly minWords: number;
  private readonly minTitleWords: number;
  private readonly minSameOutletTitleOverlap: number;
  private readonly byBand = new Map<number, Entry[]>();
  private readonly byTitle = new Map<string, Entry>();
  /** The article that superseded an original (a later one, more plausibly the source of the same text). */
  private readonly supersededBy = new Map<string, Entry>();
  private queue: Entry[] = [];

  constructor(options: NearDuplicateOptions = {}) {
    this.shingleSize = options.shingleSize ?? 4;
    this.bands = options.bands ?? 8;
    this.rows = options.rows ?? 4;
    this.minContainment = options.minContainment ?? 0.8;
    this.minWords = options.minWords ?? 25;
    this.minTitleWords = options.minTitleWords ?? 5;
    this.minSameOutletTitleOverlap = options.minSameOutletTitleOverlap ?? 0.5;
  }

  /** Shingles, LSH band keys and normalised title of an article. */
  fingerprint(article: AnalyzedArticle): Fingerprint {
    const titleWords = article.words.slice(0, article.titleWordCount);
    const titleKey = titleWords.length >= this.minTitleWords ? titleWords.join(' ') : null;
    const outlet = article.input.outlet || undefined;
    const source = sourceFacts(article.input);
    // Reprints often get a new headline, so only the text is shingled.
    const bodyWords = article.words.slice(article.titleWordCount);
    if (bodyWords.length < this.minWords) {
      return { shingles: null, bandKeys: [], titleKey, outlet, titleWords: NO_WORDS, source };
    }
    const shingles = shingleHashes(bodyWords, this.shingleSize);
    const signature = minHashSignature(shingles, this.bands * this.rows);
    const bandKeys: number[] = [];
    for (let b = 0; b < this.bands; b++) {
      const rows = signature.subarray(b * this.rows, (b + 1) * this.rows);
      bandKeys.push(hashString(`${b}:${rows.join(',')}`));
    }
    return { shingles, bandKeys, titleKey, outlet, titleWords: shingleHashes(titleWords, 1), source };
  }

  /** Whether two articles with the same text may be copies: not when one outlet ran them under other headlines. */
  private mayCopy(print: Fingerprint, entry: Entry): boolean {
    if (print.outlet === undefined || print.outlet !== entry.outlet) return true;
    return jaccard(print.titleWords, entry.titleWords) >= this.minSameOutletTitleOverlap;
  }

  /** The earlier article this one copies, if any: by shingle containment, else (short texts) by exact title. */
  find(print: Fingerprint): DuplicateMatch | undefined {
    if (print.shingles) {
      let best: DuplicateMatch | undefined;
      const seen = new Set<Entry>();
      for (const key of print.bandKeys) {
        for (const entry of this.byBand.get(key) ?? []) {
          if (seen.has(entry) || !entry.shingles) continue;
          seen.add(entry);
          if (!this.mayCopy(print, entry)) continue;
          const share = containment(print.shingles, entry.shingles);
          if (share >= this.minContainment && (!best || share > best.containment)) {
            best = this.matchOf(entry, share);
          }
        }
      }
      if (best) return best;
    }
    if (print.titleKey === null) return undefined;
    const same = this.byTitle.get(print.titleKey);
    // Same headline: a copy unless both have text of their own that differs (checked above by shingles).
    if (!same || (same.shingles && print.shingles)) return undefined;
    return this.matchOf(same, 1);
  }

  /** Makes the remembered `entry` the original of the text `original` had been the original of (one story). */
  supersede(original: string, entry: Entry): void {
    if (original !== entry.id) this.supersededBy.set(original, entry);
  }

  // The match names the text's original: supersessions chain (A by B, then B by C) to an article not superseded.
  private matchOf(entry: Entry, containment: number): DuplicateMatch {
    let original = entry;
    for (
      let next = this.supersededBy.get(original.id);
      next !== undefined;
      next = this.supersededBy.get(original.id)
    )
      original = next;
    return { id: original.id, story: entry.story, containment, source: original.source };
  }

  /** Remembers an article for later lookups; returns what it remembers (for `supersede`). */
  add(id: string, story: number, print: Fingerprint): Entry {
    const entry: Entry = { id, story, ...print };
    for (const key of print.bandKeys) {
      const list = this.byBand.get(key);
      if (list) list.push(entry);
      else this.byBand.set(key, [entry]);
    }
    if (print.titleKey !== null && !this.byTitle.has(print.titleKey)) this.byTitle.set(print.titleKey, entry);
    this.queue.push(entry);
    return entry;
  }

  /** Forgets the articles of closed stories, oldest first, and any beyond `maxEntries`. */
  expire(isOpen: (story: number) => boolean, maxEntries: number): void {
    let drop = 0;
    while (
      drop < this.queue.length &&
      (this.queue.length - drop > maxEntries || !isOpen(this.queue[drop]!.story))
    ) {
      this.forget(this.queue[drop]!);
      drop += 1;
    }
    if (drop > 0) this.queue = this.queue.slice(drop);
  }

  private forget(entry: Entry): void {
    this.supersededBy.delete(entry.id);
    for (const key of entry.bandKeys) {
      const list = this.byBand.get(key);
      if (!list) continue;
      const kept = list.filter((e) => e !== entry);
      if (kept.length === 0) this.byBand.delete(key);
      else this.byBand.set(key, kept);
    }
    if (entry.titleKey !== null && this.byTitle.get(entry.titleKey) === entry)
      this.byTitle.delete(entry.titleKey);
  }
}
