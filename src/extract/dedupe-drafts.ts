import type { ArticleDraft } from '../domain/index.ts';

/**
 * Drafts without repeats: a draft whose canonical URL or guid was already seen in the batch is dropped, so a
 * feed listing one item twice (duplicate guids are common) yields one article. The first occurrence wins, as
 * feeds list newest first. Guids are compared per feed, since they are unique only within their feed.
 */
export function dedupeDrafts<T extends ArticleDraft>(drafts: readonly T[]): T[] {
  const urls = new Set<string>();
  const guids = new Set<string>();
  const kept: T[] = [];
  for (const draft of drafts) {
    const guidKey = draft.guid === undefined ? undefined : `${draft.feedId ?? ''} ${draft.guid}`;
    if (urls.has(draft.url) || (guidKey !== undefined && guids.has(guidKey))) continue;
    urls.add(draft.url);
    if (guidKey !== undefined) guids.add(guidKey);
    kept.push(draft);
  }
  return kept;
}
