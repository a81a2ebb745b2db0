import { ClusterEngine, type DocumentFrequencies, type PreparedArticle } from './cluster-engine.ts';
import { type ClusterModel, joinThreshold, weightsFor } from './cluster-model.ts';
import { explainMatch } from './explain-match.ts';
import type { NearDuplicateOptions } from './near-duplicate-index.ts';
import { joinProbability, type RankedCandidate, rankCandidates } from './score-candidates.ts';
import type { Assignment, ClusterInput, StoryClusterer } from './types.ts';

/** Run-time settings of the learned clusterer. */
export interface ClustererOptions {
  /** Days a story stays open after its newest article (config `cluster.windowDays`). */
  readonly windowDays?: number;
  /** Open stories kept at most (least recently updated close first); bounds memory when articles have no time. */
  readonly maxOpenStories?: number;
  /** Join probability needed to join the best story (default: the model's tuned threshold per profile). */
  readonly joinThreshold?: number;
  /** Document frequencies for the cold-start IDF (default: the ones the model was loaded with). */
  readonly documentFrequencies?: DocumentFrequencies;
  /** Near-duplicate settings, or false to cluster syndicated copies like any article. */
  readonly nearDuplicates?: NearDuplicateOptions | false;
}

const DEFAULT_WINDOW_DAYS = 3;
const DEFAULT_MAX_OPEN_STORIES = 50_000;

/**
 * The learned online clusterer (after Miranda et al. 2018): syndicated copies join their original's story; any
 * other article is scored against the open stories the candidate index returns, and a logistic decision on the
 * best one says join or open a new story.
 */
export function createClusterer(model: ClusterModel, options: ClustererOptions = {}): StoryClusterer {
  const engine = new ClusterEngine({
    settings: model.settings,
    windowDays: options.windowDays ?? DEFAULT_WINDOW_DAYS,
    maxOpenStories: options.maxOpenStories ?? DEFAULT_MAX_OPEN_STORIES,
    documentFrequencies: options.documentFrequencies ?? model.documentFrequencies,
    nearDuplicates: options.nearDuplicates,
  });

  // A copy joins its original's story. One more plausibly the source than the original it matched (the agency's
  // own report after a reprint of it) takes its place: it and the original's copies then copy it.
  function commitCopy(prepared: PreparedArticle): boolean {
    const better = engine.isBetterOriginal(prepared);
    engine.commit(prepared, prepared.duplicate!.story, true);
    if (better) engine.supersede(prepared);
    return better;
  }

  function copyAssignment(prepared: PreparedArticle): Assignment {
    const match = prepared.duplicate!;
    const better = commitCopy(prepared);
    const shared = explainMatch(prepared, engine.story(match.story)!, engine.spaces);
    return {
      id: prepared.article.input.id,
      story: match.story,
      isNew: false,
      ...(better ? { supersedes: match.id } : { duplicateOf: match.id }),
      explanation: { score: match.containment, runnerUp: null, ...shared },
    };
  }

  interface Decision {
    readonly best: RankedCandidate | undefined;
    readonly second: RankedCandidate | undefined;
    /** Join probabilities of the best and second-best story. */
    readonly join: number;
    readonly other: number;
    readonly threshold: number;
  }

  function decide(prepared: PreparedArticle): Decision {
    const weights = weightsFor(model, prepared.profile);
    const [best, second] = rankCandidates(engine.candidates(prepared), weights);
    return {
      best,
      second,
      join: best ? joinProbability(best, weights) : 0,
      other: second ? joinProbability(second, weights) : 0,
      threshold:
        options.joinThreshold ?? joinThreshold(model, weights, prepared.article, best?.story.language),
    };
  }

  return {
    assign(input: ClusterInput): Assignment {
      const prepared = engine.prepare(input);
      if (prepared.duplicate) return copyAssignment(prepared);
      const { best, second, join, other, threshold } = decide(prepared);
      if (best && join >= threshold) {
        const shared = explainMatch(prepared, best.story, engine.spaces);
        engine.commit(prepared, best.story.id, false);
        return {
          id: input.id,
          story: best.story.id,
          isNew: false,
          explanation: {
            score: join,
            runnerUp: second ? { story: second.story.id, score: other } : null,
            ...shared,
          },
        };
      }
      const story = engine.newStoryId();
      engine.commit(prepared, story, false);
      return {
        id: input.id,
        story,
        isNew: true,
        explanation: {
          score: 1 - join,
          runnerUp: best ? { story: best.story.id, score: join } : null,
          sharedTerms: [],
          sharedEntities: [],
        },
      };
    },
    restore(input: ClusterInput, story: number, duplicateOf?: string | null): void {
      const prepared = engine.prepare(input);
      // The stored decision stands: a restart replays in publication order, the first run went in arrival order,
      // and a copy dated by the day only may come before its original then. Only an original is remembered for
      // the copies to come. Without a stored decision, copies supersede their originals again as they did.
      if (duplicateOf !== undefined) engine.commit(prepared, story, duplicateOf !== null);
      else if (prepared.duplicate?.story === story) commitCopy(prepared);
      else engine.commit(prepared, story, false);
    },
  };
}
