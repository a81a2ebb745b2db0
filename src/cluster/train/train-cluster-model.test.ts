import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLabelledStream } from '../parse-labelled-stream.ts';
import { trainingCopies } from './train-cluster-model.ts';

// Two AllSides-shaped articles of one roundup (title, lead, time, URL).
const STREAM = parseLabelledStream(
  [
    {
      id: 'a',
      story: 's',
      title: 'Senate Passes Sweeping Bill Aiming To Crack Down On Hate Crimes',
      text: 'The Senate on Thursday passed a bill aimed at cracking down on hate crimes against Asian Americans.',
      published: '2021-04-22T18:00:00Z',
      url: 'https://dailycaller.com/2021/04/22/senate-passes-covid-19-hate-crimes-act-mazie-hirono/',
    },
    {
      id: 'b',
      story: 's',
      title: 'In Rare Moment Of Bipartisan Unity, Senate Approves Asian American Hate Crimes Bill',
      text: 'The Senate overwhelmingly approved legislation on Thursday to combat a rise in hate crimes.',
      published: '2021-04-22T20:00:00Z',
      url: 'https://www.npr.org/2021/04/22/989773400/in-rare-moment-of-bipartisan-unity-senate-approves-asian-american-hate-crimes-bi',
    },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n'),
);

test('trainingCopies: copies without times lose their URLs too, title-only copies keep them', () => {
  const copies = trainingCopies(STREAM, true);
  assert.deepEqual(
    copies.map((c) => c.suffix),
    ['', ' (no times or URLs)', ' (titles only)', ' (titles only, no times or URLs)'],
  );
  const [original, untimed, titles, bare] = copies.map((c) => c.articles[0]!.input);
  assert.deepEqual(original, STREAM[0]!.input);
  assert.equal(untimed!.published, null);
  assert.equal(untimed!.url, undefined, 'a stream without times stands for bare texts');
  assert.equal(untimed!.text, STREAM[0]!.input.text);
  assert.equal(titles!.text, '');
  assert.equal(titles!.url, STREAM[0]!.input.url);
  assert.equal(titles!.published, STREAM[0]!.input.published);
  assert.deepEqual([bare!.text, bare!.published, bare!.url], ['', null, undefined]);
  for (const copy of copies)
    assert.deepEqual(
      copy.articles.map((a) => a.story),
      ['s', 's'],
    );
});

test('trainingCopies: nothing to remove, no copy; no augmentation, the stream alone', () => {
  const untimed = STREAM.map(({ input, story }) => ({ input: { ...input, published: null }, story }));
  assert.deepEqual(
    trainingCopies(untimed, true).map((c) => c.suffix),
    ['', ' (titles only)'],
  );
  const headlines = STREAM.map(({ input, story }) => ({ input: { ...input, text: '' }, story }));
  assert.deepEqual(
    trainingCopies(headlines, true).map((c) => c.suffix),
    ['', ' (no times or URLs)'],
  );
  assert.deepEqual(
    trainingCopies(STREAM, false).map((c) => c.suffix),
    [''],
  );
});
