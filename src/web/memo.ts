/**
 * Memoizes an async lookup for `ttlMs` of wall-clock time (not the injected clock, which a replayed snapshot
 * stops): for aggregate queries that many pages share and that may lag a little, such as the outlet list.
 */
export function memoize<T>(
  load: () => Promise<T>,
  ttlMs: number,
  now: () => number = Date.now,
): () => Promise<T> {
  let value: Promise<T> | undefined;
  let loadedAt = 0;
  return () => {
    if (value === undefined || now() - loadedAt >= ttlMs) {
      loadedAt = now();
      const pending = load();
      value = pending;
      // A failed load must not be served for the whole ttl.
      pending.catch(() => {
        if (value === pending) value = undefined;
      });
    }
    return value;
  };
}
