import { UsageError } from './usage-error.ts';

/** A TCP port from an option, or the configured one. */
export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be 0…65535, got "${value}"`);
  return port;
}
