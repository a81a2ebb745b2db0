import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = resolve(import.meta.dirname, 'testdata/cluster');
const run = (args: string[]) =>
  spawnSync(process.execPath, ['bin/parallax.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env },
  });

test('cluster --input --output writes one {"id","story"} line per article, in input order', () => {
  const output = join(mkdtempSync(join(tmpdir(), 'parallax-cluster-')), 'out.jsonl');
  const result = run(['cluster', '--input', join(DATA, 'stream.jsonl'), '--output', output]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /cluster: \d+ done in [\d.]+ s/);
  const lines = readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    lines.map((l) => Object.keys(l)),
    Array(5).fill(['id', 'story']),
  );
  assert.deepEqual(
    lines.map((l) => l.id),
    ['1', '2', '3', '4', '5'],
  );
  assert.equal(lines[2]!.story, lines[0]!.story);
  assert.equal(lines[3]!.story, lines[1]!.story);
  assert.equal(new Set(lines.map((l) => l.story)).size, 3);
});

test('eval cluster --json reports the model and the simple baseline with the documented fields', () => {
  const result = run(['eval', 'cluster', '--data', join(DATA, 'stream.jsonl'), '--json']);
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as Record<string, unknown> & { baseline: Record<string, unknown> };
  for (const part of [report, report.baseline]) {
    for (const key of ['documents', 'gold_stories', 'predicted_stories', 'seconds', 'articles_per_second']) {
      assert.equal(typeof part[key], 'number', key);
    }
    assert.deepEqual(Object.keys(part.pairwise as object), ['precision', 'recall', 'f1']);
    assert.deepEqual(Object.keys(part.bcubed as object), ['precision', 'recall', 'f1']);
  }
  assert.equal(report.documents, 5);
  assert.equal(report.gold_stories, 3);
  assert.deepEqual(report.bcubed, { precision: 1, recall: 1, f1: 1 });
});

test('eval cluster without --json prints a table; usage mistakes exit 2; a malformed line is named', () => {
  const table = run(['eval', 'cluster', '--data', join(DATA, 'stream.jsonl')]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /parallax\s+5\s+3\s+3/);
  assert.match(table.stdout, /simple/);
  const missing = run(['cluster', '--output', '/dev/null']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--input/);
  const absent = run(['eval', 'cluster', '--data', join(DATA, 'absent.jsonl')]);
  assert.equal(absent.status, 2);
  assert.match(absent.stderr, /no such file/);
  const bad = run(['cluster', '--input', join(DATA, 'malformed.jsonl'), '--output', '/dev/null']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /malformed\.jsonl line 3: not valid JSON/);
});

test('train cluster --data --out writes a model that eval cluster loads; usage mistakes exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-train-'));
  const out = join(dir, 'model.json');
  const stream = join(DATA, 'stream.jsonl');
  const trained = run(['train', 'cluster', '--data', stream, '--out', out]);
  assert.equal(trained.status, 0, trained.stderr);
  assert.match(trained.stderr, /train cluster: tuning join thresholds/);
  assert.match(trained.stderr, /train cluster: 5 articles in 1 streams -> .*model\.json/);
  const model = JSON.parse(readFileSync(out, 'utf8')) as {
    format: string;
    profiles: Record<string, unknown>;
    training: { streams: { name: string; articles: number }[] };
    documentFrequencyFile: string;
  };
  assert.equal(model.format, 'parallax-cluster-model');
  assert.deepEqual(Object.keys(model.profiles).sort(), [
    'full-timed',
    'full-untimed',
    'title-timed',
    'title-untimed',
  ]);
  assert.deepEqual(
    model.training.streams.map((s) => s.name),
    [
      'stream.jsonl',
      'stream.jsonl (no times or URLs)',
      'stream.jsonl (titles only)',
      'stream.jsonl (titles only, no times or URLs)',
    ],
  );
  assert.equal(
    resolve(dir, model.documentFrequencyFile),
    resolve(ROOT, 'data/cluster/document-frequencies.json'),
    'the prior is named relative to the model, so the model loads from anywhere',
  );
  const evaluated = run(['eval', 'cluster', '--data', stream, '--model', out, '--json']);
  assert.equal(evaluated.status, 0, evaluated.stderr);
  assert.equal((JSON.parse(evaluated.stdout) as { documents: number }).documents, 5);
  assert.match(evaluated.stderr, /eval: 5 done in [\d.]+ s/, 'progress goes to stderr, the JSON stays whole');

  // --against scores a second model on the same streams and counts the streams each F1 rose or fell on.
  const compared = run(['eval', 'cluster', '--data', stream, stream, '--against', out, '--json']);
  assert.equal(compared.status, 0, compared.stderr);
  const report = JSON.parse(compared.stdout) as {
    f1_range: { pairwise: number[]; bcubed: number[] };
    against: { file: string; documents: number; streams_ours_better_worse_level: Record<string, object> };
    streams: { against: { bcubed: { f1: number } } }[];
  };
  assert.equal(report.against.file, out);
  assert.equal(report.against.documents, 10);
  assert.equal(report.f1_range.bcubed.length, 2);
  assert.equal(typeof report.streams[1]!.against.bcubed.f1, 'number');
  const counts = report.against.streams_ours_better_worse_level;
  for (const metric of ['pairwise', 'bcubed']) {
    const { better, worse, level } = counts[metric] as { better: number; worse: number; level: number };
    assert.equal(better + worse + level, 2, metric);
  }
  const text = run(['eval', 'cluster', '--data', stream, stream, '--model', out, '--against', out]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^against\s+10\s+6/m);
  assert.match(
    text.stdout,
    /on 2 streams: pairwise F1 0 better, 0 worse, 2 level; BCubed F1 0 better, 0 worse, 2 level/,
  );
  assert.match(text.stdout, /parallax F1 over the streams: pairwise [\d.]+–[\d.]+, BCubed/);
  const absentModel = run(['eval', 'cluster', '--data', stream, '--against', join(dir, 'absent.json')]);
  assert.equal(absentModel.status, 2);
  assert.match(absentModel.stderr, /no cluster model at .*absent\.json/);

  const plain = run(['train', 'cluster', '--data', stream, '--out', out, '--no-augment']);
  assert.equal(plain.status, 0, plain.stderr);
  const single = JSON.parse(readFileSync(out, 'utf8')) as typeof model;
  assert.deepEqual(
    single.training.streams.map((s) => s.name),
    ['stream.jsonl'],
  );

  const rounds = run(['train', 'cluster', '--data', stream, '--out', out, '--rounds', '-1']);
  assert.equal(rounds.status, 2);
  assert.match(rounds.stderr, /--rounds must be 0 or more/);
  const prior = run([
    'train',
    'cluster',
    '--data',
    stream,
    '--out',
    out,
    '--document-frequencies',
    join(dir, 'absent.json'),
  ]);
  assert.equal(prior.status, 2);
  assert.match(prior.stderr, /no such file/);
});

