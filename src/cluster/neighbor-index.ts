import type { TermVector } from './document-vectors.ts';

/** Limits that keep a nearest-neighbour lookup's cost flat however many articles are open. */
export interface NeighborLimits {
  /** The article's heaviest terms used to find neighbours. */
  readonly queryTerms: number;
  /** Most recent articles read per term. */
  readonly postingsPerTerm: number;
  /** Neighbours returned. */
  readonly neighbors: number;
}

/** An earlier article close to the one being placed. */
export interface Neighbor {
  readonly story: number;
  readonly similarity: number;
}

interface Postings {
  articles: number[];
  stories: number[];
  weights: number[];
}

/**
 * An inverted index over recent articles (not stories): the nearest earlier headlines of an article, with their
 * stories. Short texts such as headlines often match one member of a story well and its centroid poorly.
 */
export class NeighborIndex {
  private readonly postings = new Map<number, Postings>();
  private articles = 0;

  constructor(private readonly limits: NeighborLimits) {}

  /** Adds an article of `story` with its unit-length vector. */
  add(story: number, vector: TermVector): void {
    const article = this.articles++;
    const cap = 2 * this.limits.postingsPerTerm;
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i]!;
      let list = this.postings.get(id);
      if (!list) {
        list = { articles: [], stories: [], weights: [] };
        this.postings.set(id, list);
      }
      list.articles.push(article);
      list.stories.push(story);
      list.weights.push(vector.weights[i]!);
      if (list.articles.length > cap) {
        const drop = list.articles.length - this.limits.postingsPerTerm;
        list.articles.splice(0, drop);
        list.stories.splice(0, drop);
        list.weights.splice(0, drop);
      }
    }
  }

  /** The most similar recent articles of open stories (dot product over the article's heaviest terms). */
  nearest(vector: TermVector, isOpen: (story: number) => boolean): Neighbor[] {
    const order = vector.ids
      .map((_, i) => i)
      .sort((a, b) => vector.weights[b]! - vector.weights[a]! || vector.ids[a]! - vector.ids[b]!)
      .slice(0, this.limits.queryTerms);
    const sums = new Map<number, number>();
    const storyOf = new Map<number, number>();
    for (const i of order) {
      const list = this.postings.get(vector.ids[i]!);
      if (!list) continue;
      const weight = vector.weights[i]!;
      const stop = Math.max(0, list.articles.length - this.limits.postingsPerTerm);
      for (let j = list.articles.length - 1; j >= stop; j--) {
        const article = list.articles[j]!;
        sums.set(article, (sums.get(article) ?? 0) + weight * list.weights[j]!);
        storyOf.set(article, list.stories[j]!);
      }
    }
    return [...sums]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .filter(([article]) => isOpen(storyOf.get(article)!))
      .slice(0, this.limits.neighbors)
      .map(([article, similarity]) => ({ story: storyOf.get(article)!, similarity }));
  }

  /** Drops articles of closed stories from every list. */
  compact(isOpen: (story: number) => boolean): void {
    for (const [id, list] of this.postings) {
      const keep = list.stories.map((s) => isOpen(s));
      if (keep.every(Boolean)) continue;
      if (!keep.some(Boolean)) {
        this.postings.delete(id);
        continue;
      }
      list.articles = list.articles.filter((_, i) => keep[i]);
      list.stories = list.stories.filter((_, i) => keep[i]);
      list.weights = list.weights.filter((_, i) => keep[i]);
    }
  }
}
