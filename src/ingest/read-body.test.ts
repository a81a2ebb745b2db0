import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { IngestError } from './ingest-error.ts';
import { readBody } from './read-body.ts';

const MiB = 1024 * 1024;

async function failure(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof IngestError, `expected an IngestError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to fail');
}

test('readBody undoes the codings in reverse order', async () => {
  const body = await readBody(Readable.from([gzipSync(brotliCompressSync(Buffer.from('<rss/>')))]), {
    contentEncoding: 'br, gzip',
    maxBytes: MiB,
  });
  assert.equal(Buffer.from(body).toString(), '<rss/>');
});

test('readBody names the cap when a bomb comes in two codings', async () => {
  const bomb = gzipSync(gzipSync(Buffer.alloc(16 * MiB)));
  const error = await failure(
    readBody(Readable.from([bomb]), { contentEncoding: 'gzip, gzip', maxBytes: MiB }),
  );
  assert.equal(error.kind, 'limit');
  assert.equal(error.message, 'ingest: body exceeds 1 MiB (decompressed)');
});
