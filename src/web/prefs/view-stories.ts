import { type BlindspotOptions, computeCoverage, detectBlindspot } from '../../coverage/index.ts';
import type { Blindspot, Coverage, OutletDirectory, Story } from '../../domain/index.ts';
import type { Store, StoryOutlet } from '../../store/index.ts';
import { type OutletFilter, SHOW_ALL } from './outlet-filter.ts';

/** A story as one reader sees it: coverage and blindspot over the outlets their preferences show. */
export interface StoryView {
  readonly story: Story;
  readonly coverage: Coverage;
  readonly blindspot: Blindspot;
  /** Outlets and articles of the story that the preferences hide. */
  readonly hiddenOutlets: number;
  readonly hiddenArticles: number;
}

export interface ViewContext {
  readonly store: Store;
  readonly outlets: OutletDirectory;
  readonly filter: OutletFilter;
  readonly blindspot: BlindspotOptions;
}

/** The story unchanged: what every reader without preferences sees. */
export function plainView(story: Story): StoryView {
  return { story, coverage: story.coverage, blindspot: story.blindspot, hiddenOutlets: 0, hiddenArticles: 0 };
}

/**
 * Views of `stories` under the reader's filter, in the same order; a story whose every article is hidden is
 * left out. Without preferences this is free; with them it costs one grouped query for all the stories.
 */
export async function viewStories(stories: readonly Story[], context: ViewContext): Promise<StoryView[]> {
  if (context.filter === SHOW_ALL || stories.length === 0) return stories.map(plainView);
  const outletsByStory = await context.store.browse.listStoryOutlets(stories.map((s) => s.id));
  const views: StoryView[] = [];
  for (const story of stories) {
    const view = viewStory(story, outletsByStory.get(story.id) ?? [], context);
    if (view.coverage.articles > 0 || view.hiddenArticles === 0) views.push(view);
  }
  return views;
}

/**
 * The view of one story given its outlets. When the filter hides all of its articles, coverage counts none and
 * `hiddenOutlets`/`hiddenArticles` say what was hidden (lists leave such a story out; its own page says so).
 */
export function viewStory(
  story: Story,
  storyOutlets: readonly StoryOutlet[],
  context: Omit<ViewContext, 'store'>,
): StoryView {
  if (context.filter === SHOW_ALL) return plainView(story);
  const shown: { outletId: string | null }[] = [];
  let hiddenOutlets = 0;
  let hiddenArticles = 0;
  for (const o of storyOutlets) {
    if (context.filter(o.outletId)) {
      for (let i = 0; i < o.articles; i += 1) shown.push({ outletId: o.outletId });
    } else {
      hiddenOutlets += 1;
      hiddenArticles += o.articles;
    }
  }
  if (hiddenArticles === 0) return plainView(story);
  const coverage = computeCoverage(shown, (id) => context.outlets.get(id));
  return {
    story,
    coverage,
    blindspot: detectBlindspot(coverage, context.blindspot),
    hiddenOutlets,
    hiddenArticles,
  };
}

/** The outlets of a story's articles with their article counts (what listStoryOutlets returns for one story). */
export function storyOutletsOf(articles: readonly { readonly outletId: string | null }[]): StoryOutlet[] {
  const counts = new Map<string | null, number>();
  for (const a of articles) counts.set(a.outletId, (counts.get(a.outletId) ?? 0) + 1);
  return [...counts].map(([outletId, n]) => ({ outletId, articles: n }));
}
