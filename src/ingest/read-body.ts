import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { IngestError } from './ingest-error.ts';

/** How to read one response body. */
export interface ReadBodyOptions {
  /** The Content-Encoding header, e.g. "gzip" or "gzip, br". */
  readonly contentEncoding?: string | undefined;
  /** Largest body accepted, counted both as received and after decompression. */
  readonly maxBytes: number;
  readonly signal?: AbortSignal | undefined;
}

/**
 * The whole body, decompressed, or an IngestError 'limit' as soon as it grows past `maxBytes` — counted
 * after decompression too, so a small gzip bomb is stopped after a few MiB of output, not after gigabytes.
 */
export async function readBody(body: Readable, options: ReadBodyOptions): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  // With several codings the pipeline may reject with an AbortError of another stage; the cap is the reason.
  let exceeded: IngestError | undefined;
  const limit = (where: string) =>
    async function* (source: AsyncIterable<Buffer>) {
      let seen = 0;
      for await (const chunk of source) {
        seen += chunk.length;
        if (seen > options.maxBytes) {
          exceeded = tooLarge(options.maxBytes, where);
          throw exceeded;
        }
        yield chunk;
      }
    };
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      chunks.push(chunk);
      total += chunk.length;
    }
  };
  const stages = decodersFor(options.contentEncoding);
  const streams = stages.length === 0 ? [] : [limit('as received'), ...stages];
  await runPipeline(body, ...streams, limit(stages.length === 0 ? 'as received' : 'decompressed'), collect, {
    signal: options.signal,
  }).catch((error: unknown) => {
    throw exceeded ?? error;
  });
  return new Uint8Array(Buffer.concat(chunks, total));
}

// stream.pipeline's typings have no variadic form; the runtime accepts any number of stages.
const runPipeline = pipeline as unknown as (...stages: unknown[]) => Promise<void>;

function tooLarge(maxBytes: number, where: string): IngestError {
  return new IngestError('limit', `ingest: body exceeds ${formatBytes(maxBytes)} (${where})`);
}

/** "5 MiB", "512 KiB" or "100 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

// Content-Encoding lists codings in the order they were applied (RFC 9110 §8.4), so undo them in reverse.
function decodersFor(header: string | undefined): Transform[] {
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        // Lenient like browsers: a truncated gzip stream still yields what arrived.
        return createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
      case 'deflate':
        return createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
      case 'br':
        return createBrotliDecompress();
      default:
        throw new IngestError('http', `ingest: unsupported Content-Encoding "${coding}"`);
    }
  });
}
