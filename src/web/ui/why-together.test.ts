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

test('sharedWords shows name words that stand side by side in the article as the name they make there', () => {
  assert.equal(
    sharedWords(
      {
        sharedEntities: ['house', 'white', 'trump', 'donald', 'pence'],
        sharedTerms: ['tax', 'white', 'pence'],
      },
      "Donald Trump's tax plan reached the White House; Pence spoke in Washington, D.C.",
    ),
    'White House, Donald Trump, Pence · tax',
  );
  // Words that do not stand together stay single; a possessive ends a name.
  assert.equal(
    sharedWords(
      { sharedEntities: ['kavanaugh', 'brett', 'senate'], sharedTerms: [] },
      "Kavanaugh's Senate vote: Brett was there.",
    ),
    'Kavanaugh, Brett, Senate',
  );
  assert.equal(
    sharedWords({ sharedEntities: ['d.c', 'washington'], sharedTerms: [] }, 'In Washington D.C. today'),
    'Washington D.C',
  );
  // The demo's Kavanaugh story: the shorter form of a name goes, and title and lead do not run together.
  assert.equal(
    sharedWords(
      {
        sharedEntities: ['kavanaugh', 'supreme', 'court', 'trump', 'president', 'donald', 'washington'],
        sharedTerms: [],
      },
      'President Trump picks Kavanaugh for Supreme Court · WASHINGTON — President Donald Trump named Brett Kavanaugh.',
    ),
    'Kavanaugh, Supreme Court, President Donald Trump, Washington',
  );
});
