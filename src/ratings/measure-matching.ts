import type { Outlet } from '../domain/index.ts';

/** How many article URLs resolve to an outlet, and to an outlet with a bias rating. */
export interface MatchingMeasure {
  readonly articles: number;
  readonly matched: number;
  readonly rated: number;
}

/** Counts URLs that match an outlet and those whose outlet is rated (has a blended bias position). */
export function measureMatching(
  urls: Iterable<string>,
  registry: { match(url: string): Outlet | undefined },
): MatchingMeasure {
  let articles = 0;
  let matched = 0;
  let rated = 0;
  for (const url of urls) {
    articles += 1;
    const outlet = registry.match(url);
    if (!outlet) continue;
    matched += 1;
    if (outlet.bias) rated += 1;
  }
  return { articles, matched, rated };
}
