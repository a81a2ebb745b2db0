import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectSentences, isUnpunctuatedRun, speaksInFirstPerson } from './collect-sentences.ts';
import type { SynthesisArticle } from './types.ts';

const article = (lead: string): SynthesisArticle => ({
  id: 1,
  title: 'Harris in Guatemala',
  lead,
  outletId: 'example.com',
  side: 'center',
  publishedAt: '2021-06-08T12:00:00.000Z',
});

const flags = (lead: string) =>
  collectSentences([article(lead)], 6).map((s) => ({
    text: s.text,
    showable: s.showable,
    boilerplate: s.boilerplate,
    dangling: s.dangling,
  }));

test('collectSentences marks captions, credits and notes as boilerplate, never showable', () => {
  const [caption, report, note] = flags(
    'FILE PHOTO: A sign is pictured at the entrance to a clinic in New York August 31, 2015. ' +
      'Vice President Kamala Harris told would-be migrants in Guatemala not to make the trip north. ' +
      'Correction: An earlier version of this story misstated the date of the visit.',
  );
  assert.deepEqual(
    [caption, report, note].map((s) => [s!.boilerplate, s!.showable]),
    [
      [true, false],
      [false, true],
      [true, false],
    ],
  );
});

test('collectSentences reads a sentence labelled FILE PHOTO as a caption, whatever its wording', () => {
  // Reuters, May 12, 2019: the caption ended the lead and became a key point of the Gwadar hotel story.
  const [report, caption] = flags(
    'QUETTA, Pakistan (Reuters) - Gunmen stormed a luxury hotel in Pakistan’s southwestern port city of Gwadar on ' +
      'Saturday, killing at least one guard and battling security forces inside, officials and the army said. ' +
      'FILE PHOTO: A general view of the Pearl Continental (PC) hotel in Gwadar, Pakistan April 11, 2017.',
  );
  assert.deepEqual(
    [report, caption].map((s) => [s!.boilerplate, s!.showable]),
    [
      [false, true],
      [true, false],
    ],
  );
  assert.equal(
    caption!.text,
    'A general view of the Pearl Continental (PC) hotel in Gwadar, Pakistan April 11, 2017.',
  );
});

test('collectSentences marks a quote whose speaker is only a pronoun as leaning on the sentence before', () => {
  const sentences = flags(
    'Harris spoke after meeting President Alejandro Giammattei for several hours on Monday. ' +
      '“We will discourage illegal migration,” she commented. ' +
      '“We will discourage illegal migration,” Harris told reporters in Guatemala City.',
  );
  assert.deepEqual(
    sentences.map((s) => s.dangling),
    [false, true, false],
  );
});

test('collectSentences marks "Nor", "In another" and "The incident" as leaning on the sentence before (demo key points)', () => {
  const sentences = flags(
    'In one flooded German town, the ground collapsed under family homes. ' +
      'In another, floodwaters swept through an assisted living center, killing 12. ' +
      'Nor is it just Republican governors and state legislatures. ' +
      'The incident comes just a week after the Santa Fe High School shooting in Texas, where 10 people were killed and 13 more were injured. ' +
      'Another powerful media figure is at the center of #MeToo allegations.',
  );
  assert.deepEqual(
    sentences.map((s) => s.dangling),
    [false, true, true, true, false],
  );
});

test('collectSentences does not show a lead cut after a title', () => {
  // The demo snapshot's leads were cut by an older splitter at "Reps." and "Sens.".
  for (const lead of ['Two leaders of the House Freedom Caucus, Reps.', 'Republicans set a vote for 1:30 p.'])
    assert.equal(flags(lead)[0]!.showable, false, lead);
});

test('a sentence in the writer’s own voice, outside its quotations, counts as a view (demo snapshot key points)', () => {
  for (const text of [
    'I wrote last week about what we in my office informally call "missing stories."',
    'In my farewell message to colleagues, I cited the need for a new approach.',
    'Now we need the version who’s not afraid to attack the problem.',
  ])
    assert.ok(speaksInFirstPerson(text), text);
  for (const text of [
    '“We will not back down,” the governor said of the US response.',
    'The senator told reporters that the vote “is what I promised.”',
    'US officials met in Geneva on Monday.',
  ])
    assert.ok(!speaksInFirstPerson(text), text);
});

test('the Independent’s party label is not the writer’s “I” (demo snapshot summaries)', () => {
  for (const text of [
    'Sen. Bernie Sanders (I-Vt.) said he was unaware at the time of allegations that aides working on his campaign experienced sexism and harassment in 2016.',
    "Vermont Sen. Bernie Sanders (I) postured Saturday when he wrote a letter to Senate Judiciary Committee chairman Chuck Grassley (R-Iowa) asking the FBI to probe the truthfulness of answers Supreme Court nominee Brett Kavanaugh's gave during last Thursday's emotional hearing.",
    "Hillary Clinton harshly criticizes Sen. Bernie Sanders, I-Vt., in a new documentary and told The Hollywood Reporter in an interview published Tuesday that she would not commit to backing him if he becomes the Democrats' nominee for president in the upcoming election.",
    'Diehard supporters of Sen. Bernie Sanders (I–Vt.) have long believed that the mainstream media finds subtle ways to undermine their candidate.',
  ])
    assert.ok(!speaksInFirstPerson(text), text);
  assert.ok(speaksInFirstPerson('Sen. Bernie Sanders (I-Vt.) is the candidate I will vote for.'));
  // The writer's aside in brackets is still the writer's "I".
  for (const text of [
    'The bill passed on Tuesday (I was in the gallery).',
    '(I have asked the White House for comment.)',
  ])
    assert.ok(speaksInFirstPerson(text), text);
});

test('an unpunctuated transcript is a run of words; long news sentences, whole or cut, are not', () => {
  // A podcast's automatic transcript, as its lead (cut with an ellipsis) and as its whole text.
  const transcript =
    'so today we are talking about the first public impeachment hearings which kicked off on wednesday with ' +
    'testimony from two career diplomats who told the house intelligence committee that the president personal ' +
    'lawyer ran a shadow foreign policy in ukraine and that the white house held up military aid';
  assert.ok(isUnpunctuatedRun(`${transcript.slice(0, 300)}…`));
  assert.ok(
    isUnpunctuatedRun(`${transcript} and we have two great guests joining us today to talk about it.`),
  );
  for (const text of [
    // The NeuS articles' longest stretch without punctuation: a whole sentence of 52 words.
    'The Government Accountability Office released a nine-page report Thursday concluding the Office of Management ' +
      'and Budget violated the Impoundment Control Act when it held up $214 million appropriated by Congress to the ' +
      'Department of Defense to help Ukraine as it deals with a Russian incursion in the eastern part of its country.',
    // A demo snapshot lead cut inside its first sentence.
    'James Damore, a former Google engineer who was fired in August after posting a memo to an internal Google ' +
      'message board arguing that women may not be equally represented in tech because they are biologically less ' +
      'capable of engineering, has filed a class action lawsuit against the company in Santa Clara Superior…',
  ])
    assert.ok(!isUnpunctuatedRun(text), text);
});
