import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { evaluateSummaries } from './evaluate-summaries.ts';
import { parseNeusLine } from './parse-neus.ts';

const PROBE = resolve(import.meta.dirname, '../../../shared/data/allsides_roundups_neus/naacl2022_probe');
const read = (name: string) =>
  gunzipSync(readFileSync(resolve(PROBE, name)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 30);

test('parseNeusLine splits articles on [SEP] into headline and text', () => {
  const [first, second] = parseNeusLine('TITLE=> A b. ARTICLE=> C d e. [SEP] TITLE=> F. ARTICLE=> G h.');
  assert.deepEqual(first, { title: 'A b.', text: 'C d e.' });
  assert.deepEqual(second, { title: 'F.', text: 'G h.' });
  const sources = read('val.source.gz');
  assert.ok(sources.every((line) => parseNeusLine(line).every((a) => a.title !== '' && a.text !== '')));
});

test('evaluateSummaries on real NeuS stories scores Parallax and an equal-length lead baseline', () => {
  const result = evaluateSummaries(read('val.source.gz'), read('val.target.gz'));
  assert.equal(result.stories, 30);
  assert.equal(result.outputs.length, 30);
  for (const m of [result.parallax, result.lead]) {
    for (const value of [m.rouge1, m.rouge2, m.rougeL]) assert.ok(value > 0.05 && value < 0.9);
    assert.ok(m.rouge1 > m.rougeL && m.rougeL > m.rouge2);
  }
  assert.throws(() => evaluateSummaries(['x'], []), /summarize: 1 source lines but 0 target lines/);
});
