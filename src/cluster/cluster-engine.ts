import { type AnalyzedArticle, analyzeArticle } from './analyze-article.ts';
import { CandidateIndex } from './candidate-index.ts';
import type { ClusterSettings, Profile } from './cluster-model.ts';
import { type DocumentVectors, TERM_KINDS, type TermSpaces, vectorizeArticle } from './document-vectors.ts';
import {
  type DuplicateMatch,
  type Fingerprint,
  NearDuplicateIndex,
  type NearDuplicateOptions,
} from './near-duplicate-index.ts';
import { computeFeatures, FEATURE_NAMES, STEMS_ALL, STEMS_TITLE } from './similarity-features.ts';
import { type Neighbor, NeighborIndex } from './neighbor-index.ts';
import { acrossLanguages, StoryState } from './story-state.ts';
import { preferredSource } from '../text/index.ts';
import { type DocumentFrequencyTable, TermSpace } from './term-space.ts';
import type { ClusterInput } from './types.ts';

/** Shipped document frequencies per kind of term (cold-start IDF). */
export interface DocumentFrequencies {
  readonly stems: DocumentFrequencyTable;
  readonly entities: DocumentFrequencyTable;
  /** Words usually capitalised inside a sentence (finds names in Title Case headlines). */
  readonly names?: ReadonlySet<string>;
}

/** How the engine represents articles and which stories it keeps open. */
export interface EngineOptions {
  readonly settings: ClusterSettings;
  /** A story whose newest article is older than this (relative to the newest article seen) is closed. */
  readonly windowDays: number;
  /** At most this many open stories (the least recently updated close first); bounds memory without times. */
  readonly maxOpenStories: number;
  readonly documentFrequencies?: DocumentFrequencies | undefined;
  /** Near-duplicate settings, or false to treat syndicated copies as ordinary articles. */
  readonly nearDuplicates?: NearDuplicateOptions | false;
}

/** An article analysed, fingerprinted and weighed, ready to be scored against open stories. */
export interface PreparedArticle {
  readonly article: AnalyzedArticle;
  readonly fingerprint: Fingerprint | null;
  /** The open story's earlier article this one copies, when it is a syndicated copy. */
  readonly duplicate: DuplicateMatch | undefined;
  readonly vectors: DocumentVectors;
  readonly profile: Profile;
}

/** An open story with φ(article, story). */
export interface ScoredCandidate {
  readonly story: StoryState;
  readonly features: Float64Array;
}

const SWEEP_EVERY = 512;
// Rewriting every postings list is costly, so closed stories leave the index only every few sweeps.
const COMPACT_EVERY_SWEEPS = 16;
const MAX_FINGERPRINTS = 200_000;

/**
 * The state an online clusterer keeps: vocabularies with IDF, open stories with their centroids, the candidate
 * index and the near-duplicate index. It computes features; deciding where an article goes is the caller's job
 * (the learned model at run time, the gold labels in training).
 */
export class ClusterEngine {
  readonly spaces: TermSpaces;
  private readonly stories = new Map<number, StoryState>();
  private readonly index: CandidateIndex;
  private readonly neighbors: NeighborIndex;
  private readonly duplicates: NearDuplicateIndex | undefined;
  private readonly windowDays: number;
  private nextId = 1;
  private now = Number.NEGATIVE_INFINITY;
  private sequence = 0;
  private sweeps = 0;
  private closedSinceCompact = false;

  constructor(private readonly options: EngineOptions) {
    const { settings, documentFrequencies: df } = options;
    const spaceOptions = {
      priorDocuments: settings.priorDocuments,
      halfLifeDocuments: settings.halfLifeDocuments,
    };
    this.spaces = TERM_KINDS.map((kind) => new TermSpace(df?.[kind], spaceOptions));
    this.index = new CandidateIndex(settings);
    this.neighbors = new NeighborIndex(settings);
    this.duplicates =
      options.nearDuplicates === false ? undefined : new NearDuplicateIndex(options.nearDuplicates);
    this.windowDays = options.windowDays;
  }

  /** Analyses an article and advances the stream clock; copies of open stories are recognised here. */
  prepare(input: ClusterInput): PreparedArticle {
    const { settings } = this.options;
    const analyzed = analyzeArticle(input, settings.bodyWords, this.options.documentFrequencies?.names);
    // A stream is in publication order, so an article without a time in a timed stream is dated by the newest time
    // before it (as the pipeline dates an undated feed item by when it was fetched) and compared in time like the
    // rest; in a stream without any time every article stays untimed.
    const undated = Number.isNaN(analyzed.day);
    const article = undated && Number.isFinite(this.now) ? { ...analyzed, day: this.now } : analyzed;
    if (!undated) this.now = Math.max(this.now, article.day);
    this.sequence += 1;
    if (this.sequence % SWEEP_EVERY === 0) this.sweep();
    const fingerprint = this.duplicates?.fingerprint(article) ?? null;
    const match = fingerprint ? this.duplicates!.find(fingerprint) : undefined;
    const duplicate = match && this.isOpen(match.story) ? match : undefined;
    const vectors = vectorizeArticle(article, this.spaces, duplicate === undefined);
    const hasBody = article.body.stems.length >= settings.minBodyTokens;
    const hasTime = !Number.isNaN(article.day);
    const profile = `${hasBody ? 'full' : 'title'}-${hasTime ? 'timed' : 'untimed'}` as Profile;
    return { article, fingerprint, duplicate, vectors, profile };
  }

