import { statSync } from 'node:fs';
import { type LoadRegistryOptions, outletsFileOf } from './load-registry.ts';
import { readOutletRecords } from './read-outlet-records.ts';
import { readOverrides } from './read-overrides.ts';
import { createRegistry, type Registry } from './registry.ts';

/** A registry that follows its override file: what a server holds so that `outlets set` shows at once. */
export interface LiveRegistry {
  /** The registry under the latest readable override file (re-read when its size or time changed). */
  current(): Registry;
  /** Why the latest override file was not used (the registry before it stays in force), if it was not. */
  readonly lastError: Error | undefined;
}

/**
 * Loads the shipped ratings once and re-reads only the override file when it changes. A malformed override
 * file changes nothing: the previous registry stays and `lastError` says why (with file and line).
 */
export function openRegistry(options: LoadRegistryOptions): LiveRegistry {
  const records = readOutletRecords(outletsFileOf(options.dataDir));
  const path = options.overridesPath;
  const build = () =>
    createRegistry(records, {
      ...(options.weights ? { weights: options.weights } : {}),
      overrides: path ? readOverrides(path) : {},
      ...(path ? { overridesPath: path } : {}),
    });
  let stamp = stampOf(path);
  let registry = build();
  let lastError: Error | undefined;
  return {
    current() {
      const now = stampOf(path);
      if (now === stamp) return registry;
      stamp = now;
      try {
        registry = build();
        lastError = undefined;
      } catch (error) {
        lastError = error as Error;
      }
      return registry;
    },
    get lastError() {
      return lastError;
    },
  };
}

function stampOf(path: string | undefined): string {
  if (!path) return '';
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}
