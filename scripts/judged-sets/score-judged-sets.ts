import { scoreClustering } from '../../src/cluster/metrics.ts';

/** One article set a reader partitioned into events (data/cluster/judged/demo-sets.jsonl). */
export interface JudgedSet {
  /** The sample it was drawn in ("t45", "u1", …) and its number there. */
  readonly sample: string;
  readonly case: number;
  readonly judge: string;
  readonly urls: readonly string[];
  /** Groups of 1-based positions in `urls`: the events the reader saw. */
  readonly partition: readonly (readonly number[])[];
  readonly unsure: boolean;
}

/** Pair counts of a clustering against the readers' partitions. */
export interface JudgedScore {
  readonly sets: number;
  /** Pairs the reader and the clustering both put together / only the clustering / only the reader. */
  readonly together: number;
  readonly wronglyJoined: number;
  readonly missed: number;
  /** Sets holding at least one wrongly joined pair / at least one missed pair. */
  readonly setsWithWrongJoin: number;
  readonly setsWithSplit: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /**
   * BCubed F1 of each set on its own, averaged over the sets: every set counts alike, where the pooled pairs let a
   * large set split in two outweigh many small ones.
   */
  readonly meanSetBcubed: number;
  /** Wrongly joined plus missed pairs, set by set (to compare two clusterings set by set). */
  readonly errorsBySet: readonly number[];
}

/** Where each article of a set went in the clustering scored (undefined: the article is not in it). */
export type StoryOf = (url: string, set: JudgedSet) => number | string | undefined;

/** Scores a clustering on judged sets, pair by pair within each set; throws when an article is missing. */
export function scoreJudgedSets(sets: readonly JudgedSet[], storyOf: StoryOf): JudgedScore {
  let together = 0;
  let wronglyJoined = 0;
  let missed = 0;
  let setsWithWrongJoin = 0;
  let setsWithSplit = 0;
  let bcubedSum = 0;
  const errorsBySet: number[] = [];
  for (const set of sets) {
    const event = new Map<number, number>();
    set.partition.forEach((group, g) => {
      for (const position of group) event.set(position - 1, g);
    });
    const stories = set.urls.map((url) => {
      const story = storyOf(url, set);
      if (story === undefined)
        throw new Error(`judged set ${set.sample} ${set.case}: ${url} is not clustered`);
      return story;
    });
    let wrong = 0;
    let split = 0;
    for (let i = 0; i < stories.length; i++) {
      for (let j = i + 1; j < stories.length; j++) {
        const judged = event.get(i) === event.get(j);
        const clustered = stories[i] === stories[j];
        if (judged && clustered) together += 1;
        else if (clustered) wrong += 1;
        else if (judged) split += 1;
      }
    }
    wronglyJoined += wrong;
    missed += split;
    errorsBySet.push(wrong + split);
    bcubedSum += scoreClustering(
      stories.map((_, i) => String(event.get(i))),
      stories,
    ).bcubed.f1;
    if (wrong > 0) setsWithWrongJoin += 1;
    if (split > 0) setsWithSplit += 1;
  }
  const precision = together + wronglyJoined === 0 ? 1 : together / (together + wronglyJoined);
  const recall = together + missed === 0 ? 1 : together / (together + missed);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    sets: sets.length,
    together,
    wronglyJoined,
    missed,
    setsWithWrongJoin,
    setsWithSplit,
    precision,
    recall,
    f1,
    meanSetBcubed: sets.length === 0 ? 1 : bcubedSum / sets.length,
    errorsBySet,
  };
}

/** The sets with a list of articles not seen before in `sets` (samples drawn from one pool can repeat a set). */
export function distinctSets(sets: readonly JudgedSet[]): JudgedSet[] {
  const seen = new Set<string>();
  return sets.filter((set) => {
    const key = [...set.urls].sort().join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Checks a parsed line of the judged sets file. */
export function parseJudgedSet(value: unknown, where: string): JudgedSet {
  const set = value as Partial<JudgedSet>;
  const fail = (what: string): never => {
    throw new Error(`judged sets: ${where}: ${what}`);
  };
  if (typeof set?.sample !== 'string' || typeof set.case !== 'number' || typeof set.judge !== 'string') {
    fail('sample, case and judge are required');
  }
  if (!Array.isArray(set.urls) || set.urls.length < 2 || !set.urls.every((u) => typeof u === 'string')) {
    fail('urls must list two or more articles');
  }
  const positions = (set.partition ?? []).flat();
  const n = set.urls!.length;
  if (positions.length !== n || new Set(positions).size !== n || positions.some((p) => !(p >= 1 && p <= n))) {
    fail(`partition must hold each of the positions 1..${n} once`);
  }
  return { ...(set as JudgedSet), unsure: set.unsure === true };
}
