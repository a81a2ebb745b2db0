import { createHash } from 'node:crypto';

/** Hash of what a reader sees of an article; a new hash for the same URL means the article was updated. */
export function hashContent(...parts: readonly (string | null | undefined)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return hash.digest('base64url');
}
