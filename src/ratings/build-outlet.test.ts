import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOutlet } from './build-outlet.ts';
import type { OutletRecord, RatingEntry } from './outlet-record.ts';

const WEIGHTS = { mbfc: 1, allsides: 1, baly: 1, local: 1 };

function record(ratings: RatingEntry[]): OutletRecord {
  return { id: 'example.com', name: 'Example', domains: ['example.com'], ratings };
}

const mbfc = (fields: Partial<RatingEntry>): RatingEntry => ({
  rater: 'mbfc',
  dataset: 'mbfc-2026',
  asOf: '2026-08-19',
  source: 'https://mediabiasfactcheck.com/example/',
  ...fields,
});
const baly = (fields: Partial<RatingEntry>): RatingEntry => ({
  rater: 'baly',
  dataset: 'baly-2018',
  asOf: '2018',
  source: 'http://mediabiasfactcheck.com/example/',
  ...fields,
});
const kite: RatingEntry = {
  rater: 'kite',
  dataset: 'kite-media',
  asOf: '2026-05-12',
  source: 'kite',
  owner: 'Example Holdings',
  ownership: 'Private Media',
  country: 'US',
};

describe('buildOutlet', () => {
  it('maps every scale onto −3…+3: AllSides and MBFC five points, Baly seven and three', () => {
    const outlet = buildOutlet(
      record([
        mbfc({ bias: 'right-center' }),
        { rater: 'allsides', dataset: 'allsides-2022', asOf: '2022-11', source: 's', bias: 'right' },
        baly({ bias: 'extreme-right' }),
      ]),
      WEIGHTS,
    );
    assert.equal(outlet.bias?.score, 1.5);
    assert.deepEqual(
      outlet.bias?.raters.map((r) => [r.rater, r.score, r.weight]),
      [
        ['mbfc', 1, 1],
        ['allsides', 2, 1],
        ['baly', 3, 0],
      ],
    );
    const threePoint = buildOutlet(
      record([{ ...baly({ bias: 'left' }), dataset: 'baly-2020', asOf: '2020' }]),
      WEIGHTS,
    );
    assert.equal(threePoint.bias?.score, -2.5);
  });

  it('turns MBFC categories that are not positions into flags and keeps the reasons in the note', () => {
    const outlet = buildOutlet(
      record([mbfc({ bias: 'fake-news', factuality: 'low', reasons: ['propaganda'] })]),
      WEIGHTS,
    );
    assert.equal(outlet.bias, undefined);
    assert.deepEqual(outlet.flags, ['questionable']);
    assert.equal(outlet.factuality?.label, 'low');
    const value = outlet.raters?.find((r) => r.kind === 'bias');
    assert.equal(value?.value, 'fake-news');
    assert.match(value?.note ?? '', /reasons given: propaganda/);
  });

  it('keeps a flagged outlet rated when another rater gives a position', () => {
    const outlet = buildOutlet(
      record([mbfc({ bias: 'conspiracy-pseudoscience' }), baly({ bias: 'right' })]),
      WEIGHTS,
    );
    assert.equal(outlet.bias?.score, 2);
    assert.deepEqual(outlet.flags, ['conspiracy-pseudoscience']);
  });

  it('takes factuality from the latest-dated rater, reading Baly high/mixed/low as MBFC levels', () => {
    const both = buildOutlet(
      record([mbfc({ factuality: 'mostly-factual' }), baly({ factuality: 'low' })]),
      WEIGHTS,
    );
    assert.equal(both.factuality?.label, 'mostly-factual');
    assert.match(
      both.factuality?.raters.find((r) => r.rater === 'baly')?.note ?? '',
      /older than the mbfc rating/,
    );
    assert.equal(buildOutlet(record([baly({ factuality: 'mixed' })]), WEIGHTS).factuality?.label, 'mixed');
    assert.equal(buildOutlet(record([baly({ factuality: 'mixed' })]), { mbfc: 1 }).factuality, undefined);
  });

  it('takes ownership and country from the data, field by field under a local override', () => {
    const shipped = buildOutlet(record([kite]), WEIGHTS);
    assert.deepEqual(
      [shipped.ownership?.owner, shipped.ownership?.category, shipped.country],
      ['Example Holdings', 'Private Media', 'US'],
    );
    const local: RatingEntry = {
      rater: 'local',
      dataset: 'local',
      asOf: '2027-01-01T00:00:00.000Z',
      source: 'l',
      owner: 'New Owner',
    };
    const overridden = buildOutlet(record([kite, local]), WEIGHTS);
    assert.equal(overridden.ownership?.owner, 'New Owner');
    assert.equal(overridden.ownership?.category, 'Private Media');
    assert.equal(overridden.ownership?.raters.length, 2);
  });

  it('takes a name only from a local override, not from data sets', () => {
    const local: RatingEntry = {
      rater: 'local',
      dataset: 'local',
      asOf: '2027-01-01',
      source: 'l',
      name: 'Mine',
    };
    assert.equal(buildOutlet(record([kite]), WEIGHTS).name, 'Example');
    assert.equal(buildOutlet(record([kite, local]), WEIGHTS).name, 'Mine');
  });

  it('traces every value: raters lists bias, factuality, ownership and country values with their dates', () => {
    const outlet = buildOutlet(record([mbfc({ bias: 'left', factuality: 'high' }), kite]), WEIGHTS);
    assert.deepEqual(
      outlet.raters?.map((r) => r.kind),
      ['bias', 'factuality', 'ownership', 'country'],
    );
    assert.ok(outlet.raters?.every((r) => r.asOf && r.source && r.dataset));
  });
});
