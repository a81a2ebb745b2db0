/** What a reader may say of an article's place in a story (for now only that it does not belong there). */
export type FeedbackVerdict = 'not_in_story';

export const FEEDBACK_VERDICTS: readonly FeedbackVerdict[] = ['not_in_story'];

export function isFeedbackVerdict(value: unknown): value is FeedbackVerdict {
  return (FEEDBACK_VERDICTS as readonly unknown[]).includes(value);
}
