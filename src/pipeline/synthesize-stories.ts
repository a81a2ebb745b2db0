import { type BlindspotOptions, computeCoverage, detectBlindspot } from '../coverage/index.ts';
import type { Article, Logger, OutletDirectory, Progress } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import type { StorySynthesis, SynthesisArticle } from '../summarize/index.ts';

/** Writes a story's title, summary, key points, frames and entities from its articles (extractive, or an LLM). */
export type Synthesizer = (articles: readonly SynthesisArticle[]) => StorySynthesis | Promise<StorySynthesis>;

export interface SynthesizeStoriesOptions {
  readonly outlets: OutletDirectory;
  readonly synthesize: Synthesizer;
  readonly blindspot: BlindspotOptions;
  readonly logger: Logger;
  readonly progress: Progress;
}

/** Recomputes coverage, blindspot and synthesis of every story marked dirty. Returns the ids it refreshed. */
export async function synthesizeStories(store: Store, options: SynthesizeStoriesOptions): Promise<number[]> {
  const done: number[] = [];
  options.progress.start(0, 'synthesize');
  for (;;) {
    const ids = await store.stories.listDirtyIds(200);
    if (ids.length === 0) break;
    await store.transaction(async (trx) => {
      for (const id of ids) {
        await synthesizeStory(trx, id, options);
        done.push(id);
      }
    });
    options.progress.increment(ids.length);
  }
  options.progress.stop();
  // The topic index follows the entities of every story whose version changed.
  if (done.length > 0) await store.topics.indexChangedStories();
  return done;
}

/** Recomputes one story's coverage, blindspot and synthesis from its articles (nothing for a story without any). */
export async function synthesizeStory(
  store: Store,
  id: number,
  options: SynthesizeStoriesOptions,
): Promise<void> {
  const articles = await store.articles.listForStory(id);
  if (articles.length === 0) return;
  const outletOf = (outletId: string) => options.outlets.get(outletId);
  const coverage = computeCoverage(articles, outletOf);
  const inputs = articles.map((a) => toSynthesisInput(a, options.outlets));
  const synthesis = await options.synthesize(inputs);
  const first = articles[0]!;
  await store.stories.saveSynthesis(id, {
    ...synthesis,
    coverage,
    blindspot: detectBlindspot(coverage, options.blindspot),
    firstPublishedAt: first.publishedAt,
    updatedAt:
      articles
        .map((a) => a.publishedAt)
        .sort()
        .at(-1) ?? first.publishedAt,
    firstArticleId: first.id,
    firstOutletId: first.outletId,
  });
}

function toSynthesisInput(article: Article, outlets: OutletDirectory): SynthesisArticle {
  const outlet = article.outletId ? outlets.get(article.outletId) : undefined;
  return {
    id: article.id,
    title: article.title,
    lead: article.lead,
    outletId: article.outletId,
    url: article.url,
    outletName: outlet?.name,
    side: outlet?.bias?.bucket ?? null,
    publishedAt: article.publishedAt,
  };
}
