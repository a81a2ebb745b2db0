#!/usr/bin/env node
// Runs every *.test.ts(x) under src/ and scripts/ (or under the paths given) with node:test and tsx.
// Node 20 does not expand globs for --test, and zero files would pass silently, so we list them here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));

function* walk(path) {
  if (statSync(path).isFile()) {
    if (/\.test\.tsx?$/.test(path)) yield path;
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name === 'testdata') continue;
    yield* walk(join(path, name));
  }
}

const files = (roots.length > 0 ? roots : ['src', 'scripts']).flatMap((r) => [...walk(resolve(ROOT, r))]);
if (files.length === 0) {
  console.error('run-tests: no test files found');
  process.exit(1);
}
const args = ['--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
process.exit(result.status ?? 1);
