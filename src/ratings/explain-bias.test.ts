import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blendBias } from './blend-bias.ts';
import { explainBias } from './explain-bias.ts';

const value = (rater: string, text: string, score: number, asOf: string) => ({
  value: { rater, value: text, score, asOf, source: 's' },
});

describe('explainBias', () => {
  it('writes the blend out as arithmetic with each rater, value and date', () => {
    const { rating } = blendBias(
      [value('mbfc', 'left-center', -1, '2026-08-19'), value('allsides', 'left', -2, '2022-11')],
      { mbfc: 1, allsides: 1 },
    );
    assert.equal(
      explainBias(rating!),
      'MBFC left-center (−1, 2026-08-19) and AllSides left (−2, 2022-11): mean −1.5 → Lean Left, Left',
    );
  });

  it('shows weights other than 1 and leaves unused values out', () => {
    const { rating } = blendBias(
      [
        value('mbfc', 'right', 2, '2026'),
        value('local', 'center', 0, '2027'),
        value('other', 'x', 3, '2025'),
      ],
      { mbfc: 1, local: 3 },
    );
    assert.equal(
      explainBias(rating!),
      'local override center (0 × 3, 2027) and MBFC right (+2, 2026): weighted mean +0.5 → Center, Center',
    );
  });
});
