import type { FeedbackVerdict } from '../domain/index.ts';
import type { StoredFeedback } from '../store/index.ts';
import { HttpError } from './http-error.ts';
import type { AppContext } from './web-env.ts';

/**
 * Records a reader's verdict on an article of a story (the page's form and the API share it): an unknown story, or an
 * article that is not in the story now, is a 404 naming it.
 */
export async function recordFeedback(
  app: AppContext,
  storyId: number,
  articleId: number,
  verdict: FeedbackVerdict,
): Promise<StoredFeedback> {
  const { store, clock } = app.deps;
  const [version, article] = await Promise.all([
    store.browse.storyVersion(storyId),
    store.articles.get(articleId),
  ]);
  if (version === undefined) throw new HttpError(404, `web: no story ${storyId}`);
  if (article?.storyId !== storyId)
    throw new HttpError(404, `web: article ${articleId} is not in story ${storyId}`);
  return store.feedback.record(storyId, articleId, verdict, clock().toISOString());
}