  /** Open stories worth scoring for this article, each with its features. */
  candidates(prepared: PreparedArticle): ScoredCandidate[] {
    const isOpen = (id: number) => this.isOpen(id);
    const vector = prepared.vectors[STEMS_ALL]!;
    const byStory = new Map<number, Neighbor[]>();
    for (const n of this.neighbors.nearest(vector, isOpen)) {
      const list = byStory.get(n.story);
      if (list) list.push(n);
      else byStory.set(n.story, [n]);
    }
    const ids = new Set([...this.index.candidates(vector, isOpen), ...byStory.keys()]);
    const { vectors, article } = prepared;
    const { sigmaDays } = this.options.settings;
    // One buffer for all the candidates' features: a typed array of its own per candidate costs an allocation
    // outside the heap each.
    const width = FEATURE_NAMES.length;
    const buffer = new Float64Array(ids.size * width);
    const scored: ScoredCandidate[] = [];
    for (const id of ids) {
      const story = this.stories.get(id)!;
      const features = buffer.subarray(scored.length * width, (scored.length + 1) * width);
      const crossLanguage = acrossLanguages(article.language, story.language);
      const neighbors = byStory.get(id) ?? [];
      computeFeatures(
        vectors,
        article.day,
        story,
        neighbors,
        sigmaDays,
        crossLanguage,
        article.weekdays,
        features,
      );
      scored.push({ story, features });
    }
    return scored;
  }

  /** A fresh story id. */
  newStoryId(): number {
    return this.nextId;
  }

  /** Whether a story takes new articles. */
  isOpen(id: number): boolean {
    const story = this.stories.get(id);
    return story !== undefined && !(this.now - story.newest > this.windowDays);
  }

  /** The open story with this id, if any. */
  story(id: number): StoryState | undefined {
    return this.stories.get(id);
  }

  /** Puts the article into a story (opening it when new); a copy only counts for times, not for centroids. */
  commit(prepared: PreparedArticle, storyId: number, asCopy: boolean): void {
    let story = this.stories.get(storyId);
    if (!story) {
      story = new StoryState(storyId, this.options.settings);
      this.stories.set(storyId, story);
    }
    this.nextId = Math.max(this.nextId, storyId + 1);
    story.addTime(prepared.article.day, this.sequence);
    if (asCopy) return;
    const fresh = story.addMember(
      prepared.vectors,
      prepared.vectors[STEMS_TITLE]!,
      STEMS_ALL,
      prepared.article.language,
      prepared.article.weekdays,
    );
    this.index.add(storyId, fresh);
    this.neighbors.add(storyId, prepared.vectors[STEMS_ALL]!);
    if (prepared.fingerprint) this.duplicates?.add(prepared.article.input.id, storyId, prepared.fingerprint);
  }

  /**
   * Whether a copy is more plausibly the source of its text than the original it matched (see preferredSource): a
   * wire agency's report that arrives after a reprint of it, say. Commit it as a copy, then call `supersede`.
   */
  isBetterOriginal(prepared: PreparedArticle): boolean {
    const { duplicate, fingerprint } = prepared;
    return (
      duplicate !== undefined &&
      fingerprint !== null &&
      !preferredSource(duplicate.source, fingerprint.source).first
    );
  }

  /** Makes a copy committed to its original's story the original of its text, for the copies that follow. */
  supersede(prepared: PreparedArticle): void {
    const { duplicate, fingerprint } = prepared;
    if (!duplicate || !fingerprint || !this.duplicates) return;
    const entry = this.duplicates.add(prepared.article.input.id, duplicate.story, fingerprint);
    this.duplicates.supersede(duplicate.id, entry);
  }

  private sweep(): void {
    const open = [...this.stories.values()].filter((s) => this.isOpen(s.id));
    if (open.length > this.options.maxOpenStories) {
      open.sort((a, b) => b.lastSeen - a.lastSeen).length = this.options.maxOpenStories;
    }
    const keep = new Set(open.map((s) => s.id));
    for (const id of this.stories.keys()) {
      if (keep.has(id)) continue;
      this.stories.delete(id);
      this.closedSinceCompact = true;
    }
    const isOpen = (id: number) => keep.has(id);
    this.duplicates?.expire(isOpen, MAX_FINGERPRINTS);
    this.sweeps += 1;
    if (this.closedSinceCompact && this.sweeps % COMPACT_EVERY_SWEEPS === 0) {
      this.index.compact(isOpen);
      this.neighbors.compact(isOpen);
      this.closedSinceCompact = false;
    }
  }
}
