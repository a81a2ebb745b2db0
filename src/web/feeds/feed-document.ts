import { type Blindspot, type Coverage, describeBias, sidePercents } from '../../domain/index.ts';
import { sideName } from '../format.ts';
import type { StoryView } from '../prefs/view-stories.ts';

/** One story as a feed item, with its coverage (counts and shares by side). */
export interface FeedItem {
  /** Absolute URL of the story page: also the item's stable id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** Summary and key points, then the coverage in words. */
  readonly text: string;
  readonly published: string;
  readonly updated: string;
  readonly coverage: Coverage;
  readonly blindspot: Blindspot;
}

/** A feed in the terms its three formats share. */
export interface FeedDocument {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page the feed mirrors. */
  readonly homeUrl: string;
  /** Absolute URL of this feed (format included). */
  readonly feedUrl: string;
  /** Absolute URL where the coverage extension is described. */
  readonly aboutUrl: string;
  readonly updated: string;
  readonly items: readonly FeedItem[];
}

/** The feed item of a story as the reader's preferences show it. */
export function storyFeedItem(view: StoryView, origin: string): FeedItem {
  const { story } = view;
  const points = story.keyPoints.map((p) => `• ${p.text}`);
  return {
    url: `${origin}/stories/${story.id}`,
    title: story.title,
    summary: story.summary,
    text: [story.summary, ...points, coverageText(view.coverage, view.blindspot)]
      .filter(Boolean)
      .join('\n\n'),
    published: story.firstPublishedAt,
    updated: story.updatedAt,
    coverage: view.coverage,
    blindspot: view.blindspot,
  };
}

/**
 * The coverage of a story in one paragraph: "Coverage: 12 articles from 10 outlets, 10 rated: Left 3 (30%),
 * Center 3 (30%), Right 4 (40%); 0 unrated. 40% of the sources are Right."
 */
export function coverageText(coverage: Coverage, blindspot: Blindspot): string {
  const percents = sidePercents(coverage);
  const sides = (['left', 'center', 'right'] as const)
    .map((s) => `${sideName(s)} ${coverage[s]} (${percents[s]}%)`)
    .join(', ');
  const sentence = describeBias(coverage);
  return (
    `Coverage: ${coverage.articles} articles from ${coverage.outlets} outlets, ${coverage.rated} rated: ${sides}; ` +
    `${coverage.unrated} unrated.` +
    (sentence ? ` ${sentence}.` : '') +
    (blindspot ? ` Blindspot for the ${sideName(blindspot)}.` : '')
  );
}

/** The newest update among the items (or `fallback` for an empty feed). */
export function latestUpdate(items: readonly FeedItem[], fallback: string): string {
  const times = items.map((i) => i.updated).sort();
  return times.at(-1) ?? fallback;
}
