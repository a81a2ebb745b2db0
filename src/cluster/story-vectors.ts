import type { SortedVector } from './sorted-vector.ts';

/** How much of a story's text the packed vectors keep. */
export interface StoryVectorLimits {
  /** Terms kept per centroid (the heaviest ones); bounds memory per story. */
  readonly centroidTerms: number;
  /** Title vectors of the most recent members kept for the nearest-headline feature. */
  readonly recentTitles: number;
}

const EMPTY_IDS = new Int32Array(0);
const EMPTY_WEIGHTS = new Float64Array(0);

/**
 * A story's vectors packed into one id array and one weight array: the summed member vectors of each field
 * (centroids, sorted by id, pruned to their heaviest terms) followed by the title vectors of the most recent
 * members. Scoring an article reads a dozen vectors of each of a dozen stories scattered over a large heap; packed,
 * a story costs two cache misses and sequential reads instead of three pointer chases per vector (a quarter of the
 * clusterer's time at 100,000 open articles went to those misses).
 *
 * Layout: `ids[0..segments]` holds where each segment starts (segment s spans `ids[s]` to `ids[s + 1]`), the data
 * follows; `weights` is indexed alike and keeps each centroid's squared norm in its header slot.
 */
export class StoryVectors {
  private ids: Int32Array = EMPTY_IDS;
  private weights: Float64Array = EMPTY_WEIGHTS;
  /** Title vectors held (at most `limits.recentTitles`). */
  titleCount = 0;

  constructor(
    /** Centroid segments; the title segments follow them. */
    readonly fields: number,
    private readonly limits: StoryVectorLimits,
  ) {}

  private get header(): number {
    return this.fields + this.limits.recentTitles + 1;
  }

  /** The packed ids (offsets header first): read with start and end. */
  get packedIds(): Int32Array {
    return this.ids;
  }

  /** The packed weights, indexed like packedIds. */
  get packedWeights(): Float64Array {
    return this.weights;
  }

  /** Where segment `s` starts in the packed arrays (centroids 0..fields-1, then titles, oldest first). */
  start(s: number): number {
    return this.ids.length === 0 ? 0 : this.ids[s]!;
  }

  /** Where segment `s` ends (exclusive). */
  end(s: number): number {
    return this.ids.length === 0 ? 0 : this.ids[s + 1]!;
  }

  /** The squared length of centroid `f` (0 while empty). */
  squaredNorm(f: number): number {
    return this.weights.length === 0 ? 0 : this.weights[f]!;
  }

  /** Centroid `f` as a sorted vector (a view; for explanations and tests, not the scoring loop). */
  centroid(f: number): SortedVector {
    return this.segment(f);
  }

  /** The `t`-th headline kept (0 is the oldest of the recent members). */
  title(t: number): SortedVector {
    return this.segment(this.fields + t);
  }

  private segment(s: number): SortedVector {
    const from = this.start(s);
    const to = this.end(s);
    return { ids: this.ids.subarray(from, to), weights: this.weights.subarray(from, to), length: to - from };
  }

  /**
   * Adds a member: its field vectors into the centroids and its title vector to the recent titles. Returns the ids
   * that centroid `indexedField` did not hold before.
   */
  add(vectors: readonly SortedVector[], title: SortedVector, indexedField: number): number[] {
    const { centroidTerms, recentTitles } = this.limits;
    const header = this.header;
    const keptTitles = Math.min(this.titleCount + 1, recentTitles);
    const firstKept = this.titleCount + 1 - keptTitles;
    let capacity = header + (recentTitles > 0 ? title.length : 0);
    for (let f = 0; f < this.fields; f++) capacity += this.end(f) - this.start(f) + vectors[f]!.length;
    for (let t = firstKept; t < this.titleCount; t++)
      capacity += this.end(this.fields + t) - this.start(this.fields + t);
    const ids = new Int32Array(capacity);
    const weights = new Float64Array(capacity);
    let fresh: number[] = [];
    let n = header;
    for (let f = 0; f < this.fields; f++) {
      ids[f] = n;
      const collect = f === indexedField;
      const merged = mergeInto(
        ids,
        weights,
        n,
        this.ids,
        this.weights,
        this.start(f),
        this.end(f),
        vectors[f]!,
        collect,
      );
      if (collect) fresh = merged.fresh;
      let end = merged.end;
      if (end - n > 2 * centroidTerms) end = pruneSegment(ids, weights, n, end, centroidTerms);
      let norm = 0;
      for (let k = n; k < end; k++) norm += weights[k]! * weights[k]!;
      weights[f] = norm;
      n = end;
    }
    let s = this.fields;
    for (let t = firstKept; t < this.titleCount; t++, s++) {
      ids[s] = n;
      const from = this.start(this.fields + t);
      const to = this.end(this.fields + t);
      ids.set(this.ids.subarray(from, to), n);
      weights.set(this.weights.subarray(from, to), n);
      n += to - from;
    }
    if (recentTitles > 0) {
      ids[s] = n;
      ids.set(title.ids.subarray(0, title.length), n);
      weights.set(title.weights.subarray(0, title.length), n);
      n += title.length;
      s += 1;
    }
    // Unused title slots are empty segments at the end.
    for (; s <= this.fields + recentTitles; s++) ids[s] = n;
    this.ids = n === capacity ? ids : ids.slice(0, n);
    this.weights = n === capacity ? weights : weights.slice(0, n);
    this.titleCount = keptTitles;
    return fresh;
  }
}

/**
 * Merges the sorted segment `source[from, to)` with `vector` into `ids`/`weights` at `at` (weights of a shared id
 * add up); returns where the merged run ends and, when `collect`, the ids of `vector` the segment lacked.
 */
function mergeInto(
  ids: Int32Array,
  weights: Float64Array,
  at: number,
  sourceIds: Int32Array,
  sourceWeights: Float64Array,
  from: number,
  to: number,
  vector: SortedVector,
  collect: boolean,
): { end: number; fresh: number[] } {
  const fresh: number[] = [];
  let i = from;
  let j = 0;
  let n = at;
  while (i < to || j < vector.length) {
    const a = i < to ? sourceIds[i]! : Number.POSITIVE_INFINITY;
    const b = j < vector.length ? vector.ids[j]! : Number.POSITIVE_INFINITY;
    if (a === b) {
      ids[n] = a;
      weights[n++] = sourceWeights[i++]! + vector.weights[j++]!;
    } else if (a < b) {
      ids[n] = a;
      weights[n++] = sourceWeights[i++]!;
    } else {
      if (collect) fresh.push(b);
      ids[n] = b;
      weights[n++] = vector.weights[j++]!;
    }
  }
  return { end: n, fresh };
}

/** Keeps the `keep` heaviest terms of the run `[from, to)` in id order (ties: the lower id); returns its new end. */
function pruneSegment(
  ids: Int32Array,
  weights: Float64Array,
  from: number,
  to: number,
  keep: number,
): number {
  if (to - from <= keep) return to;
  if (keep <= 0) return from;
  // The keep-th heaviest weight: every heavier term stays, and of the terms at exactly this weight the first ones
  // (the run is in id order, so the lower ids) fill the places left.
  const cutoff = weights.slice(from, to).sort()[to - from - keep]!;
  let heavier = 0;
  for (let k = from; k < to; k++) if (weights[k]! > cutoff) heavier += 1;
  let ties = keep - heavier;
  let n = from;
  for (let k = from; k < to; k++) {
    const weight = weights[k]!;
    if (weight < cutoff || (weight === cutoff && ties-- <= 0)) continue;
    ids[n] = ids[k]!;
    weights[n++] = weight;
  }
  return n;
}
