import type { Coverage, Outlet } from '../domain/index.ts';

/** What coverage needs of one article: who published it. */
export interface CoverageArticle {
  readonly outletId: string | null;
}

/**
 * Coverage of a story: articles, distinct outlets, and L/C/R counts and shares over the rated outlets
 * (DESIGN §3). Each outlet counts once however many articles it ran; unrated outlets are counted apart.
 */
export function computeCoverage(
  articles: readonly CoverageArticle[],
  outletOf: (id: string) => Outlet | undefined,
): Coverage {
  const outletIds = new Set<string>();
  let unknownOutlets = 0;
  for (const article of articles) {
    if (article.outletId === null) unknownOutlets += 1;
    else outletIds.add(article.outletId);
  }
  const counts = { left: 0, center: 0, right: 0 };
  const factuality: Record<string, number> = {};
  const ownership: Record<string, number> = {};
  let unrated = unknownOutlets;
  for (const id of outletIds) {
    const outlet = outletOf(id);
    if (outlet?.bias) counts[outlet.bias.bucket] += 1;
    else unrated += 1;
    const fact = outlet?.factuality?.label ?? 'unrated';
    factuality[fact] = (factuality[fact] ?? 0) + 1;
    const owner = outlet?.ownership?.category ?? 'unknown';
    ownership[owner] = (ownership[owner] ?? 0) + 1;
  }
  if (unknownOutlets > 0) {
    factuality.unrated = (factuality.unrated ?? 0) + unknownOutlets;
    ownership.unknown = (ownership.unknown ?? 0) + unknownOutlets;
  }
  const rated = counts.left + counts.center + counts.right;
  const share = (n: number) => (rated === 0 ? 0 : n / rated);
  return {
    articles: articles.length,
    outlets: outletIds.size + unknownOutlets,
    rated,
    unrated,
    ...counts,
    shares: { left: share(counts.left), center: share(counts.center), right: share(counts.right) },
    factuality,
    ownership,
  };
}
