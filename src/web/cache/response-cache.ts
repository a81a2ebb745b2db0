/** A rendered response kept for reuse. */
export interface CachedResponse {
  /** UTF-8 bytes, encoded once when cached rather than on every answer. */
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  readonly etag: string;
  /** When this server built this body (ms since the epoch): its Last-Modified, where the answer sends one. */
  readonly builtAt: number;
  /** Extra headers (Link for pagination). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A bounded cache of rendered responses, least recently used out first. Keys carry the versions of what was
 * rendered (story versions, the reader's preferences), so an entry is never stale: a change makes a new key.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    if (this.maxEntries <= 0) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
