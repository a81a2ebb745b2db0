import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readCuratedOwnership } from './read-curated-ownership.ts';

const entry = {
  domain: 'https://www.CNN.com/',
  name: 'CNN',
  owner: 'Warner Bros. Discovery',
  ownership: 'Private Media',
  asOf: '2024',
  source: 'Wikipedia, "CNN"',
};

describe('readCuratedOwnership', () => {
  it('reads each entry with its normalized domain, owner, category, date and source', () => {
    assert.deepEqual(readCuratedOwnership({ outlets: [entry] }), [
      {
        domain: 'cnn.com',
        owner: 'Warner Bros. Discovery',
        ownership: 'Private Media',
        asOf: '2024',
        source: 'Wikipedia, "CNN"',
      },
    ]);
  });

  it('refuses an entry without a source, with an unknown field, or with a date that is not one', () => {
    const { source: _, ...unsourced } = entry;
    assert.throws(() => readCuratedOwnership({ outlets: [unsourced] }), /entry 1: source is missing/);
    assert.throws(
      () => readCuratedOwnership({ outlets: [{ ...entry, bias: 'left' }] }),
      /unknown field "bias"/,
    );
    assert.throws(() => readCuratedOwnership({ outlets: [{ ...entry, asOf: 'lately' }] }), /asOf "lately"/);
    assert.throws(() => readCuratedOwnership({}), /no "outlets" list/);
  });

  it('reads the file Parallax ships', () => {
    const path = join(import.meta.dirname, '..', '..', '..', 'data', 'ownership', 'curated.json');
    const entries = readCuratedOwnership(JSON.parse(readFileSync(path, 'utf8')));
    assert.ok(entries.some((e) => e.domain === 'foxnews.com' && e.owner === 'Fox Corporation'));
  });
});
