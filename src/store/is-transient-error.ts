// PostgreSQL SQLSTATE classes and codes that say "the server or connection went away", not "the query is wrong":
// 08 connection exception, 57P01-57P03 shutdown or not yet accepting connections, 53300 too many connections,
// 40001/40P01 serialization failure and deadlock (retrying the transaction is the documented remedy).
const TRANSIENT_CODES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01', 'SQLITE_BUSY']);
const TRANSIENT_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const TRANSIENT_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|Query read timeout/i;

/**
 * Whether a store error is worth retrying after a pause (the database restarted, the network dropped, a lock
 * timed out) rather than a bug or bad data. Long-running loops retry these with backoff instead of exiting.
 */
export function isTransientStoreError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (TRANSIENT_CODES.has(code) || TRANSIENT_SYSTEM_CODES.has(code) || code.startsWith('08')) return true;
  }
  if (TRANSIENT_MESSAGES.test(error.message)) return true;
  return error.cause !== undefined && error.cause !== error && isTransientStoreError(error.cause);
}
