import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from './config.ts';
import { ConfigError, loadConfig } from './load-config.ts';

function configFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'parallax-config-')), 'parallax.config.json');
  writeFileSync(path, content);
  return path;
}

test('loadConfig layers the file over the defaults and the environment over the file, and freezes it', () => {
  const path = configFile(
    JSON.stringify({ port: 4000, blindspot: { maxShare: 0.2 }, ratings: { weights: { mbfc: 2 } } }),
  );
  const config = loadConfig({ PARALLAX_CONFIG: path, PARALLAX_DB: '/tmp/x.db', PORT: '5000' });
  assert.equal(config.port, 5000);
  assert.equal(config.db, '/tmp/x.db');
  assert.equal(config.blindspot.maxShare, 0.2);
  assert.equal(config.blindspot.minRatedOutlets, DEFAULT_CONFIG.blindspot.minRatedOutlets);
  assert.deepEqual(config.ratings.weights, { mbfc: 2 });
  assert.ok(Object.isFrozen(config.blindspot));
});

test('loadConfig names the unknown key, the wrong type, the bad number and the broken file', () => {
  assert.throws(() => loadConfig({ PARALLAX_CONFIG: configFile('{"prot": 1}') }), /unknown setting "prot"/);
  assert.throws(
    () => loadConfig({ PARALLAX_CONFIG: configFile('{"fetch": {"timeoutMs": "1s"}}') }),
    /fetch.timeoutMs must be a number/,
  );
  assert.throws(
    () => loadConfig({ PARALLAX_CONFIG: configFile('{"ratings": {"weights": {"mbfc": -1}}}') }),
    /ratings.weights.mbfc/,
  );
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT must be a number/);
  assert.throws(
    () => loadConfig({ PARALLAX_CONFIG: configFile('{port: 1}') }),
    (e: Error) => e instanceof ConfigError && /not valid JSON/.test(e.message),
  );
  assert.throws(
    () => loadConfig({ PARALLAX_CONFIG: '/nonexistent/parallax.json' }),
    /cannot read \/nonexistent/,
  );
});

test('loadConfig names a number out of its range and a rater that does not exist', () => {
  const bad = (json: string, message: RegExp) =>
    assert.throws(() => loadConfig({ PARALLAX_CONFIG: configFile(json) }), message);
  bad('{"cluster": {"windowDays": -1}}', /cluster.windowDays must be above 0, not -1/);
  bad('{"web": {"frontPageDays": 0}}', /web.frontPageDays must be above 0/);
  bad('{"fetch": {"concurrency": 0}}', /fetch.concurrency must be above 0/);
  bad('{"fetch": {"concurrency": 2.5}}', /fetch.concurrency must be a whole number/);
  bad('{"port": -5}', /port must be 0 or more, not -5/);
  bad('{"port": 70000}', /port must be a port number/);
  bad('{"blindspot": {"maxShare": 1.5}}', /blindspot.maxShare must be a share between 0 and 1/);
  bad('{"ratings": {"weights": {"mfbc": 1}}}', /ratings.weights.mfbc: no such rater/);
  assert.throws(
    () => loadConfig({ PARALLAX_WORKER_CONCURRENCY: '-2' }),
    /environment: worker\.concurrency \(PARALLAX_WORKER_CONCURRENCY\) must be above 0, not -2/,
  );
  const fine = loadConfig({
    PARALLAX_CONFIG: configFile(
      '{"port": 0, "worker": {"retryDelaySeconds": 0}, "ratings": {"weights": {"kite": 1, "local": 0}}}',
    ),
  });
  assert.equal(fine.port, 0);
  assert.deepEqual(fine.ratings.weights, { kite: 1, local: 0 });
});

test('loadConfig refuses a database URL that is not PostgreSQL, naming the setting and not the password', () => {
  for (const url of ['not a url', 'mysql://root:secret@127.0.0.1/db', 'localhost:5432']) {
    assert.throws(
      () => loadConfig({ PARALLAX_DATABASE_URL: url }),
      (error: Error) =>
        error instanceof ConfigError &&
        /databaseUrl \(PARALLAX_DATABASE_URL\) must be a PostgreSQL URL/.test(error.message) &&
        !error.message.includes('secret'),
      url,
    );
  }
  for (const url of ['postgres://u:p@db:5432/parallax', 'postgresql://db/parallax'])
    assert.equal(loadConfig({ PARALLAX_DATABASE_URL: url }).databaseUrl, url);
});
