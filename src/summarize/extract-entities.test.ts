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
