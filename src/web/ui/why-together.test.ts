import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedWords } from './why-together.tsx';

test('sharedWords lists names first, then the other words, each once', () => {
  // The Kavanaugh story's CNN article in the demo snapshot listed "kavanaugh, brett, supreme, senate" twice.
  assert.equal(
    sharedWords({
      sharedEntities: ['kavanaugh', 'brett', 'supreme', 'senate'],
      sharedTerms: ['kavanaugh', 'brett', 'interpreted', 'supreme', 'senate', 'court'],
    }),
    'Kavanaugh, Brett, Supreme, Senate · interpreted, court',
  );
  assert.equal(sharedWords({ sharedEntities: [], sharedTerms: ['vote', 'Monday'] }), 'vote, Monday');
  assert.equal(sharedWords({ sharedEntities: ['d.c', 'Biden'], sharedTerms: [] }), 'D.C, Biden');
  assert.equal(sharedWords({ sharedEntities: [], sharedTerms: [] }), '');
});
