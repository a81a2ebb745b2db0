import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { before, test } from 'node:test';
import { parseLabelledStream } from '../../cluster/index.ts';
import { openStore } from '../../store/index.ts';
import { runCli, seedStories, seedTime } from './cli-test-kit.ts';

// The feedback commands, run in this process against one SQLite file: story 1 (three articles, one of them flagged
// twice as not belonging, another once), story 2 (two articles, none flagged), story 3 (one article, flagged once).
const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'parallax-feedback-'));
const db = join(dir, 'feedback.db');
const T = seedTime;

before(async () => {
  process.env.PARALLAX_DB = db;
  await seedStories(db, [
    { story: 1, title: 'Senate passes the budget', hour: 9 },
    { story: 2, title: 'Budget vote: what changes for you', hour: 11 },
    { story: 1, title: 'Storm closes the coast road', hour: 10 },
    { story: 2, title: 'Senate budget heads to the House', hour: 12 },
    { story: 1, title: 'Senate budget passes 51–49', hour: 8 },
    { story: 3, title: 'Heatwave in the south', hour: 13, language: 'es' },
  ]);
});

async function flag(storyId: number, articleId: number, at: string): Promise<void> {
  const store = await openStore({ sqlitePath: db });
  await store.feedback.record(storyId, articleId, 'not_in_story', at);
  await store.close();
}

test('feedback list and export with no flags: says so, and writes an empty stream', async () => {
  const list = await runCli(['feedback', 'list']);
  assert.equal(list.code, 0, list.err);
  assert.equal(list.out, 'No reader flags yet.\n');
  assert.equal((await runCli(['feedback', 'list', '--json'])).out, '[]\n');
  const output = join(dir, 'empty.jsonl');
  const run = await runCli(['feedback', 'export', '--output', output]);
  assert.equal(run.code, 0, run.err);
  assert.equal(readFileSync(output, 'utf8'), '');
});

test('feedback list: most votes first, then the latest; as a table and as JSON', async () => {
  await flag(1, 3, T(15));
  await flag(1, 3, T(17));
  await flag(3, 6, T(16));
  await flag(1, 2, T(18));
  const json = await runCli(['feedback', 'list', '--json']);
  assert.equal(json.code, 0, json.err);
  const entries = JSON.parse(json.out) as Record<string, unknown>[];
  assert.deepEqual(entries[0], {
    story_id: 1,
    story_title: 'Senate budget passes 51–49',
    article_id: 3,
    outlet: 'outlet0.example',
    title: 'Storm closes the coast road',
    verdict: 'not_in_story',
    votes: 2,
    first_at: T(15),
    last_at: T(17),
    applied_at: null,
  });
  assert.deepEqual(
    entries.map((e) => [e.story_id, e.article_id, e.votes]),
    [
      [1, 3, 2],
      [1, 2, 1],
      [3, 6, 1],
    ],
  );
  const table = await runCli(['feedback', 'list']);
  assert.equal(
    table.out,
    [
      'STORY  ARTICLE  OUTLET           VOTES  LAST FLAGGED (UTC)  APPLIED (UTC)  TITLE',
      '1      3        outlet0.example  2      2024-03-01 17:00    -              Storm closes the coast road',
      '1      2        outlet1.example  1      2024-03-01 18:00    -              Budget vote: what changes for you',
      '3      6        outlet1.example  1      2024-03-01 16:00    -              Heatwave in the south',
      '',
    ].join('\n'),
  );
});

