import type { Article } from '../domain/index.ts';
import { toClusterInput } from '../pipeline/assign-stories.ts';
import type { Store } from '../store/index.ts';

/** The gold story of an article readers flagged out of its story: a story of its own. */
export function flaggedStoryLabel(articleId: number): string {
  return `flagged-${articleId}`;
}

/** What `feedback export` wrote: lines of the labelled stream and what they hold. */
export interface FeedbackStream {
  readonly lines: readonly string[];
  readonly stories: number;
  readonly flaggedOut: number;
}

/**
 * The flagged stories as a labelled stream (DESIGN §4, the input of `train cluster` and `eval cluster`): every
 * article they hold now, in publication order, labelled with its story's id, except the articles readers flagged
 * not_in_story, which each get a story of their own (those an operator has since moved out with `feedback apply`
 * too). Each line is what the clusterer saw of the article. Flags with fewer than `minVotes` votes are left out.
 */
export async function buildFeedbackStream(store: Store, minVotes = 1): Promise<FeedbackStream> {
  const flagged = new Map<number, Set<number>>();
  const applied: { storyId: number; articleId: number }[] = [];
  for (const entry of await store.feedback.list()) {
    if (entry.votes < minVotes) continue;
    const ids = flagged.get(entry.storyId) ?? new Set<number>();
    if (entry.verdict === 'not_in_story') ids.add(entry.articleId);
    flagged.set(entry.storyId, ids);
    if (entry.appliedAt !== null) applied.push(entry);
  }
  const articles: Article[] = [];
  for (const storyId of flagged.keys()) articles.push(...(await store.articles.listForStory(storyId)));
  // An applied flag's article left its story because of the flag: still a label, under the story it was flagged in.
  const listed = new Set(articles.map((a) => a.id));
  for (const { storyId, articleId } of applied) {
    const article = listed.has(articleId) ? undefined : await store.articles.get(articleId);
    if (article) articles.push({ ...article, storyId });
  }
  articles.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id - b.id);
  let flaggedOut = 0;
  const lines = articles.map((article) => {
    const out = flagged.get(article.storyId!)?.has(article.id) ?? false;
    if (out) flaggedOut += 1;
    const { id, title, text, published, url, outlet, lang } = toClusterInput(article);
    const story = out ? flaggedStoryLabel(article.id) : String(article.storyId);
    return JSON.stringify({
      id,
      story,
      title,
      text,
      published,
      url,
      outlet: outlet ?? null,
      lang: lang ?? null,
    });
  });
  const stories = new Set(articles.map((a) => a.storyId)).size;
  return { lines, stories, flaggedOut };
}
