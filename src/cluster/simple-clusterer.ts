import { isStopword, makeLead, stem, tokenize } from '../text/index.ts';
import { DocumentFrequency } from './document-frequency.ts';
import { addScaled, dotProduct, type SparseVector, vectorNorm } from './sparse-vector.ts';
import type { Assignment, ClusterInput, StoryClusterer } from './types.ts';

/** Settings of the simple clusterer. */
export interface SimpleClustererOptions {
  /** Cosine to a story centroid needed to join it. */
  readonly threshold?: number;
  /** A story whose newest article is older than this (relative to the stream) takes no more articles. */
  readonly windowDays?: number;
}

export const SIMPLE_THRESHOLD = 0.25;
const DEFAULT_WINDOW_DAYS = 3;
const DAY_MS = 86_400_000;
const SHARED_TERMS_SHOWN = 8;
const PURGE_EVERY = 1_000;
// Stories read per term: the newest ones, so a word shared by thousands of open stories stays cheap.
const POSTINGS_PER_TERM = 200;
// Candidates come from the article's heaviest terms only (a common word finds no story worth comparing).
const QUERY_TERMS = 8;

interface SimpleStory {
  readonly id: number;
  readonly centroid: SparseVector;
  norm: number;
  newest: number;
}

interface DocumentVector {
  readonly vector: SparseVector;
  /** Stem → first surface word, to explain a match in readable words. */
  readonly surface: Map<string, string>;
}

/** The time of an article in ms, or NaN when the stream has none. */
function timeOf(input: ClusterInput): number {
  return input.published === null ? Number.NaN : Date.parse(input.published);
}

/**
 * The baseline clusterer: one stemmed TF-IDF vector over title + lead, a cosine threshold against story
 * centroids, and a time window that closes quiet stories. Candidates come from an inverted index of open stories.
 */
export function createSimpleClusterer(options: SimpleClustererOptions = {}): StoryClusterer {
  const threshold = options.threshold ?? SIMPLE_THRESHOLD;
  const windowMs = (options.windowDays ?? DEFAULT_WINDOW_DAYS) * DAY_MS;
  const df = new DocumentFrequency();
  const stories = new Map<number, SimpleStory>();
  const index = new Map<string, number[]>();
  let nextId = 1;
  let now = Number.NEGATIVE_INFINITY;
  let sinceLastPurge = 0;

  function vectorize(input: ClusterInput): DocumentVector {
    const lead = makeLead(input.text.slice(0, 1_000));
    const counts = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const token of tokenize(`${input.title} ${lead}`)) {
      if (isStopword(token)) continue;
      const term = stem(token);
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (!surface.has(term)) surface.set(term, token);
    }
    df.addDocument(counts.keys());
    const vector: SparseVector = new Map();
    for (const [term, tf] of counts) vector.set(term, (1 + Math.log(tf)) * df.idf(term));
    const norm = vectorNorm(vector);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return { vector, surface };
  }

  function isOpen(story: SimpleStory): boolean {
    return !(now - story.newest > windowMs);
  }

  function purge(): void {
    let closed = false;
    for (const story of stories.values()) {
      if (isOpen(story)) continue;
      stories.delete(story.id);
      closed = true;
    }
    if (!closed) return;
    for (const [term, holders] of index) {
      const kept = holders.filter((id) => stories.has(id));
      if (kept.length === 0) index.delete(term);
      else index.set(term, kept);
    }
  }

  // An undated article in a dated stream counts as arriving "now", so its story is not closed at once.
  function advanceClock(time: number): number {
    if (Number.isNaN(time)) return now;
    now = Math.max(now, time);
    if (++sinceLastPurge >= PURGE_EVERY) {
      sinceLastPurge = 0;
      purge();
    }
    return time;
  }

  function addToStory(id: number, vector: SparseVector, time: number): void {
    let story = stories.get(id);
    if (!story) {
      story = { id, centroid: new Map(), norm: 0, newest: Number.NEGATIVE_INFINITY };
      stories.set(id, story);
    }
    const fresh = [...vector.keys()].filter((term) => !story.centroid.has(term));
    addScaled(story.centroid, vector);
    story.norm = vectorNorm(story.centroid);
    story.newest = Math.max(story.newest, time);
    for (const term of fresh) {
      let holders = index.get(term);
      if (!holders) {
        holders = [];
        index.set(term, holders);
      }
      holders.push(id);
      if (holders.length > 2 * POSTINGS_PER_TERM) holders.splice(0, holders.length - POSTINGS_PER_TERM);
    }
    nextId = Math.max(nextId, id + 1);
  }

  function rankCandidates(vector: SparseVector): { story: SimpleStory; score: number }[] {
    const seen = new Set<number>();
    const ranked: { story: SimpleStory; score: number }[] = [];
    const heaviest = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, QUERY_TERMS);
    for (const [term] of heaviest) {
      const holders = index.get(term) ?? [];
      for (let i = holders.length - 1; i >= Math.max(0, holders.length - POSTINGS_PER_TERM); i--) {
        const id = holders[i]!;
        if (seen.has(id)) continue;
        seen.add(id);
        const story = stories.get(id);
        if (!story || !isOpen(story) || story.norm === 0) continue;
        ranked.push({ story, score: dotProduct(vector, story.centroid) / story.norm });
      }
    }
    return ranked.sort((a, b) => b.score - a.score || a.story.id - b.story.id);
  }

  function sharedTerms(doc: DocumentVector, story: SimpleStory): string[] {
    return [...doc.vector]
      .filter(([term]) => story.centroid.has(term))
      .map(([term, weight]) => ({ term, weight: weight * story.centroid.get(term)! }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, SHARED_TERMS_SHOWN)
      .map(({ term }) => doc.surface.get(term) ?? term);
  }

  return {
    assign(input: ClusterInput): Assignment {
      const time = advanceClock(timeOf(input));
      const doc = vectorize(input);
      const [best, second] = rankCandidates(doc.vector);
      const joins = best !== undefined && best.score >= threshold;
      const story = joins ? best.story.id : nextId;
      const explanation = {
        score: joins ? best.score : 0,
        runnerUp: joins
          ? second
            ? { story: second.story.id, score: second.score }
            : null
          : best
            ? { story: best.story.id, score: best.score }
            : null,
        sharedTerms: joins ? sharedTerms(doc, best.story) : [],
        sharedEntities: [],
      };
      addToStory(story, doc.vector, time);
      return { id: input.id, story, isNew: !joins, explanation };
    },
    restore(input: ClusterInput, story: number): void {
      const time = advanceClock(timeOf(input));
      addToStory(story, vectorize(input).vector, time);
    },
  };
}
