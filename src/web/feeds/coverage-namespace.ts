import type { Blindspot, Coverage } from '../../domain/index.ts';

/** XML namespace of the coverage element in RSS and Atom items (a name, not a fetched address). */
export const COVERAGE_NS = 'https://github.com/parallax-news/parallax#coverage';
/** Key of the coverage extension in JSON Feed items (JSON Feed extensions start with "_"). */
export const JSON_FEED_EXTENSION = '_parallax';

/** The coverage of an item as JSON (the JSON Feed extension and the API use the same fields). */
export function coverageFields(coverage: Coverage, blindspot: Blindspot) {
  return {
    articles: coverage.articles,
    outlets: coverage.outlets,
    rated: coverage.rated,
    left: coverage.left,
    center: coverage.center,
    right: coverage.right,
    unrated: coverage.unrated,
    left_share: round(coverage.shares.left),
    center_share: round(coverage.shares.center),
    right_share: round(coverage.shares.right),
    blindspot,
  };
}

/** `<parallax:coverage articles="12" … left_share="0.3" blindspot="none"/>` for an RSS item or Atom entry. */
export function coverageElement(coverage: Coverage, blindspot: Blindspot): string {
  const attributes = Object.entries(coverageFields(coverage, blindspot))
    .map(([name, value]) => `${name}="${value ?? 'none'}"`)
    .join(' ');
  return `<parallax:coverage ${attributes}/>`;
}

function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}
