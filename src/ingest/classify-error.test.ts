import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyError } from './classify-error.ts';
import { IngestError } from './ingest-error.ts';

const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

test('classifyError keeps the kind of an IngestError', () => {
  assert.deepEqual(classifyError(new IngestError('limit', 'ingest: body exceeds 5 MiB (as received)')), {
    kind: 'limit',
    message: 'ingest: body exceeds 5 MiB (as received)',
  });
});

test('classifyError names network failures and timeouts from Node and undici, also as causes', () => {
  assert.deepEqual(classifyError(coded('connect ECONNREFUSED 1.2.3.4:443', 'ECONNREFUSED')), {
    kind: 'network',
    message: 'ingest: connection refused',
  });
  assert.equal(classifyError(coded('Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT')).kind, 'timeout');
  const wrapped = new TypeError('fetch failed', { cause: coded('cert', 'CERT_HAS_EXPIRED') });
  assert.deepEqual(classifyError(wrapped), {
    kind: 'network',
    message: 'ingest: TLS certificate has expired',
  });
});

test('classifyError gives anything else the fallback kind and a module prefix', () => {
  assert.deepEqual(classifyError(new Error('SQLITE_BUSY: database is locked'), 'store'), {
    kind: 'store',
    message: 'ingest: SQLITE_BUSY: database is locked',
  });
  assert.deepEqual(classifyError(new Error('store: disk full'), 'store'), {
    kind: 'store',
    message: 'store: disk full',
  });
});
