import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from './extract-entities.ts';
import type { SynthesisArticle } from './types.ts';

const article = (id: number, lead: string): SynthesisArticle => ({
  id,
  title: '',
  lead,
  outletId: null,
  side: null,
  publishedAt: null,
});

test('extractEntities leaves out the photographers of real leads’ photo credits', () => {
  // Leads as the demo snapshot carries them (National Review, AP).
  const names = extractEntities([
    article(
      1,
      '(Reuters photo: Jonathan Ernst) Trump’s administration has been, on balance, more conservative than ' +
        'Devin Nunes expected.',
    ),
    article(
      2,
      'Devin Nunes briefs reporters on Capitol Hill, March 24, 2017. (Jonathan Ernst/Reuters) The Nunes memo ' +
        'has been released.',
    ),
    article(
      3,
      'President Donald Trump arrives at W.K. Kellogg Airport in Battle Creek, Mich. (AP Photo/Evan Vucci, File) ' +
        'Jonathan Ernst was not there; Devin Nunes was.',
    ),
  ]);
  assert.ok(names.includes('Devin Nunes'), names.join(', '));
  assert.ok(!names.some((name) => /Ernst|Vucci/.test(name)), names.join(', '));
});

test('extractEntities reads an agency with "and" in its name whole, and two names joined by "and" as two', () => {
  // Leads shaped as the demo snapshot's reports of the FDA's vaccine approval.
  const names = extractEntities([
    article(
      1,
      'The Food and Drug Administration granted full approval to the Pfizer vaccine on Monday, and the ' +
        'Centers for Disease Control and Prevention is expected to follow. Joe Biden and Kamala Harris welcomed it.',
    ),
    article(
      2,
      'The Food and Drug Administration gave its approval after months of review; the Centers for Disease ' +
        'Control and Prevention said Pfizer shots remain free. Joe Biden and Kamala Harris spoke later.',
    ),
  ]);
  assert.ok(names.includes('Food and Drug Administration'), names.join(', '));
  assert.ok(names.includes('Centers for Disease Control and Prevention'), names.join(', '));
  assert.ok(names.includes('Joe Biden') && names.includes('Kamala Harris'), names.join(', '));
  assert.ok(
    !names.some((name) => /^(?:Food|Drug Administration|Prevention|Centers for Disease Control)$/.test(name)),
  );
});

test('extractEntities leaves out credits without brackets and AP’s "FILE" (demo snapshot leads)', () => {
  const names = extractEntities([
    article(
      1,
      'Photo: Brendan Smialowski/AFP via Getty Images We’re committed to keeping our readers informed. Andy Card spoke.',
    ),
    article(
      2,
      '1 of 5 FILE - In this Tuesday, Sept. 11, 2001 file photo, Chief of Staff Andy Card whispers to Brendan Smialowski.',
    ),
    article(3, 'FILE - Andy Card, seen in 2001. Getty Images We’re told more.'),
  ]);
  assert.ok(names.includes('Andy Card'), names.join(', '));
  assert.ok(!names.some((name) => /^(?:FILE|File)$|Getty|We’re/.test(name)), names.join(', '));
});

test('extractEntities leaves out a photographer credited without brackets before the story (demo topic "Drew Angerer")', () => {
  const names = extractEntities([
    article(
      1,
      "Drew Angerer/Getty Images Andrew Yang's campaign fired off a tweet criticizing the Democratic National Committee.",
    ),
    article(
      2,
      'The new Impossible Whopper sits on a table. Drew Angerer | Getty Images As concerns mount, Andrew Yang spoke.',
    ),
    article(
      3,
      'Joe Biden at a rally. Photo: Drew Angerer/Getty Images Inevitably, Andrew Yang arrives late.',
    ),
  ]);
  assert.ok(names.includes('Andrew Yang'), names.join(', '));
  assert.ok(!names.some((name) => /Angerer|Getty/.test(name)), names.join(', '));
});
