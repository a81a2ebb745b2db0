import type { Kysely } from 'kysely';
import type { FeedbackVerdict } from '../domain/index.ts';
import type { Database } from './schema.ts';

/** A reader's verdict on one article of one story, as stored: how many gave it. */
export interface StoredFeedback {
  readonly storyId: number;
  readonly articleId: number;
  readonly verdict: FeedbackVerdict;
  readonly votes: number;
}

/** A stored verdict with what an operator needs to judge it; titles and outlet are null when gone. */
export interface FeedbackEntry extends StoredFeedback {
  readonly storyTitle: string | null;
  readonly articleTitle: string | null;
  readonly outletId: string | null;
  readonly firstAt: string;
  readonly lastAt: string;
  /** When an operator acted on it (`parallax feedback apply`); null until then. */
  readonly appliedAt: string | null;
}

/** Readers' flags on the clustering: an article said not to belong to its story. */
export class FeedbackStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records one reader's verdict: the first makes the row, a repeat adds a vote and dates it `now`. The story's
   * version goes up, as when an article joins it: its pages and answers show the flags, and are cached by version.
   */
  async record(
    storyId: number,
    articleId: number,
    verdict: FeedbackVerdict,
    now: string,
  ): Promise<StoredFeedback> {
    const row = await this.db
      .insertInto('cluster_feedback')
      .values({ story_id: storyId, article_id: articleId, verdict, votes: 1, first_at: now, last_at: now })
      .onConflict((oc) =>
        oc.columns(['story_id', 'article_id', 'verdict']).doUpdateSet((eb) => ({
          votes: eb('cluster_feedback.votes', '+', 1),
          last_at: now,
        })),
      )
      .returning(['votes'])
      .executeTakeFirstOrThrow();
    // After the flag is stored: a page rendered between the two shows it under the old version at worst.
    await this.db
      .updateTable('stories')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', storyId)
      .execute();
    return { storyId, articleId, verdict, votes: Number(row.votes) };
  }

  /** Every stored verdict, most votes first, then the most recently flagged. */
  async list(): Promise<FeedbackEntry[]> {
    const rows = await this.db
      .selectFrom('cluster_feedback as f')
      .leftJoin('articles as a', 'a.id', 'f.article_id')
      .leftJoin('stories as s', 's.id', 'f.story_id')
      .select([
        'f.story_id',
        'f.article_id',
        'f.verdict',
        'f.votes',
        'f.first_at',
        'f.last_at',
        'f.applied_at',
        's.title as story_title',
        'a.title as article_title',
        'a.outlet_id',
      ])
      .orderBy('f.votes', 'desc')
      .orderBy('f.last_at', 'desc')
      .orderBy('f.story_id')
      .orderBy('f.article_id')
      .execute();
    return rows.map((r) => ({
      storyId: r.story_id,
      articleId: r.article_id,
      verdict: r.verdict as FeedbackVerdict,
      votes: Number(r.votes),
      storyTitle: r.story_title,
      articleTitle: r.article_title,
      outletId: r.outlet_id,
      firstAt: r.first_at,
      lastAt: r.last_at,
      appliedAt: r.applied_at,
    }));
  }

  /** Marks a verdict as acted upon at `now`; a verdict already applied keeps its first date. */
  async markApplied(
    storyId: number,
    articleId: number,
    verdict: FeedbackVerdict,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('cluster_feedback')
      .set({ applied_at: now })
      .where('story_id', '=', storyId)
      .where('article_id', '=', articleId)
      .where('verdict', '=', verdict)
      .where('applied_at', 'is', null)
      .execute();
  }

  /** The votes of every verdict on each flagged article of a story, by article id. */
  async countByArticle(storyId: number): Promise<Map<number, number>> {
    const rows = await this.db
      .selectFrom('cluster_feedback')
      .select(['article_id', (eb) => eb.fn.sum<number | string>('votes').as('votes')])
      .where('story_id', '=', storyId)
      .groupBy('article_id')
      .execute();
    return new Map(rows.map((r) => [r.article_id, Number(r.votes)]));
  }
}
