import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.ts';

/** A TCP port from an option, or the configured one. */
export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be 0…65535, got "${value}"`);
  return port;
}

/** A whole number ≥ 1 from the option `name`, or undefined when it was not given. */
export function parsePositiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${name} must be a whole number ≥ 1, got "${value}"`);
  return n;
}

/**
 * Checks, before any work, that `file` (the value of `option`) can be written once the work is done: its folder
 * exists and it is not itself a folder. A command that learns or clusters for minutes writes its result last.
 */
export function checkOutputFile(file: string, option: string): void {
  const folder = dirname(resolve(file));
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`${option} ${file}: no such folder ${folder}`);
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`${option} ${file} is a folder, not a file`);
  try {
    accessSync(existing ? file : folder, constants.W_OK);
  } catch {
    throw new UsageError(`${option} ${file} cannot be written (permission denied)`);
  }
}
