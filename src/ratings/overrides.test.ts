import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadRegistry } from './load-registry.ts';
import { openRegistry } from './open-registry.ts';
import { RatingsFileError } from './ratings-file-error.ts';
import { readOverrides } from './read-overrides.ts';
import { writeOverride } from './write-override.ts';

const TESTDATA = join(import.meta.dirname, 'testdata');
const scratch = mkdtempSync(join(tmpdir(), 'parallax-ratings-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** A data folder holding the fixture registry, and a path for an override file in it. */
function workspace(): { dataDir: string; overridesPath: string } {
  const dataDir = join(scratch, `ws${++counter}`);
  mkdirSync(join(dataDir, 'outlets'), { recursive: true });
  copyFileSync(join(TESTDATA, 'outlets.jsonl'), join(dataDir, 'outlets', 'outlets.jsonl'));
  return { dataDir, overridesPath: join(dataDir, 'parallax.outlets.json') };
}

const NOW = new Date('2027-03-01T12:00:00.000Z');

describe('overrides', () => {
  it('set then show: a local bias joins the blend as rater "local", dated when it was set', () => {
    const ws = workspace();
    assert.equal(loadRegistry(ws).get('cnn.com')?.bias?.score, -1.5);
    writeOverride(ws.overridesPath, 'cnn.com', { bias: 'center' }, NOW);
    const cnn = loadRegistry(ws).get('cnn.com');
    assert.equal(cnn?.bias?.score, -1);
    const local = cnn?.bias?.raters.find((r) => r.rater === 'local');
    assert.deepEqual(
      [local?.value, local?.score, local?.asOf, local?.weight],
      ['center', 0, NOW.toISOString(), 1],
    );
    assert.match(local?.source ?? '', /parallax\.outlets\.json/);
  });

  it('replace makes the local bias the whole blend; weights can do the same', () => {
    const ws = workspace();
    writeOverride(ws.overridesPath, 'www.cnn.com', { bias: 'right', replace: true }, NOW);
    assert.equal(loadRegistry(ws).get('cnn.com')?.bias?.label, 'right');
    writeOverride(ws.overridesPath, 'cnn.com', { replace: false }, NOW);
    assert.equal(loadRegistry(ws).get('cnn.com')?.bias?.score, -0.33);
    assert.equal(loadRegistry({ ...ws, weights: { local: 1 } }).get('cnn.com')?.bias?.label, 'right');
  });

  it('layers factuality, ownership and name over the shipped values, keeping what it does not set', () => {
    const ws = workspace();
    writeOverride(ws.overridesPath, 'bbc.co.uk', { factuality: 'high', owner: 'The Crown' }, NOW);
    const bbc = loadRegistry(ws).get('bbc.com');
    assert.equal(bbc?.factuality?.label, 'high');
    assert.equal(bbc?.ownership?.owner, 'The Crown');
    assert.equal(bbc?.ownership?.category, 'State Funded Media');
    assert.equal(bbc?.bias?.score, -0.5);
  });

  it('adds an outlet the data does not have, and a subdomain of one as its own outlet', () => {
    const ws = workspace();
    writeOverride(ws.overridesPath, 'local-paper.example', { bias: 'lean-right', name: 'Local Paper' }, NOW);
    writeOverride(ws.overridesPath, 'opinion.cnn.com', { bias: 'far-left' }, NOW);
    const registry = loadRegistry(ws);
    assert.equal(registry.match('https://www.local-paper.example/x')?.name, 'Local Paper');
    assert.equal(registry.match('https://www.local-paper.example/x')?.bias?.bucket, 'right');
    assert.equal(registry.match('https://opinion.cnn.com/x')?.id, 'opinion.cnn.com');
    assert.equal(registry.match('https://edition.cnn.com/x')?.id, 'cnn.com');
  });

  it('removes an override and keeps one line per outlet, sorted', () => {
    const ws = workspace();
    writeOverride(ws.overridesPath, 'cnn.com', { bias: 'center' }, NOW);
    writeOverride(ws.overridesPath, 'bbc.com', { bias: 'center' }, NOW);
    assert.deepEqual(
      readFileSync(ws.overridesPath, 'utf8')
        .split('\n')
        .slice(1, 3)
        .map((l) => l.trim().slice(0, 10)),
      ['"bbc.com":', '"cnn.com":'],
    );
    writeOverride(ws.overridesPath, 'cnn.com', undefined, NOW);
    assert.deepEqual(Object.keys(readOverrides(ws.overridesPath)), ['bbc.com']);
  });

  it('dates a hand-written override without asOf by the file', () => {
    const ws = workspace();
    writeFileSync(ws.overridesPath, '{"cnn.com": {"bias": "center"}}\n');
    const asOf = readOverrides(ws.overridesPath)['cnn.com']?.asOf ?? '';
    assert.match(asOf, /^\d{4}-\d{2}-\d{2}T/);
  });

  it('a live registry follows the file at once, and keeps the last good one when the file breaks', () => {
    const ws = workspace();
    const live = openRegistry(ws);
    assert.equal(live.current().get('cnn.com')?.bias?.score, -1.5);
    writeOverride(ws.overridesPath, 'cnn.com', { bias: 'right', replace: true }, NOW);
    assert.equal(live.current().get('cnn.com')?.bias?.score, 2);
    writeFileSync(ws.overridesPath, '{"cnn.com": {"bias": "sideways"}}\n');
    assert.equal(live.current().get('cnn.com')?.bias?.score, 2);
    assert.ok(live.lastError instanceof RatingsFileError);
    assert.match(live.lastError.message, /parallax\.outlets\.json:1: "cnn\.com": bias "sideways"/);
  });
});

describe('bad files', () => {
  const expectFileError = (run: () => unknown, file: string, line: number | undefined, reason: RegExp) => {
    assert.throws(run, (error: unknown) => {
      assert.ok(error instanceof RatingsFileError, String(error));
      assert.equal(error.line, line);
      assert.ok(error.message.includes(file), error.message);
      assert.match(error.message, reason);
      return true;
    });
  };

  it('a malformed ratings line names the file and the line', () => {
    const at = (name: string) => {
      const ws = workspace();
      copyFileSync(join(TESTDATA, name), join(ws.dataDir, 'outlets', 'outlets.jsonl'));
      return ws;
    };
    expectFileError(() => loadRegistry(at('bad-json.jsonl')), 'outlets.jsonl:3', 3, /not valid JSON/);
    expectFileError(
      () => loadRegistry(at('bad-bias.jsonl')),
      'outlets.jsonl:3',
      3,
      /bias "leftish" is not a value of mbfc-2026/,
    );
    expectFileError(
      () => loadRegistry(at('duplicate-id.jsonl')),
      'outlets.jsonl:2',
      2,
      /already defined on line 1/,
    );
  });

  it('a missing ratings file says so', () => {
    expectFileError(
      () => loadRegistry({ dataDir: join(scratch, 'nowhere') }),
      'outlets.jsonl',
      undefined,
      /cannot read/,
    );
  });

  it('a malformed override file names the file and line, and nothing is written or loaded', () => {
    for (const [name, line, reason] of [
      ['overrides-bad-json.json', 4, /not valid JSON/],
      ['overrides-bad-label.json', 3, /"bbc\.com": bias "leftish"/],
      ['overrides-duplicate.json', 3, /"cnn\.com" appears twice \(first on line 2\)/],
    ] as const) {
      const ws = workspace();
      copyFileSync(join(TESTDATA, name), ws.overridesPath);
      const before = readFileSync(ws.overridesPath, 'utf8');
      expectFileError(
        () => loadRegistry(ws),
        `${name.replace(/.*/, 'parallax.outlets.json')}:${line}`,
        line,
        reason,
      );
      expectFileError(
        () => writeOverride(ws.overridesPath, 'cnn.com', { bias: 'left' }, NOW),
        'parallax.outlets.json',
        line,
        reason,
      );
      assert.equal(readFileSync(ws.overridesPath, 'utf8'), before, name);
    }
  });

  it('refuses to write an override it could not read back', () => {
    const ws = workspace();
    assert.throws(
      () => writeOverride(ws.overridesPath, 'cnn.com', { bias: 'sideways' }, NOW),
      /ratings: "cnn\.com": bias/,
    );
    assert.throws(
      () => writeOverride(ws.overridesPath, 'cnn.com', { country: 'Wales' }, NOW),
      /country "Wales"/,
    );
    assert.throws(
      () => writeOverride(ws.overridesPath, 'not a domain', { bias: 'left' }, NOW),
      /is not a domain/,
    );
    assert.deepEqual(readOverrides(ws.overridesPath), {});
  });

  it('an override file that cannot be written is named, not its temporary file', () => {
    const missing = join(scratch, 'no-such-folder', 'parallax.outlets.json');
    expectFileError(
      () => writeOverride(missing, 'cnn.com', { bias: 'left' }, NOW),
      missing,
      undefined,
      /^ratings: \S+parallax\.outlets\.json: cannot write \(ENOENT\)$/,
    );
  });
});
