import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLead } from './lead.ts';
import { endsWithTitle, splitSentences } from './sentences.ts';
import { tokenize } from './tokenize.ts';

test('splitSentences keeps abbreviations and initials inside a sentence', () => {
  const text =
    'Florida Gov. Ron DeSantis signed an order on Friday. The U.S. Centers for Disease Control said J. Smith agreed! Was it 5 p.m. Eastern? Yes.';
  assert.deepEqual(splitSentences(text), [
    'Florida Gov. Ron DeSantis signed an order on Friday.',
    'The U.S. Centers for Disease Control said J. Smith agreed!',
    'Was it 5 p.m. Eastern?',
    'Yes.',
  ]);
});

test('splitSentences keeps plural titles and other abbreviations the demo snapshot uses inside a sentence', () => {
  // A key point of the snapshot's shutdown story ended at "Maryland Sens." before this.
  assert.deepEqual(
    splitSentences(
      'Senate Democrats, led by Chuck Schumer and Maryland Sens. Ben Cardin and Chris Van Hollen, rallied. ' +
        'Reps. Nancy Pelosi and Rev. Al Sharpton spoke near Mt. Vernon with Maj. Gen. John Smith. It ended.',
    ),
    [
      'Senate Democrats, led by Chuck Schumer and Maryland Sens. Ben Cardin and Chris Van Hollen, rallied.',
      'Reps. Nancy Pelosi and Rev. Al Sharpton spoke near Mt. Vernon with Maj. Gen. John Smith.',
      'It ended.',
    ],
  );
});

test('endsWithTitle tells a lead cut after a title from a sentence that ends on an abbreviation', () => {
  assert.ok(endsWithTitle('Two leaders of the House Freedom Caucus, Reps.'));
  assert.ok(endsWithTitle('The talks were led by Sens.'));
  assert.ok(!endsWithTitle('The merger was announced by Apple Inc.'));
  assert.ok(!endsWithTitle('He arrived in the U.S.'));
  assert.ok(!endsWithTitle('The vote failed.'));
});

test('splitSentences ends a sentence at a closing quote', () => {
  assert.deepEqual(splitSentences('He said “no.” Then he left.'), ['He said “no.”', 'Then he left.']);
});

test('makeLead takes whole sentences up to the limit and cuts a long first sentence', () => {
  assert.equal(makeLead('One two. Three four. Five six.', 20), 'One two. Three four.');
  const long = 'word '.repeat(100);
  const lead = makeLead(long, 50);
  assert.ok(lead.length <= 50 && lead.endsWith('…'), lead);
});

test('tokenize lower-cases, drops possessives and keeps inner hyphens', () => {
  assert.deepEqual(tokenize("Biden's COVID-19 plan: don’t panic, U.S. says"), [
    'biden',
    'covid-19',
    'plan',
    "don't",
    'panic',
    'u.s',
    'says',
  ]);
});
