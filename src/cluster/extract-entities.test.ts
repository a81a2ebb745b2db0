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

test('extractEntities: the parts of a hyphenated compound are names; a dash still opens a clause', () => {
  const names = new Set(['biden', 'putin', 'trump']);
  // Title Case: the compound's parts are looked up in the lexicon one by one.
  assert.deepEqual(extractEntities('5 Things To Watch At The Biden-Putin Summit', names), ['biden', 'putin']);
  // Sentence case: "Trump" after the hyphen of "pro-Trump" does not open a sentence, so it needs no lexicon.
  assert.deepEqual(extractEntities('A pro-Trump group met in Ohio.', new Set()), ['trump', 'ohio']);
  // A spaced dash opens a clause: "Officials" there is a sentence opener, not a name.
  assert.deepEqual(extractEntities('The vote was close - Officials in Ohio said so.', new Set()), ['ohio']);
});
