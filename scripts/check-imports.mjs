#!/usr/bin/env node
// Keeps the import direction of DESIGN §2: leaves import only domain (and the shared text toolkit);
// only pipeline joins stages to the store; nothing imports cli.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');
const LEAF = ['domain', 'text'];
const ALLOWED = {
  domain: [],
  config: [],
  text: ['domain'],
  ratings: LEAF,
  ingest: LEAF,
  extract: LEAF,
  cluster: LEAF,
  coverage: LEAF,
  summarize: LEAF,
  store: LEAF,
  pipeline: [...LEAF, 'config', 'ratings', 'ingest', 'extract', 'cluster', 'coverage', 'summarize', 'store'],
  // web renders coverage (a pure stage: distributions under the reader's preferences, the timeline SVG).
  web: [...LEAF, 'config', 'coverage', 'store', 'pipeline'],
  cli: ['*'],
};

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'testdata') yield* walk(path);
    } else if (/\.tsx?$/.test(name)) yield path;
  }
}

const layerOf = (file) => relative(SRC, file).split(sep)[0];
const problems = [];
for (const file of walk(SRC)) {
  const from = layerOf(file);
  const allowed = ALLOWED[from];
  if (!allowed) {
    problems.push(`${relative(SRC, file)}: layer "${from}" is not declared in scripts/check-imports.mjs`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g,
  )) {
    const spec = match[1] ?? match[2];
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC)) continue;
    const to = layerOf(target);
    if (to === from || allowed.includes('*') || allowed.includes(to)) continue;
    problems.push(`${relative(SRC, file)}: ${from}/ may not import ${to}/ ("${spec}")`);
  }
}
if (problems.length > 0) {
  console.error(`check-imports: ${problems.length} import(s) break the direction of DESIGN §2:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('check-imports: import direction ok');
