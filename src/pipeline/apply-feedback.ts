import type { FeedbackEntry, Store, StorySplit } from '../store/index.ts';
import { StorySplitError } from '../store/index.ts';
import { type SplitStoryOptions, splitStoryIn } from './split-story.ts';

export interface ApplyFeedbackOptions extends SplitStoryOptions {
  /** Only the flags with at least this many votes. */
  readonly minVotes: number;
  /** Say what would be done, changing nothing. */
  readonly dryRun?: boolean;
}

/** What `applyFeedback` did, or would do, with one flag. */
export type FeedbackAction =
  | { readonly kind: 'split'; readonly entry: FeedbackEntry; readonly split: StorySplit }
  | { readonly kind: 'would-split'; readonly entry: FeedbackEntry; readonly articleIds: readonly number[] }
  | { readonly kind: 'skipped'; readonly entry: FeedbackEntry; readonly reason: string };

/**
 * Acts on readers' flags: every not_in_story flag not yet applied with at least `minVotes` votes moves its article
 * (with its syndicated copies) out of its story into a story of its own, both stories re-synthesized, and the flag
 * is marked applied in the same transaction. A flag whose article has left the story since, or is all that is
 * left of it, is skipped and stays unapplied. Most votes first.
 */
export async function applyFeedback(store: Store, options: ApplyFeedbackOptions): Promise<FeedbackAction[]> {
  const actions: FeedbackAction[] = [];
  // In a dry run nothing moves: the articles earlier flags would move are remembered instead.
  const wouldMove = new Set<number>();
  for (const entry of await store.feedback.list()) {
    if (entry.appliedAt !== null || entry.votes < options.minVotes || entry.verdict !== 'not_in_story')
      continue;
    const storyId = (await store.articles.get(entry.articleId))?.storyId;
    if (storyId !== entry.storyId || wouldMove.has(entry.articleId)) {
      actions.push({ kind: 'skipped', entry, reason: leftReason(storyId, wouldMove.has(entry.articleId)) });
      continue;
    }
    try {
      if (options.dryRun) {
        const articleIds = await store.stories.planSplit(entry.storyId, [entry.articleId]);
        for (const id of articleIds) wouldMove.add(id);
        actions.push({ kind: 'would-split', entry, articleIds });
        continue;
      }
      const split = await store.transaction(async (trx) => {
        const done = await splitStoryIn(trx, entry.storyId, [entry.articleId], options);
        await trx.feedback.markApplied(
          entry.storyId,
          entry.articleId,
          entry.verdict,
          options.now ?? new Date().toISOString(),
        );
        return done;
      });
      actions.push({ kind: 'split', entry, split });
    } catch (error) {
      if (!(error instanceof StorySplitError)) throw error;
      actions.push({ kind: 'skipped', entry, reason: error.message.replace(/^store: /, '') });
    }
  }
  return actions;
}

/** Why a flag's article is no longer its story's to move. */
function leftReason(storyId: number | null | undefined, movedByEarlierFlag: boolean): string {
  if (movedByEarlierFlag) return 'it has left the story (an earlier flag moves it)';
  if (storyId === undefined) return 'the article is gone';
  return `it has left the story (it is in ${storyId === null ? 'no story' : `story ${storyId}`} now)`;
}
