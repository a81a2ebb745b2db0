import { existsSync, readFileSync } from 'node:fs';
import { type Config, DEFAULT_CONFIG } from './config.ts';

/** A setting that could not be read; the message names the file or variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The configuration: defaults, then the JSON file `PARALLAX_CONFIG` (or ./parallax.config.json when present),
 * then environment variables. The result is frozen.
 */
export function loadConfig(env: Env = process.env): Config {
  const file =
    env.PARALLAX_CONFIG ?? (existsSync('parallax.config.json') ? 'parallax.config.json' : undefined);
  let config: Config = DEFAULT_CONFIG;
  if (file !== undefined) config = mergeInto(config, readConfigFile(file), file);
  config = mergeInto(config, fromEnv(env), 'environment');
  checkDatabaseUrl(config.databaseUrl);
  return deepFreeze(config);
}

/**
 * The PostgreSQL URL, checked before any connection: "not a url" would fail as a DNS lookup of "base", and
 * "mysql://…" as a refused connection to PostgreSQL's port. The URL is not echoed, as it may hold a password.
 */
function checkDatabaseUrl(url: string | undefined): void {
  if (url === undefined) return;
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // left empty: reported below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:')
    throw new ConfigError(
      'config: databaseUrl (PARALLAX_DATABASE_URL) must be a PostgreSQL URL, ' +
        `postgres://user:password@host:5432/database${protocol ? `, not ${protocol}//…` : ''}`,
    );
}

function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`config: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config: ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Environment variables that set a number, and the setting each sets. */
const NUMERIC_ENV: readonly (readonly [string, string])[] = [
  ['PARALLAX_DATABASE_POOL_SIZE', 'postgres.poolSize'],
  ['PARALLAX_STATEMENT_TIMEOUT_MS', 'postgres.statementTimeoutMs'],
  ['PARALLAX_WORKER_CONCURRENCY', 'worker.concurrency'],
  ['PARALLAX_JOB_TIMEOUT_SECONDS', 'worker.jobTimeoutSeconds'],
  ['PARALLAX_JOB_RETRY_DELAY_SECONDS', 'worker.retryDelaySeconds'],
  ['PARALLAX_POLL_INTERVAL_MS', 'worker.pollIntervalMs'],
  ['PARALLAX_CLUSTER_INTERVAL_MS', 'worker.clusterIntervalMs'],
  ['PORT', 'port'],
];
// The variable a number came from, so an error in it names what the operator typed.
const VARIABLE_OF = new Map(NUMERIC_ENV.map(([variable, path]) => [path, variable]));

function fromEnv(env: Env): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const set = (path: string, value: unknown) => {
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1)!] = value;
  };
  const number = (name: string): number => {
    const n = Number(env[name]);
    if (!Number.isFinite(n) || env[name]?.trim() === '')
      throw new ConfigError(`config: ${name} must be a number`);
    return n;
  };
  if (env.PARALLAX_DB) set('db', env.PARALLAX_DB);
  if (env.PARALLAX_DATABASE_URL) set('databaseUrl', env.PARALLAX_DATABASE_URL);
  for (const [variable, path] of NUMERIC_ENV) if (env[variable]) set(path, number(variable));
  if (env.HOST) set('host', env.HOST);
  if (env.PARALLAX_DATA_DIR) set('dataDir', env.PARALLAX_DATA_DIR);
  if (env.PARALLAX_OUTLET_OVERRIDES) set('outletOverrides', env.PARALLAX_OUTLET_OVERRIDES);
  if (env.PARALLAX_ALLOW_PRIVATE_ADDRESSES)
    set('fetch.allowPrivateAddresses', env.PARALLAX_ALLOW_PRIVATE_ADDRESSES === '1');
  if (env.PARALLAX_LLM_URL) set('llm.url', env.PARALLAX_LLM_URL);
  if (env.PARALLAX_LLM_KEY) set('llm.key', env.PARALLAX_LLM_KEY);
  if (env.PARALLAX_LLM_MODEL) set('llm.model', env.PARALLAX_LLM_MODEL);
  return out;
}

/** Merges `patch` into `base`, refusing unknown keys and values of the wrong type. */
function mergeInto<T>(base: T, patch: unknown, origin: string, path = ''): T {
  if (patch === undefined) return base;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new ConfigError(`config: ${origin}: ${path || 'top level'} must be an object`);
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const where = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(out, key)) throw new ConfigError(`config: ${origin}: unknown setting "${where}"`);
    const current = out[key];
    if (isFreeMap(where)) {
      out[key] = checkMap(value, origin, where);
    } else if (current !== null && typeof current === 'object') {
      out[key] = mergeInto(current, value, origin, where);
    } else if (current === undefined) {
      if (typeof value !== 'string') throw new ConfigError(`config: ${origin}: ${where} must be a string`);
      out[key] = value;
    } else {
      if (typeof value !== typeof current) {
        throw new ConfigError(`config: ${origin}: ${where} must be a ${typeof current}`);
      }
      if (typeof value === 'number') checkRange(value, origin, where);
      out[key] = value;
    }
  }
  return out as T;
}

// Numbers that may be 0 (a delay, a count of redirects, no periodic rebuild, a share); every other number counts or
// times something and must be above 0. Shares lie between 0 and 1; counts are whole.
const MAY_BE_ZERO = new Set([
  'worker.retryDelaySeconds',
  'fetch.maxRedirects',
  'cluster.rebuildHours',
  'port',
  'blindspot.minRatedOutlets',
]);
const SHARES = /^blindspot\.(?:maxShare|minOtherShare|usualShares\.\w+)$/;
const WHOLE =
  /^(?:port|postgres\.poolSize|worker\.concurrency|fetch\.(?:maxRedirects|perHostConcurrency|concurrency|maxBodyBytes)|schedule\.feedErrorLimit|blindspot\.minRatedOutlets)$/;

function checkRange(value: number, origin: string, where: string): void {
  const variable = origin === 'environment' ? VARIABLE_OF.get(where) : undefined;
  const named = variable ? `${where} (${variable})` : where;
  const fail = (what: string) => {
    throw new ConfigError(`config: ${origin}: ${named} must be ${what}, not ${value}`);
  };
  if (!Number.isFinite(value)) fail('a finite number');
  if (WHOLE.test(where) && !Number.isInteger(value)) fail('a whole number');
  if (SHARES.test(where) && (value < 0 || value > 1)) fail('a share between 0 and 1');
  if (MAY_BE_ZERO.has(where) ? value < 0 : value <= 0) fail(MAY_BE_ZERO.has(where) ? '0 or more' : 'above 0');
  if (where === 'port' && value > 65_535) fail('a port number (0–65535)');
}

/** The raters whose ratings the registry holds (data/outlets) and "local", the operator's own overrides. */
const RATERS = new Set(['mbfc', 'allsides', 'baly', 'kite', 'local']);

// Settings whose keys are free (e.g. rater names), not a fixed schema.
function isFreeMap(path: string): boolean {
  return path === 'ratings.weights';
}

function checkMap(value: unknown, origin: string, where: string): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`config: ${origin}: ${where} must be an object of numbers`);
  }
  for (const [k, v] of Object.entries(value)) {
    if (!RATERS.has(k)) {
      throw new ConfigError(
        `config: ${origin}: ${where}.${k}: no such rater (the raters are ${[...RATERS].join(', ')})`,
      );
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new ConfigError(`config: ${origin}: ${where}.${k} must be a number ≥ 0`);
  }
  return value as Record<string, number>;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
