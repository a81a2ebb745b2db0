import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCodeOf } from './country-code.ts';
import { parseCsv, parseCsvObjects } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(parseCsv('a,b,c\r\n1,"x, y","say ""hi""\nthere"\n2,,\n'), [
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"\nthere'],
      ['2', '', ''],
    ]);
  });

  it('keys rows by the header', () => {
    assert.deepEqual(parseCsvObjects('news_source,rating\nAARP,center\n'), [
      { news_source: 'AARP', rating: 'center' },
    ]);
  });
});

describe('countryCodeOf', () => {
  it('turns English names into ISO codes, current codes only', () => {
    assert.equal(countryCodeOf('United Kingdom'), 'GB');
    assert.equal(countryCodeOf('Germany'), 'DE');
    assert.equal(countryCodeOf('The Netherlands'), 'NL');
    assert.equal(countryCodeOf('Netherlands/Morocco'), 'NL');
    assert.equal(countryCodeOf('Czech Republic'), 'CZ');
    assert.equal(countryCodeOf('Saint Kitts and Nevis'), 'KN');
  });

  it('places no country for "Global", "International" or nothing', () => {
    for (const name of ['Global', 'International', '', 'Atlantis'])
      assert.equal(countryCodeOf(name), undefined);
  });
});
