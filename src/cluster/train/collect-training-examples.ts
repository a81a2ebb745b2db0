import { ClusterEngine, type DocumentFrequencies, type ScoredCandidate } from '../cluster-engine.ts';
import {
  type ClusterModel,
  type ClusterSettings,
  joinThreshold,
  type Profile,
  weightsFor,
} from '../cluster-model.ts';
import type { LabelledArticle } from '../parse-labelled-stream.ts';
import { joinProbability, rankCandidates } from '../score-candidates.ts';
import { FEATURE_NAMES } from '../similarity-features.ts';
import { FeatureTable } from './feature-table.ts';

/** One article's candidates in a profile's table: rows first..first+count−1; `gold` is the gold row's offset or −1. */
export interface ExampleDocument {
  readonly first: number;
  readonly count: number;
  readonly gold: number;
  readonly weight: number;
}

/** The training rows of one profile. */
export interface ProfileExamples {
  readonly table: FeatureTable;
  readonly documents: ExampleDocument[];
}

/** How the streams are replayed. */
export interface CollectOptions {
  readonly settings: ClusterSettings;
  readonly windowDays: number;
  readonly documentFrequencies?: DocumentFrequencies | undefined;
  /**
   * Without a model every article goes to its gold story (teacher forcing). With one, the model's own decisions
   * build the stories (as at run time), and a story counts as gold for an article when most of its articles so
   * far share the article's gold story: the states the model meets in use, labelled with the right move.
   */
  readonly policy?: ClusterModel | undefined;
}

function recordExample(
  examples: ProfileExamples,
  candidates: readonly ScoredCandidate[],
  isGold: (story: number) => boolean,
  weight: number,
): void {
  const first = examples.table.rows;
  let gold = -1;
  for (const candidate of candidates) {
    if (isGold(candidate.story.id)) {
      // One right answer per article: later fragments of the same gold story are left out, not counted wrong.
      if (gold >= 0) continue;
      gold = examples.table.rows - first;
    }
    examples.table.push(candidate.features);
  }
  examples.documents.push({ first, count: examples.table.rows - first, gold, weight });
}

/**
 * Replays a labelled stream through the clustering engine, recording φ for every candidate story the index
 * returned and which of them is right. Syndicated copies are settled by the duplicate detector, so they give none.
 */
export function collectTrainingExamples(
  stream: readonly LabelledArticle[],
  weight: number,
  options: CollectOptions,
  into: Map<Profile, ProfileExamples>,
): void {
  const engine = new ClusterEngine({
    settings: options.settings,
    windowDays: options.windowDays,
    maxOpenStories: Number.POSITIVE_INFINITY,
    documentFrequencies: options.documentFrequencies,
  });
  const { policy } = options;
  const goldStoryOf = new Map<string, number>();
  const members = new Map<number, Map<string, number>>();
  const majority = new Map<number, { gold: string; count: number }>();
  const remember = (story: number, gold: string) => {
    const counts = members.get(story) ?? new Map<string, number>();
    members.set(story, counts);
    const count = (counts.get(gold) ?? 0) + 1;
    counts.set(gold, count);
    const top = majority.get(story);
    if (!top || count > top.count) majority.set(story, { gold, count });
  };
  for (const { input, story: gold } of stream) {
    const prepared = engine.prepare(input);
    const known = goldStoryOf.get(gold);
    const goldStory = known !== undefined && engine.isOpen(known) ? known : undefined;
    const isGold = policy
      ? (id: number) => majority.get(id)?.gold === gold
      : (id: number) => id === goldStory;
    if (prepared.duplicate) {
      const copy = policy ? true : prepared.duplicate.story === goldStory;
      const target = copy ? prepared.duplicate.story : (goldStory ?? engine.newStoryId());
      remember(target, gold);
      goldStoryOf.set(gold, target);
      engine.commit(prepared, target, copy);
      continue;
    }
    const candidates = engine.candidates(prepared);
    let examples = into.get(prepared.profile);
    if (!examples) {
      examples = { table: new FeatureTable(FEATURE_NAMES.length), documents: [] };
      into.set(prepared.profile, examples);
    }
    recordExample(examples, candidates, isGold, weight);
    let target: number;
    if (policy) {
      const weights = weightsFor(policy, prepared.profile);
      const [best] = rankCandidates(candidates, weights);
      const threshold = joinThreshold(policy, weights, prepared.article, best?.story.language);
      target = best && joinProbability(best, weights) >= threshold ? best.story.id : engine.newStoryId();
    } else {
      target = goldStory ?? engine.newStoryId();
    }
    remember(target, gold);
    goldStoryOf.set(gold, target);
    engine.commit(prepared, target, false);
  }
}