test('a stream that cannot be read or unzipped is named in a one-line error, without a stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-'));
  const folder = run(['cluster', '--input', dir, '--output', '/dev/null']);
  assert.equal(folder.status, 2);
  assert.equal(
    folder.stderr,
    `parallax: cannot read ${dir}: EISDIR: illegal operation on a directory, read\n`,
  );
  const truncated = join(dir, 'truncated.jsonl.gz');
  writeFileSync(truncated, gzipSync(readFileSync(join(DATA, 'stream.jsonl'))).subarray(0, 40));
  const corrupt = run(['eval', 'cluster', '--data', truncated]);
  assert.equal(corrupt.status, 1);
  assert.equal(
    corrupt.stderr,
    `parallax: cluster: ${truncated} is not a valid gzip file (unexpected end of file)\n`,
  );
});

test('train cluster refuses a stream without articles and writes no model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-train-'));
  const empty = join(dir, 'empty.jsonl');
  writeFileSync(empty, '\n');
  const out = join(dir, 'model.json');
  const result = run(['train', 'cluster', '--data', join(DATA, 'stream.jsonl'), empty, '--out', out]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `parallax: ${empty} holds no articles\n`);
  assert.equal(existsSync(out), false);
});

test('eval and train cluster refuse a stream line without its gold story; cluster does not need it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-'));
  const unlabelled = join(dir, 'unlabelled.jsonl');
  const lines = readFileSync(join(DATA, 'stream.jsonl'), 'utf8').trim().split('\n');
  const bare = JSON.parse(lines[1]!) as Record<string, unknown>;
  delete bare.story;
  lines[1] = JSON.stringify(bare);
  writeFileSync(unlabelled, `${lines.join('\n')}\n`);
  for (const args of [
    ['eval', 'cluster', '--data', unlabelled],
    ['train', 'cluster', '--data', unlabelled, '--out', join(dir, 'model.json')],
  ]) {
    const result = run(args);
    assert.equal(result.status, 1, args.join(' '));
    assert.equal(
      result.stderr,
      `parallax: cluster: ${unlabelled} line 2: "story" (the gold story id) is missing\n`,
    );
  }
  assert.equal(run(['cluster', '--input', unlabelled, '--output', join(dir, 'out.jsonl')]).status, 0);
});

test('cluster --output and train cluster --out that cannot be written are refused before any work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-'));
  const stream = join(DATA, 'stream.jsonl');
  for (const [args, message] of [
    [['cluster', '--input', stream, '--output', dir], `parallax: --output ${dir} is a folder, not a file\n`],
    [
      ['cluster', '--input', stream, '--output', join(dir, 'missing', 'out.jsonl')],
      `parallax: --output ${join(dir, 'missing', 'out.jsonl')}: no such folder ${join(dir, 'missing')}\n`,
    ],
    [
      ['train', 'cluster', '--data', stream, '--out', dir],
      `parallax: --out ${dir} is a folder, not a file\n`,
    ],
    [
      ['train', 'cluster', '--data', stream, '--out', join(dir, 'missing', 'model.json')],
      `parallax: --out ${join(dir, 'missing', 'model.json')}: no such folder ${join(dir, 'missing')}\n`,
    ],
  ] as const) {
    const result = run([...args]);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    // Nothing else: no training steps before the refusal.
    assert.equal(result.stderr, message);
  }
});

test('a model or document-frequency table that is a folder is a usage error, as a stream is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-'));
  const stream = join(DATA, 'stream.jsonl');
  for (const args of [
    ['eval', 'cluster', '--data', stream, '--model', dir],
    ['eval', 'cluster', '--data', stream, '--against', dir],
    ['cluster', '--input', stream, '--output', join(dir, 'out.jsonl'), '--model', dir],
    ['train', 'cluster', '--data', stream, '--out', join(dir, 'model.json'), '--document-frequencies', dir],
  ]) {
    const result = run(args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.equal(result.stderr, `parallax: cannot read ${dir}: it is a folder, not a file\n`);
  }
  assert.equal(existsSync(join(dir, 'model.json')), false);
});
