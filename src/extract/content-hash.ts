import { createHash } from 'node:crypto';

/** The fields of an article whose change makes it an update. */
export interface HashedContent {
  readonly title: string;
  readonly lead: string;
  readonly text?: string | undefined;
  readonly author?: string | undefined;
}

/**
 * A fingerprint of what a reader sees of an article (title, lead, text, author): when a feed serves an item
 * again with another hash, the article was updated. Dates are left out on purpose: items without a date get
 * the fetch time, which changes on every poll.
 */
export function contentHash(content: HashedContent): string {
  return createHash('sha1')
    .update(JSON.stringify([content.title, content.lead, content.text ?? '', content.author ?? '']))
    .digest('hex');
}
