import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');
const PROBE = resolve(ROOT, '../shared/data/allsides_roundups_neus/naacl2022_probe');

test('eval summary --json prints ROUGE of Parallax and of the lead baseline and writes one line per story', () => {
  const output = join(mkdtempSync(join(tmpdir(), 'parallax-summary-')), 'out.txt');
  const run = spawnSync(
    process.execPath,
    [
      'bin/parallax.js',
      'eval',
      'summary',
      '--source',
      join(PROBE, 'val.source.gz'),
      '--target',
      join(PROBE, 'val.target.gz'),
      '--limit',
      '12',
      '--json',
      '--output',
      output,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as Record<string, Record<string, number>> & { stories: number };
  assert.equal(report.stories, 12);
  assert.deepEqual(Object.keys(report), ['stories', 'parallax', 'lead']);
  for (const side of ['parallax', 'lead'] as const) {
    assert.deepEqual(Object.keys(report[side]!), ['rouge1', 'rouge2', 'rougeL']);
    for (const value of Object.values(report[side]!))
      assert.ok(value > 0.05 && value < 1, `${side} ${value}`);
  }
  const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
  assert.equal(lines.length, 12);
});

test('eval summary without its files is a usage error', () => {
  const run = spawnSync(
    process.execPath,
    ['bin/parallax.js', 'eval', 'summary', '--source', 'missing.gz', '--target', 'x'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 2);
  assert.match(run.stderr, /cannot read missing\.gz/);
});

test('eval summary --output that is a folder is a usage error, given before any scoring', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-summary-'));
  const run = spawnSync(
    process.execPath,
    ['bin/parallax.js', 'eval', 'summary', '--source', 'missing.gz', '--target', 'x', '--output', dir],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(run.status, 2);
  assert.equal(run.stderr, `parallax: --output ${dir} is a folder, not a file\n`);
});
