import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { openStore } from '../../store/index.ts';
import { runCli, seedStories } from './cli-test-kit.ts';

// `stories split`, run in this process against one SQLite file: story 1 holds articles 1–4 (4 a syndicated copy of
// 3), story 2 article 5; every story synthesized.
const dir = mkdtempSync(join(tmpdir(), 'parallax-stories-'));
const db = join(dir, 'stories.db');

before(async () => {
  process.env.PARALLAX_DB = db;
  const ids = await seedStories(
    db,
    [
      { story: 1, title: 'Senate passes the budget', hour: 8 },
      { story: 1, title: 'Senate budget passes 51–49', hour: 9 },
      { story: 1, title: 'Storm closes the coast road', hour: 10 },
      { story: 1, title: 'Storm closes coast road, police say', hour: 11, duplicateOf: 3 },
      { story: 2, title: 'Heatwave in the south', hour: 12 },
    ],
    ['senate'],
  );
  assert.deepEqual(ids, [1, 2, 3, 4, 5]);
  const rebuilt = await runCli(['rebuild']);
  assert.equal(rebuilt.code, 0, rebuilt.err);
});

test('stories split refuses articles of another story, every article, and malformed ids, changing nothing', async () => {
  const stranger = await runCli(['stories', 'split', '1', '--article', '2,5']);
  assert.deepEqual(
    [stranger.code, stranger.out, stranger.err],
    [2, '', 'parallax: article 5 is not in story 1\n'],
  );
  const missing = await runCli(['stories', 'split', '7', '--article', '1']);
  assert.deepEqual([missing.code, missing.err], [2, 'parallax: story 7 does not exist\n']);
  // Article 3 takes its copy 4 along: nothing would be left of story 1.
  const all = await runCli(['stories', 'split', '1', '--article', '1,2,3']);
  assert.equal(all.code, 2);
  assert.match(all.err, /would move every article of story 1 \(4, copies included\)/);
  const bad = await runCli(['stories', 'split', '1', '--article', '2,x']);
  assert.deepEqual([bad.code, bad.err], [2, 'parallax: --article must be a whole number ≥ 1, got "x"\n']);
  const none = await runCli(['stories', 'split', '1']);
  assert.equal(none.code, 2);
  assert.match(none.err, /--article <ids>/);
  const store = await openStore({ sqlitePath: db });
  assert.deepEqual(
    (await store.articles.listForStory(1)).map((a) => a.id),
    [1, 2, 3, 4],
  );
  assert.equal(await store.stories.count(), 2);
  await store.close();
});

test('stories split moves the articles and their copies to one new story, both re-synthesized and re-indexed', async () => {
  const store = await openStore({ sqlitePath: db });
  const versionBefore = (await store.stories.get(1))!.version;
  await store.close();
  const run = await runCli(['stories', 'split', '1', '--article', '3']);
  assert.equal(run.code, 0, run.err);
  assert.equal(
    run.out,
    'story 1: 2 articles moved to new story 3 (with its syndicated copy); both re-synthesized\n',
  );
  const after = await openStore({ sqlitePath: db });
  try {
    assert.deepEqual(await after.stories.listDirtyIds(10), []);
    const [story, split] = [(await after.stories.get(1))!, (await after.stories.get(3))!];
    assert.ok(story.version > versionBefore);
    assert.deepEqual([story.coverage.articles, split.coverage.articles], [2, 2]);
    assert.match(split.title, /Storm closes/);
    assert.match(story.title, /Senate/);
    assert.deepEqual(
      (await after.articles.listForStory(3)).map((a) => [a.id, a.duplicateOf]),
      [
        [3, null],
        [4, 3],
      ],
    );
    assert.deepEqual(
      (await after.stories.listExplanations(3)).map((e) => [e.articleId, e.isNew, e.movedByOperator]),
      [
        [3, true, true],
        [4, false, true],
      ],
    );
    // The topic index is as of both new versions.
    const indexed = await after.db
      .selectFrom('story_topic_versions')
      .select(['story_id', 'version'])
      .where('story_id', 'in', [1, 3])
      .orderBy('story_id')
      .execute();
    assert.deepEqual(indexed, [
      { story_id: 1, version: story.version },
      { story_id: 3, version: split.version },
    ]);
  } finally {
    await after.close();
  }
});

test('stories split --help says a running clusterer rebuilds its stories before its next refresh', async () => {
  const help = await runCli(['stories', 'split', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /Usage: parallax stories split \[options\] <story-id>/);
  assert.match(help.out, /serve --live/);
  assert.match(help.out, /rebuilds\s+the\s+stories\s+it\s+holds\s+in\s+memory/);
});
