import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/parallax.js');
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) child.kill('SIGKILL');
});

// A data folder holding the last 600 articles of the real snapshot, so the test runs in seconds.
function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-start-'));
  mkdirSync(join(dir, 'snapshot'));
  const tail = readFileSync(join(ROOT, 'src/pipeline/testdata/snapshot-tail.jsonl'));
  writeFileSync(join(dir, 'snapshot', 'articles.jsonl.gz'), gzipSync(tail));
  cpSync(join(ROOT, 'data/outlets'), join(dir, 'outlets'), { recursive: true });
  return dir;
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'start'], { env: { ...process.env, ...env }, stdio: 'pipe' });
  children.push(child);
  return new Promise((resolveStart, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /serving .* at (http:\/\/\S+)/.exec(out);
      if (match) resolveStart({ url: match[1]!, child });
    });
    child.stderr!.on('data', (chunk) => {
      err += chunk;
    });
    child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${err}`)));
  });
}

test('parallax start imports an empty database, serves stories, and a second start reuses it', async () => {
  const dataDir = makeDataDir();
  const env = { PARALLAX_DATA_DIR: dataDir, PARALLAX_DB: join(dataDir, 'test.db'), PORT: '0' };
  const first = await startServer(env);
  assert.equal((await fetch(`${first.url}/healthz`)).status, 200);
  const body = (await (await fetch(`${first.url}/api/stories?limit=5`)).json()) as {
    stories: { id: number; title: string; article_count: number; outlet_count: number; coverage: object }[];
  };
  assert.equal(body.stories.length, 5);
  for (const key of ['id', 'title', 'article_count', 'outlet_count', 'coverage'])
    assert.ok(key in body.stories[0]!);
  const page = await (await fetch(`${first.url}/stories/${body.stories[0]!.id}`)).text();
  assert.match(page, /\d+ Articles?/);
  first.child.kill('SIGTERM');
  await new Promise((done) => first.child.once('exit', done));

  const stats = spawnSync(process.execPath, [BIN, 'stats', '--json'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  assert.equal(stats.status, 0, stats.stderr);
  const counts = JSON.parse(stats.stdout) as Record<string, number>;
  assert.equal(counts.articles, 600);
  assert.ok(counts.multi_outlet_stories! > 0 && counts.stories! >= counts.multi_outlet_stories!);

  const second = await startServer(env);
  const again = spawnSync(process.execPath, [BIN, 'stats', '--json'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  assert.deepEqual(JSON.parse(again.stdout), counts, 'a second start must not import or cluster again');
  second.child.kill('SIGTERM');
});

test('parallax start refuses a bad --port before importing the snapshot', () => {
  const dataDir = makeDataDir();
  const db = join(dataDir, 'test.db');
  const run = spawnSync(process.execPath, [BIN, 'start', '--port', '-1'], {
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, PARALLAX_DB: db },
    encoding: 'utf8',
  });
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stderr, 'parallax: --port must be 0…65535, got "-1"\n');
  assert.equal(existsSync(db), false, 'nothing is imported for a command that cannot serve');
});