test('feedback export: the flagged stories as a labelled stream the stream reader and eval cluster take', async () => {
  const output = join(dir, 'flags.jsonl');
  const run = await runCli(['feedback', 'export', '--output', output]);
  assert.equal(run.code, 0, run.err);
  assert.equal(run.out, `${output}: 4 articles of 2 flagged stories, 2 of them flagged out of their story\n`);
  const text = readFileSync(output, 'utf8');
  assert.deepEqual(Object.keys(JSON.parse(text.split('\n')[0]!)), [
    'id',
    'story',
    'title',
    'text',
    'published',
    'url',
    'outlet',
    'lang',
  ]);
  // Story 2 has no flags and is left out; the rest in publication order; flagged articles are stories of their own.
  const stream = parseLabelledStream(text, output, { requireStory: true });
  assert.deepEqual(
    stream.map((a) => [a.input.id, a.story, a.input.published]),
    [
      ['5', '1', T(8)],
      ['1', '1', T(9)],
      ['3', 'flagged-3', T(10)],
      ['6', 'flagged-6', T(13)],
    ],
  );
  assert.deepEqual(stream[3]!.input, {
    id: '6',
    title: 'Heatwave in the south',
    text: 'Heatwave in the south, the lead.',
    published: T(13),
    url: 'https://outlet1.example/3/5',
    outlet: 'outlet1.example',
    lang: 'es',
  });
  // Article 2 was flagged too, but it is in story 2 now, which has no flag: it is not in the stream.
  assert.ok(!stream.some((a) => a.input.id === '2'));
  const scored = spawnSync(
    process.execPath,
    ['bin/parallax.js', 'eval', 'cluster', '--data', output, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  assert.equal(scored.status, 0, scored.stderr);
  const report = JSON.parse(scored.stdout) as { documents: number; gold_stories: number };
  assert.deepEqual([report.documents, report.gold_stories], [4, 3]);
});

test('feedback export needs a writable --output; --help describes both commands', async () => {
  const missing = await runCli(['feedback', 'export']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--output <file>/);
  const folder = await runCli(['feedback', 'export', '--output', dir]);
  assert.equal(folder.code, 2);
  assert.match(folder.err, /is a folder, not a file/);
  const help = await runCli(['feedback', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /list \[options\]\s+List the flagged articles/);
  assert.match(help.out, /export \[options\]\s+Write every article of each flagged story/);
  assert.match(help.out, /apply \[options\]\s+Act on the flags not yet applied/);
});

test('feedback list and export --min-votes leave out the flags with fewer votes', async () => {
  const json = await runCli(['feedback', 'list', '--json', '--min-votes', '2']);
  assert.equal(json.code, 0, json.err);
  assert.deepEqual(
    (JSON.parse(json.out) as Record<string, unknown>[]).map((e) => [e.story_id, e.article_id, e.votes]),
    [[1, 3, 2]],
  );
  const output = join(dir, 'flags-2.jsonl');
  const run = await runCli(['feedback', 'export', '--output', output, '--min-votes', '2']);
  assert.equal(run.code, 0, run.err);
  assert.equal(run.out, `${output}: 3 articles of 1 flagged stories, 1 of them flagged out of their story\n`);
  const stream = parseLabelledStream(readFileSync(output, 'utf8'), output, { requireStory: true });
  assert.deepEqual(
    stream.map((a) => [a.input.id, a.story]),
    [
      ['5', '1'],
      ['1', '1'],
      ['3', 'flagged-3'],
    ],
  );
  const bad = await runCli(['feedback', 'list', '--min-votes', '0']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--min-votes must be a whole number ≥ 1, got "0"/);
});

test('feedback apply --dry-run says what it would do and changes nothing', async () => {
  const run = await runCli(['feedback', 'apply', '--dry-run']);
  assert.equal(run.code, 0, run.err);
  assert.equal(
    run.out,
    [
      'story 1: would move article 3 to a new story',
      'story 1: article 2 skipped: it has left the story (it is in story 2 now)',
      'story 3: article 6 skipped: that would move every article of story 3 (1, copies included); a story keeps at least one',
      'dry run: 1 flag would be applied, 2 skipped; nothing changed',
      '',
    ].join('\n'),
  );
  const store = await openStore({ sqlitePath: db });
  assert.equal(await store.stories.count(), 3);
  assert.ok((await store.feedback.list()).every((e) => e.appliedAt === null));
  await store.close();
});

test('feedback apply splits the flagged articles out, marks the flags applied, and skips them next time', async () => {
  const run = await runCli(['feedback', 'apply', '--min-votes', '2']);
  assert.equal(run.code, 0, run.err);
  assert.equal(
    run.out,
    'story 1: article 3 flagged; 1 article moved to new story 4; both re-synthesized\n1 flag applied, 0 skipped\n',
  );
  const store = await openStore({ sqlitePath: db });
  assert.deepEqual(
    (await store.articles.listForStory(4)).map((a) => a.id),
    [3],
  );
  // Stories 2 and 3 were never synthesized here; 1 and 4 just were.
  assert.deepEqual(await store.stories.listDirtyIds(10), [2, 3]);
  assert.equal((await store.stories.get(4))?.title, 'Storm closes the coast road');
  await store.close();
  const json = await runCli(['feedback', 'list', '--json']);
  const entries = JSON.parse(json.out) as { article_id: number; applied_at: string | null }[];
  assert.equal(typeof entries.find((e) => e.article_id === 3)?.applied_at, 'string');
  assert.deepEqual(
    entries.filter((e) => e.applied_at === null).map((e) => e.article_id),
    [2, 6],
  );
  assert.doesNotMatch((await runCli(['feedback', 'list'])).out, /2024-03-01 17:00 {4}- /);
  const again = await runCli(['feedback', 'apply']);
  assert.equal(again.code, 0, again.err);
  assert.match(
    again.out,
    /^story 1: article 2 skipped: .*\nstory 3: article 6 skipped: .*\n0 flags applied, 2 skipped\n$/,
  );
});

test('feedback export keeps an applied flag as a label, its article a story of its own', async () => {
  const output = join(dir, 'applied.jsonl');
  const run = await runCli(['feedback', 'export', '--output', output]);
  assert.equal(run.code, 0, run.err);
  const stream = parseLabelledStream(readFileSync(output, 'utf8'), output, { requireStory: true });
  assert.deepEqual(
    stream.map((a) => [a.input.id, a.story]),
    [
      ['5', '1'],
      ['1', '1'],
      ['3', 'flagged-3'],
      ['6', 'flagged-6'],
    ],
  );
});
