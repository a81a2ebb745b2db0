import type { Article } from '../domain/index.ts';
import type { StoredExplanation } from '../store/index.ts';
import { HttpError } from './http-error.ts';
import { type StoryView, storyOutletsOf, viewStory } from './prefs/view-stories.ts';
import type { Context } from 'hono';
import type { AppContext, WebEnv } from './web-env.ts';

/** A story as the reader's preferences show it, with the articles they keep and every clustering explanation. */
export interface StoryDetail {
  /** The story (`view.story`) with coverage as the reader's preferences count it. */
  readonly view: StoryView;
  /** Every article of the story, and those the reader's preferences keep. */
  readonly articles: readonly Article[];
  readonly shown: readonly Article[];
  readonly explanations: readonly StoredExplanation[];
  /** Titles of the runner-up stories the explanations name, those that still exist. */
  readonly storyTitles: ReadonlyMap<number, string>;
}

/**
 * Loads what the story page and `/api/stories/:id` show: the story, its articles without the outlets the reader
 * hides, coverage recounted over what is left, the explanations and the titles of the runner-up stories they name.
 * A story that is gone is a 404.
 */
export async function loadStoryDetail(c: Context<WebEnv>, app: AppContext, id: number): Promise<StoryDetail> {
  const { store, outlets } = app.deps;
  const story = await store.stories.get(id);
  if (!story) throw new HttpError(404, `web: no story ${id}`);
  const [articles, explanations] = await Promise.all([
    store.articles.listForStory(id),
    store.stories.listExplanations(id),
  ]);
  const filter = c.get('filter');
  const view = viewStory(story, storyOutletsOf(articles), { outlets, filter, blindspot: app.blindspot });
  const runnerUps = [...new Set(explanations.flatMap((e) => (e.runnerUp ? [e.runnerUp.story] : [])))];
  const storyTitles = await store.stories.titlesOf(runnerUps);
  return { view, articles, shown: articles.filter((a) => filter(a.outletId)), explanations, storyTitles };
}
