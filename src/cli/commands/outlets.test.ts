import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { Command, CommanderError } from 'commander';
import { UsageError } from '../usage-error.ts';
import { captureText } from './cli-test-kit.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'parallax-outlets-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const overrides = join(dir, 'parallax.outlets.json');
// The CLI reads its config once per process: point it at a scratch override file before it loads.
process.env.PARALLAX_OUTLET_OVERRIDES = overrides;
process.env.PARALLAX_DATA_DIR = join(ROOT, 'data');
const { registerOutlets } = await import('./outlets.ts');

/** `main` in miniature: the outlets commands only, usage errors → 2, other errors → 1. */
async function run(args: string[]): Promise<number> {
  const program = new Command('parallax').exitOverride().configureOutput({ writeErr: () => {} });
  registerOutlets(program);
  try {
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (error) {
    process.stderr.write(`parallax: ${(error as Error).message}\n`);
    return error instanceof UsageError || error instanceof CommanderError ? 2 : 1;
  }
}

/** Runs `parallax outlets …` in this process, capturing what it prints. */
async function parallax(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = captureText(process.stdout);
  const stderr = captureText(process.stderr);
  try {
    const status = await run(['outlets', ...args]);
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    stdout.restore();
    stderr.restore();
  }
}

test('outlets set then show: the override is one more rater, traced with its date', async () => {
  const set = await parallax(
    'set',
    'https://edition.cnn.com/x',
    '--bias',
    'Lean Right',
    '--owner',
    'Someone',
    '--replace',
  );
  assert.equal(set.status, 0, set.stderr);
  assert.match(
    readFileSync(overrides, 'utf8'),
    /"cnn\.com": \{"bias":"lean-right","owner":"Someone","replace":true,"asOf":"/,
  );
  const show = await parallax('show', 'cnn.com', '--json');
  assert.equal(show.status, 0, show.stderr);
  const outlet = JSON.parse(show.stdout);
  assert.deepEqual(
    [outlet.bias.label, outlet.bias.score, outlet.ownership.owner],
    ['lean-right', 1, 'Someone'],
  );
  assert.equal(outlet.bias.raters.find((r: { rater: string }) => r.rater === 'local').weight, 1);
  // The shape of /api/outlets/:id, rater dates as as_of, without the counts the API takes from the store.
  assert.deepEqual(Object.keys(outlet), [
    'id',
    'name',
    'url',
    'domains',
    'homepage',
    'country',
    'language',
    'bias',
    'factuality',
    'ownership',
    'flags',
    'raters',
  ]);
  assert.match(outlet.bias.raters.find((r: { rater: string }) => r.rater === 'local').as_of, /^20\d\d-/);
  assert.ok(
    outlet.bias.raters.some(
      (r: { rater: string; note?: string }) => r.rater === 'mbfc' && /replaced/.test(r.note ?? ''),
    ),
  );
  const text = await parallax('show', 'cnn.com');
  assert.match(
    text.stdout,
    /bias {9}Lean Right \(\+1\), right — from 1 rater\n {2}how {10}local override lean-right \(\+1, 20\d\d-[^)]*\): score \+1 → Lean Right, Right\n {6}local: lean-right \(\+1\), 20/,
  );
});

test('outlets set refuses an unknown label with the valid ones (exit 2), and a broken file names its line', async () => {
  const bad = await parallax('set', 'cnn.com', '--bias', 'sideways');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown bias label "sideways"; valid: far-left, left, lean-left, center/);
  writeFileSync(overrides, '{\n  "cnn.com": {"bias": "left"},\n  "bbc.com": {"bias": "leftish"}\n}\n');
  const broken = await parallax('show', 'cnn.com');
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /parallax\.outlets\.json:3: "bbc\.com": bias "leftish"/);
});

test('outlets unset removes an override once, and says when there is none', async () => {
  writeFileSync(overrides, '{}\n');
  assert.equal((await parallax('set', 'apnews.com', '--bias', 'Center')).status, 0);
  const first = await parallax('unset', 'https://www.apnews.com/');
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /: removed apnews\.com\n$/);
  assert.doesNotMatch(readFileSync(overrides, 'utf8'), /apnews/);
  const again = await parallax('unset', 'apnews.com');
  assert.equal(again.status, 0);
  assert.match(again.stdout, /no local override of apnews\.com; nothing changed/);
});
