import type { FeedError, FeedErrorKind } from '../domain/index.ts';
import { IngestError } from './ingest-error.ts';

// Error codes of Node's net/dns/tls and of undici, by what they mean for a feed's health.
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
]);
const NETWORK_MESSAGES: Readonly<Record<string, string>> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed (try again later)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CLOSED: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
};
const BODY_CODES = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'ERR_PADDING_1', 'ERR__ERROR_FORMAT_PADDING_1']);

/**
 * The FeedError a failure becomes on the feed (STYLE: errors at the feed boundary are data). Errors of the
 * ingest stage keep their kind; network, TLS and timeout errors from Node and undici are named; anything
 * else takes `fallback` (the pipeline passes 'store' around its database calls).
 */
export function classifyError(error: unknown, fallback: FeedErrorKind = 'network'): FeedError {
  if (error instanceof IngestError) return { kind: error.kind, message: error.message };
  const found = toIngestError(error);
  if (found) return { kind: found.kind, message: found.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: fallback, message: /^[a-z-]+: /.test(message) ? message : `ingest: ${message}` };
}

/** Turns a low-level fetch error into an IngestError, or undefined when it is not one we recognize. */
export function toIngestError(error: unknown): IngestError | undefined {
  if (error instanceof IngestError) return error;
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e instanceof IngestError) return e;
    const code = (e as { code?: unknown }).code;
    if (e.name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) {
      return new IngestError('timeout', `ingest: timed out (${describeTimeout(code)})`, { cause: error });
    }
    if (typeof code === 'string' && NETWORK_MESSAGES[code]) {
      return new IngestError('network', `ingest: ${NETWORK_MESSAGES[code]}`, { cause: error });
    }
    if (typeof code === 'string' && BODY_CODES.has(code)) {
      return new IngestError('http', `ingest: the response body is not validly compressed`, { cause: error });
    }
  }
  return undefined;
}

function describeTimeout(code: unknown): string {
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connecting';
    case 'UND_ERR_HEADERS_TIMEOUT':
      return 'waiting for the response headers';
    case 'UND_ERR_BODY_TIMEOUT':
      return 'the body stopped arriving';
    default:
      return 'the whole request took too long';
  }
}
