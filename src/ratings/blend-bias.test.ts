import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RaterValue } from '../domain/index.ts';
import { type BiasInput, blendBias } from './blend-bias.ts';
import { labelOfBlend } from './label-of-blend.ts';

const WEIGHTS = { mbfc: 1, allsides: 1, baly: 1, local: 1 };

function input(
  rater: string,
  score: number | undefined,
  asOf: string,
  extra: Partial<BiasInput> = {},
): BiasInput {
  const value: RaterValue = {
    rater,
    value: String(score ?? 'none'),
    asOf,
    source: `${rater}-source`,
    ...(score === undefined ? {} : { score }),
  };
  return { value, ...extra };
}

const used = (values: readonly RaterValue[]) => values.filter((v) => (v.weight ?? 0) > 0);

describe('blendBias', () => {
  it('is the mean of the raters that give a position', () => {
    const { rating } = blendBias(
      [input('mbfc', -1, '2026'), input('allsides', -2, '2022'), input('local', 0, '2027')],
      WEIGHTS,
    );
    assert.equal(rating?.score, -1);
    assert.equal(rating?.label, 'lean-left');
    assert.equal(rating?.bucket, 'left');
    assert.equal(rating?.raters.length, 3);
  });

  it('rounds the score to two decimals but buckets on the exact mean', () => {
    const { rating } = blendBias(
      [input('mbfc', -1, '2026'), input('allsides', 0, '2022'), input('local', 0, '2027')],
      WEIGHTS,
    );
    assert.equal(rating?.score, -0.33);
    assert.equal(rating?.bucket, 'center');
  });

  it('puts exactly ±0.5 in Center (DESIGN §3: Left below −0.5, Right above +0.5)', () => {
    assert.equal(
      blendBias([input('mbfc', -1, '2026'), input('allsides', 0, '2022')], WEIGHTS).rating?.bucket,
      'center',
    );
    assert.equal(
      blendBias([input('mbfc', 1, '2026'), input('allsides', 0, '2022')], WEIGHTS).rating?.bucket,
      'center',
    );
  });

  it('weighs raters by config and leaves out raters the config does not name', () => {
    const inputs = [input('mbfc', -2, '2026'), input('allsides', 1, '2022'), input('unknown', 3, '2025')];
    const { rating, values } = blendBias(inputs, { mbfc: 1, allsides: 3 });
    assert.equal(rating?.score, 0.25);
    const unknown = values.find((v) => v.rater === 'unknown');
    assert.equal(unknown?.weight, 0);
    assert.match(unknown?.note ?? '', /not in ratings.weights/);
  });

  it('treats weight 0 as "not blended" and says so', () => {
    const { rating, values } = blendBias([input('mbfc', -2, '2026'), input('allsides', 2, '2022')], {
      mbfc: 0,
      allsides: 1,
    });
    assert.equal(rating?.score, 2);
    assert.match(values.find((v) => v.rater === 'mbfc')?.note ?? '', /weight 0/);
  });

  it('keeps flags out of positions and leaves an outlet with no position unrated', () => {
    const satire = input('mbfc', undefined, '2026', { flag: 'satire' });
    const { rating, values } = blendBias([satire], WEIGHTS);
    assert.equal(rating, undefined);
    assert.equal(values.length, 1);
    assert.match(values[0]!.note ?? '', /not a position: flagged "satire"/);
  });

  it('is unrated with no inputs at all, never Center', () => {
    assert.equal(blendBias([], WEIGHTS).rating, undefined);
  });

  it('lets each rater speak once, with its latest value', () => {
    const { rating, values } = blendBias(
      [input('allsides', -1, '2019-10-18'), input('allsides', -2, '2022-11')],
      WEIGHTS,
    );
    assert.equal(rating?.score, -2);
    assert.equal(used(values).length, 1);
    assert.match(
      values.find((v) => v.asOf === '2019-10-18')?.note ?? '',
      /superseded by the rater's rating of 2022-11/,
    );
  });

  it('a rater whose latest value is no position gives no position, even with older positions', () => {
    const { rating } = blendBias(
      [input('allsides', undefined, '2022-11'), input('allsides', -2, '2019-10-18')],
      { allsides: 1 },
    );
    assert.equal(rating, undefined);
  });

  it('lets a newer coarse value that agrees confirm the older finer one', () => {
    const coarse = input('baly', 2.5, '2020', { covers: [2, 3] });
    const fine = input('baly', 3, '2018');
    const { rating, values } = blendBias([coarse, fine], WEIGHTS);
    assert.equal(rating?.score, 3);
    assert.match(values.find((v) => v.asOf === '2020')?.note ?? '', /confirms the finer rating of 2018/);
  });

  it('lets a newer coarse value that disagrees replace the older finer one', () => {
    const coarse = input('baly', 0, '2020', { covers: [-1, 0, 1] });
    const fine = input('baly', 2, '2018');
    assert.equal(blendBias([coarse, fine], WEIGHTS).rating?.score, 0);
  });

  it("counts Baly et al. (MBFC's earlier labels) only where MBFC's current rating gives no position", () => {
    const baly = input('baly', -3, '2018');
    const withMbfc = blendBias([input('mbfc', -1, '2026'), input('allsides', -2, '2022'), baly], WEIGHTS);
    assert.equal(withMbfc.rating?.score, -1.5);
    assert.match(withMbfc.values.find((v) => v.rater === 'baly')?.note ?? '', /MBFC's own label of 2018/);
    const questionable = input('mbfc', undefined, '2026', { flag: 'questionable' });
    assert.equal(blendBias([questionable, input('allsides', -2, '2022'), baly], WEIGHTS).rating?.score, -2.5);
    assert.equal(blendBias([input('mbfc', -1, '2026'), baly], { mbfc: 0, baly: 1 }).rating?.score, -3);
  });

  it('a local value joins the blend with its weight, or replaces it when marked', () => {
    const shipped = [input('mbfc', -2, '2026'), input('allsides', -2, '2022')];
    const local = input('local', 2, '2027-01-01T00:00:00Z');
    assert.equal(blendBias([...shipped, local], WEIGHTS).rating?.score, -0.67);
    assert.equal(blendBias([...shipped, local], { ...WEIGHTS, local: 2 }).rating?.score, 0);
    const hard = blendBias([...shipped, { ...local, replace: true }], WEIGHTS);
    assert.equal(hard.rating?.score, 2);
    assert.equal(used(hard.values).length, 1);
    assert.match(hard.values.find((v) => v.rater === 'mbfc')?.note ?? '', /replaced by the local override/);
  });

  it('does not change its inputs', () => {
    const inputs = [input('mbfc', -1, '2026')];
    const before = JSON.stringify(inputs);
    blendBias(inputs, WEIGHTS);
    assert.equal(JSON.stringify(inputs), before);
  });
});

describe('labelOfBlend', () => {
  it('gives mirror labels to mirror scores', () => {
    for (const score of [0.5, 1.5, 2.5, 0.49, 1.2, 2.8]) {
      assert.equal(labelOfBlend(-score).replace('left', 'right'), labelOfBlend(score), String(score));
    }
    assert.equal(labelOfBlend(1.5), 'lean-right');
    assert.equal(labelOfBlend(-1.5), 'lean-left');
    assert.equal(labelOfBlend(0.5), 'center');
    assert.equal(labelOfBlend(3), 'far-right');
    assert.equal(labelOfBlend(-2.6), 'far-left');
  });
});
