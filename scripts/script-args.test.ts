import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { headerComment } from './script-args.ts';

const SCRIPTS = import.meta.dirname;
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(SCRIPTS, script), ...args], { encoding: 'utf8' });

test('headerComment: the comment a script opens with, up to its first line of code', () => {
  const source = '// Builds a thing.\n//\n//   node x.ts [--out FILE]\nimport { a } from "b";\n// not this\n';
  assert.equal(headerComment(source), 'Builds a thing.\n\n  node x.ts [--out FILE]');
});

test('scripts: --help prints the opening comment, a bad option one line and exit code 2', () => {
  const help = run('split-labelled-stream.ts', '--help');
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Cuts a timed labelled stream/);
  assert.match(help.stdout, /--late-fraction/);

  const bad = run('build-labelled-streams.ts', '--allsides-sed', '3');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^build-labelled-streams\.ts: Unknown option '--allsides-sed'/);
  assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
});

test('scripts: every script that reads options documents them in its opening comment', () => {
  for (const name of readdirSync(SCRIPTS).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(resolve(SCRIPTS, name), 'utf8');
    if (!source.includes('parseScriptArgs(import.meta.filename')) continue;
    assert.match(
      headerComment(source),
      /node --import tsx scripts\/|npm run /,
      `${name} shows how to run it`,
    );
  }
});
