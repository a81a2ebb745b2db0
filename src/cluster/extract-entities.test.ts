import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from './extract-entities.ts';

test('extractEntities keeps capitalised words that are not stopwords, lower-cased, without possessives', () => {
  assert.deepEqual(extractEntities("Florida Gov. Ron DeSantis signed Biden's order in Tallahassee."), [
    'florida',
    'gov',
    'ron',
    'desantis',
    'biden',
    'tallahassee',
  ]);
});

test('extractEntities uses the names lexicon for sentence openers and Title Case headlines', () => {
  const names = new Set(['leonardo', 'dicaprio', 'coachella', 'police']);
  assert.deepEqual(extractEntities('Leonardo DiCaprio Dances, Aaron Photobombs At Coachella', names), [
    'leonardo',
    'dicaprio',
    'coachella',
  ]);
  // Without a lexicon a Title Case headline keeps only its acronyms.
  assert.deepEqual(extractEntities('FDA Warns Fibroid Procedure May Cause Cancer'), ['fda']);
  // "Officials" only opens the sentence; "Police" does too but is a known name word.
  assert.deepEqual(extractEntities('Officials said Paris was calm. Police arrested two.', names), [
    'paris',
    'police',
  ]);
});
