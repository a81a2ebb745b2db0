import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countLoadedWords } from './loaded-words.ts';

test('verdicts on a person, motives imputed to an act and verdicts on a policy count as loaded (demo stories)', () => {
  // Story 924, 1401, 1998 and 8568 of the demo snapshot: a side's judgement stated as fact.
  const judging = [
    'President Trump fended off criticism Monday that he is going soft on China’s unfair trade practice after he moved to cancel sanctions against a cheating Chinese company out of concern for its workers.',
    'President Trump said Friday he’s even more convinced that special counsel Robert Mueller’s “rigged” investigation on Russia is hurting the U.S. relationship with Moscow, after watching portions of disgraced FBI agent Peter Strzok’s testimony to Congress.',
    'Vermont Sen. Bernie Sanders (I) postured Saturday when he wrote a letter to Senate Judiciary Committee chairman Chuck Grassley (R-Iowa) asking the FBI to probe the truthfulness of answers.',
    'The coronavirus pandemic is swiftly becoming one of the defining global missteps and challenges of the early 21st century.',
    'Trump slams ‘crooked’ Hillary aide Huma, calls on ‘Deep State’ DOJ to act.',
    'House Dems reveal new info on a shady White House plan to sell nuclear tech to Saudi Arabia.',
  ];
  for (const text of judging) assert.ok(countLoadedWords(text) >= 1, text);
});

test('the noun "posture" and plain reports stay unloaded', () => {
  const plain = [
    'Energy Secretary Jennifer Granholm on Sunday criticised Senate Republicans’ negotiating posture in infrastructure talks with the White House.',
    'Michigan will no longer provide funding to adoption agencies that turn away prospective LGBTQ parents due to religious objections, following a new legal settlement.',
    'U.S. President Donald Trump pledged on Sunday to help ZTE Corp “get back into business, fast” after a U.S. ban crippled the Chinese technology company.',
  ];
  for (const text of plain) assert.equal(countLoadedWords(text), 0, text);
});
