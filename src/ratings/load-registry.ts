import { join } from 'node:path';
import { readOutletRecords } from './read-outlet-records.ts';
import { readOverrides } from './read-overrides.ts';
import { createRegistry, type Registry } from './registry.ts';

/** Where the registry's files are and how to weigh raters. */
export interface LoadRegistryOptions {
  /** Folder of the shipped data; the ratings are `<dataDir>/outlets/outlets.jsonl`. */
  readonly dataDir: string;
  /** Local override file (config `outletOverrides`); a missing file means no overrides. */
  readonly overridesPath?: string;
  /** Config `ratings.weights`; raters it does not name weigh 0. */
  readonly weights?: Readonly<Record<string, number>>;
}

/** Path of the shipped ratings file under a data folder. */
export function outletsFileOf(dataDir: string): string {
  return join(dataDir, 'outlets', 'outlets.jsonl');
}

/**
 * Loads the shipped ratings and the local overrides into a registry. A malformed file throws a RatingsFileError
 * naming the file and line, and no registry is made from it.
 */
export function loadRegistry(options: LoadRegistryOptions): Registry {
  const records = readOutletRecords(outletsFileOf(options.dataDir));
  const overrides = options.overridesPath ? readOverrides(options.overridesPath) : {};
  return createRegistry(records, {
    ...(options.weights ? { weights: options.weights } : {}),
    overrides,
    ...(options.overridesPath ? { overridesPath: options.overridesPath } : {}),
  });
}
