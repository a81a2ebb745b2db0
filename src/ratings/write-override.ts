import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { normalizeDomain } from './outlet-id.ts';
import type { Override, Overrides } from './overrides.ts';
import { RatingsFileError } from './ratings-file-error.ts';
import { readOverrides, toLocalEntry } from './read-overrides.ts';

/** The key an override is stored under: an outlet id as it is, a domain normalized (www.CNN.com is cnn.com). */
export function overrideKey(domain: string): string {
  return domain.includes('~') ? domain : (normalizeDomain(domain) ?? domain);
}

/**
 * Sets (merges) the override of a domain (normalized: www.CNN.com is cnn.com) or outlet id in the file at `path`,
 * dated `now`, and returns the new overrides. A `patch` of undefined removes it. The file is read and checked first (a malformed file throws and is left
 * as it is) and replaced atomically, one outlet a line so that errors can name a line.
 */
export function writeOverride(
  path: string,
  domain: string,
  patch: Override | undefined,
  now: Date = new Date(),
): Overrides {
  const current = readOverrides(path);
  const key = overrideKey(domain);
  const next: Record<string, Override> = { ...current };
  if (patch === undefined) {
    delete next[key];
  } else {
    const merged: Override = { ...current[key], ...patch, asOf: now.toISOString() };
    try {
      toLocalEntry(key, merged, path, merged.asOf!);
    } catch (error) {
      throw new Error(`ratings: ${(error as Error).message}`);
    }
    next[key] = merged;
  }
  const keys = Object.keys(next).sort();
  const body = keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(next[k])}`).join(',\n');
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, keys.length === 0 ? '{}\n' : `{\n${body}\n}\n`);
    renameSync(temporary, path);
  } catch (error) {
    // Named by the file the operator gave, not by the temporary one beside it.
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new RatingsFileError(
      path,
      undefined,
      `cannot write${code ? ` (${code})` : `: ${(error as Error).message}`}`,
    );
  }
  return next;
}
