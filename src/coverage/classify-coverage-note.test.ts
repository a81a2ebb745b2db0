import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRoundupNotes } from './testdata/roundup-notes.ts';
import { classifyCoverageNote } from './classify-coverage-note.ts';

const NOTES = readRoundupNotes();

test('classifyCoverageNote reads the side skew of real AllSides coverage notes', () => {
  // Labels checked by hand against the notes (roundups_2021-04_to_2021-07).
  const expected: Record<number, string> = {
    5839: 'left', // "received wide coverage from left and center-rated outlets"
    5849: 'left', // "Coverage was most prominent in left- and center-rated outlets"
    5874: 'left', // "coverage came primarily from left- and center-rated outlets"
    5868: 'left', // "received little coverage from right-rated outlets"
    5882: 'right', // "Coverage was more prominent in right-rated outlets"
    5901: 'right', // "widely covered by right-rated outlets and received little coverage from left-rated"
    5919: 'right', // "little to no coverage from left- and center-rated news sources"
    6044: 'right', // "barely covered by any left- and center-rated outlets"
    6012: 'lean-left', // "mostly balanced … displayed more prominently in left- and center-rated outlets"
    6014: 'lean-right', // "present across the political spectrum, but more prominent from right-rated outlets"
    5843: 'balanced', // "wide coverage across the political spectrum"
    5858: 'balanced', // "mostly balanced across the American political spectrum"
    5828: 'none', // framing only: "Coverage in left- and center-rated outlets focused more on…"
    5891: 'none', // "Coverage in left-rated outlets was more likely to mention…"
    5823: 'none',
  };
  for (const [id, label] of Object.entries(expected)) {
    assert.equal(classifyCoverageNote(NOTES.get(Number(id))!), label, `roundup ${id}`);
  }
});

test('classifyCoverageNote finds a skew in only a few real notes', () => {
  const labels = [...NOTES.values()].map(classifyCoverageNote);
  const count = (label: string) => labels.filter((l) => l === label).length;
  assert.equal(labels.length, 295);
  assert.ok(count('left') + count('right') >= 15 && count('left') + count('right') <= 30);
  assert.ok(count('balanced') > 80);
  assert.equal(classifyCoverageNote(''), 'none');
});
