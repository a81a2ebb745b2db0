import type { Article } from '../domain/index.ts';
import { describeSourceReason, sourceFacts } from '../text/index.ts';

/**
 * Why an article is listed as the original of its syndicated copies, in words (the clusterer's rule, applied again
 * to the stored articles), or "" when the rule would not pick it (a database clustered before the rule).
 */
export function originalReason(original: Article, copies: readonly Article[]): string {
  const facts = (a: Article) =>
    sourceFacts({ outlet: a.outletId, title: a.title, text: a.lead, published: a.publishedAt });
  return describeSourceReason(facts(original), copies.map(facts));
}
