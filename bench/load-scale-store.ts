// Fills a store with the scale corpus: the articles, then stories from the sources' gold grouping.
import type { Store, StoryAssignment } from '../src/store/index.ts';
import type { ScaleCorpus } from './scale-corpus.ts';

/** The load: `count` corpus articles saved in transactions of 1,000, as an importer would. */
export async function loadArticles(store: Store, corpus: ScaleCorpus, count: number) {
  const started = Date.now();
  let batch = [];
  let articles = 0;
  for (const { article } of corpus.articles(count)) {
    batch.push(article);
    if (batch.length === 1_000) {
      const chunk = batch;
      articles += (await store.transaction((trx) => trx.articles.save(chunk, chunk[0]!.fetchedAt))).inserted;
      batch = [];
    }
  }
  if (batch.length > 0) {
    const chunk = batch;
    articles += (await store.transaction((trx) => trx.articles.save(chunk, chunk[0]!.fetchedAt))).inserted;
  }
  return { articles, seconds: (Date.now() - started) / 1000 };
}

/**
 * Stories from the sources' own grouping (Google News story ids, AllSides topic and day) through the writer's
 * path (listUnassigned, applyAssignments), so pages have real story sizes without running the clusterer.
 * Returns the seconds it took.
 */
export async function assignGoldStories(store: Store, corpus: ScaleCorpus, count: number): Promise<number> {
  const started = Date.now();
  const storyOf = new Map<string, string>();
  for (const { article, storyKey } of corpus.articles(count)) storyOf.set(article.url, storyKey);
  const ids = new Map<string, number>();
  for (;;) {
    const articles = await store.articles.listUnassigned(5_000);
    if (articles.length === 0) break;
    const assignments: StoryAssignment[] = articles.map((a) => {
      const key = storyOf.get(a.url) ?? `single:${a.id}`;
      let storyId = ids.get(key);
      const isNew = storyId === undefined;
      if (storyId === undefined) {
        storyId = ids.size + 1;
        ids.set(key, storyId);
      }
      return {
        articleId: a.id,
        storyId,
        isNew,
        duplicateOf: null,
        publishedAt: a.publishedAt,
        title: a.title,
        score: isNew ? 1 : 0.8,
        runnerUp: null,
        sharedTerms: [],
        sharedEntities: [],
      };
    });
    await store.transaction((trx) => trx.stories.applyAssignments(assignments, new Date().toISOString()));
  }
  return (Date.now() - started) / 1000;
}
