import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClusterer } from './clusterer.ts';
import { loadClusterModel } from './load-cluster-model.ts';
import type { ClusterInput } from './types.ts';

const model = loadClusterModel();

const article = (id: string, title: string, text: string, published: string | null): ClusterInput => ({
  id,
  title,
  text,
  published,
});

const STREAM: ClusterInput[] = [
  article(
    '1',
    'DeSantis signs order banning school mask mandates in Florida',
    'Florida Gov. Ron DeSantis signed an executive order Friday that prohibits schools in the state from requiring students to wear face masks when they return to classrooms in the fall.',
    '2021-07-30T16:00:00Z',
  ),
  article(
    '2',
    'Senate advances bipartisan infrastructure bill',
    'The Senate voted Friday to advance the bipartisan infrastructure bill, a $1 trillion package of roads, bridges, broadband and water projects negotiated by a group of senators.',
    '2021-07-30T17:00:00Z',
  ),
  article(
    '3',
    'Florida governor bars schools from requiring masks',
    'Gov. Ron DeSantis on Friday barred Florida school districts from requiring students to wear masks, saying parents should decide, as coronavirus cases rise across the state.',
    '2021-07-30T18:30:00Z',
  ),
  article(
    '4',
    'Infrastructure package clears key Senate vote',
    'A $1 trillion bipartisan infrastructure package cleared a key procedural vote in the Senate on Friday, as senators from both parties worked on the final text of the bill.',
    '2021-07-30T19:00:00Z',
  ),
  article(
    '5',
    'Wildfire forces evacuations in northern California',
    'A fast-moving wildfire in northern California forced thousands of residents to evacuate their homes on Friday as crews battled the flames in hot, dry and windy weather.',
    '2021-07-30T20:00:00Z',
  ),
  article(
    '6',
    'Senate passes infrastructure bill after long debate',
    'The Senate voted Friday to advance the bipartisan infrastructure bill, a $1 trillion package of roads, bridges, broadband and water projects negotiated by a group of senators. Local leaders praised it.',
    '2021-07-30T21:00:00Z',
  ),
];

test('createClusterer groups the articles of one event and opens a story for each new event', () => {
  const clusterer = createClusterer(model);
  const stories = STREAM.map((a) => clusterer.assign(a).story);
  assert.equal(stories[2], stories[0]);
  assert.equal(stories[3], stories[1]);
  assert.equal(stories[5], stories[1]);
  assert.equal(new Set(stories).size, 3);
});

test('createClusterer explains each assignment: score, runner-up, shared words and names', () => {
  const clusterer = createClusterer(model);
  const [first, , third] = STREAM.map((a) => clusterer.assign(a));
  assert.equal(first!.isNew, true);
  assert.equal(first!.explanation.runnerUp, null);
  assert.equal(third!.isNew, false);
  const why = third!.explanation;
  assert.ok(why.score > 0.5 && why.score <= 1, `score ${why.score}`);
  assert.ok(why.sharedTerms.includes('florida'), why.sharedTerms.join(','));
  assert.ok(why.sharedTerms.includes('masks') || why.sharedTerms.includes('mask'), why.sharedTerms.join(','));
  assert.ok(why.sharedEntities.includes('desantis'), why.sharedEntities.join(','));
  // Both leads report the order as Friday's: the day both name is listed after the words.
  assert.equal(why.sharedTerms.at(-1), 'Friday');
  assert.ok(why.runnerUp === null || why.runnerUp.score < why.score);
});

test('createClusterer marks a syndicated copy as a duplicate of the original and keeps it in its story', () => {
  const clusterer = createClusterer(model);
  const assignments = STREAM.map((a) => clusterer.assign(a));
  const copy = assignments[5]!;
  assert.equal(copy.duplicateOf, '2');
  assert.equal(copy.story, assignments[1]!.story);
  assert.equal(copy.isNew, false);
  assert.equal(assignments[3]!.duplicateOf, undefined);
});

test('createClusterer: restoring a prefix then assigning the rest gives the same stories as assigning all', () => {
  const whole = createClusterer(model);
  const expected = STREAM.map((a) => whole.assign(a));
  for (const cut of [1, 3, 5]) {
    const resumed = createClusterer(model);
    for (const [i, a] of STREAM.slice(0, cut).entries()) resumed.restore(a, expected[i]!.story);
    const rest = STREAM.slice(cut).map((a) => resumed.assign(a));
    assert.deepEqual(rest, expected.slice(cut), `cut after ${cut}`);
  }
});

test('createClusterer closes stories older than the window', () => {
  const clusterer = createClusterer(model, { windowDays: 1 });
  const first = clusterer.assign(STREAM[0]!);
  const late = clusterer.assign({ ...STREAM[2]!, id: '9', published: '2021-08-06T18:30:00Z' });
  assert.notEqual(late.story, first.story);
  assert.equal(late.isNew, true);
});

test('createClusterer dates an undated article in a timed stream by the newest time before it', () => {
  const run = (stream: readonly ClusterInput[]) => {
    const clusterer = createClusterer(model);
    return stream.map((a) => clusterer.assign(a)).at(-1)!;
  };
  const undated = { ...STREAM[3]!, published: null };
  const datedAsBefore = { ...STREAM[3]!, published: STREAM[2]!.published };
  const timed = run([...STREAM.slice(0, 3), undated]);
  assert.deepEqual(timed, run([...STREAM.slice(0, 3), datedAsBefore]));
  assert.equal(timed.story, run(STREAM.slice(0, 4)).story);
  // Without any time in the stream it is compared without time, which scores it differently.
  const untimed = run([...STREAM.slice(0, 3).map((a) => ({ ...a, published: null })), undated]);
  assert.notEqual(untimed.explanation.score, timed.explanation.score);
});

// Two reports of one earthquake (MMDS 2025 dev, CNA and Berita Harian, September 2022), English then Malay.
const QUAKE_EN = article(
  'en',
  'Powerful earthquake hits Mexico on fateful anniversary, killing at least 2',
  'MEXICO CITY: A magnitude 7.6 earthquake struck western Mexico on Monday (Sep 19) on the anniversary of two devastating temblors, killing at least two people, damaging buildings, knocking out power and sending residents of Mexico City scrambling outside for safety. Two died in the Pacific port of Manzanillo, in the state of Colima, and Michoacan reported damage.',
  null,
);
const QUAKE_MS = article(
  'ms',
  'Sekurang-kurang 2 maut gempa bumi kuat di Mexico',
  'MEXICO CITY: Sekurang-kurang dua maut, manakala 10 lagi cedera dalam kejadian gempa bumi kuat yang melanda Mexico, kelmarin. Pihak berkuasa memaklumkan, insiden dua mangsa terkorban berlaku di Manzanillo, Colima. Kerosakan turut dilaporkan di Michoacan.',
  null,
);

test('createClusterer joins articles across languages on the names and numbers they share', () => {
  const run = (malay: ClusterInput) => {
    const clusterer = createClusterer(model);
    const first = clusterer.assign({ ...QUAKE_EN, lang: 'en' });
    for (const other of STREAM.slice(0, 2)) clusterer.assign({ ...other, published: null, lang: 'en' });
    return { first, malay: clusterer.assign(malay) };
  };
  const declared = run({ ...QUAKE_MS, lang: 'ms' });
  assert.equal(declared.malay.story, declared.first.story);
  assert.ok(declared.malay.explanation.sharedEntities.includes('manzanillo'));
  // Taken for the same language, its Malay words weigh against it and it opens a story of its own.
  const sameLanguage = run({ ...QUAKE_MS, lang: 'en' });
  assert.notEqual(sameLanguage.malay.story, sameLanguage.first.story);
});

test('createClusterer lists a day both name once, in English, even when its name is a word of their language', () => {
  const clusterer = createClusterer(model);
  const malay = (id: string, title: string, text: string) => ({
    ...article(id, title, text, null),
    lang: 'ms',
  });
  clusterer.assign(
    malay(
      'ms1',
      'Gempa bumi kuat di Mexico, dua maut',
      'Gempa bumi kuat melanda Mexico pada Isnin. Dua maut di Manzanillo, Colima, kata pihak berkuasa.',
    ),
  );
  const second = clusterer.assign(
    malay(
      'ms2',
      'Gempa bumi 7.6 gegar Mexico',
      'Gempa bumi berukuran 7.6 menggegarkan Mexico pada Isnin, mengorbankan dua orang di Manzanillo, Colima.',
    ),
  );
  assert.equal(second.isNew, false);
  const terms = second.explanation.sharedTerms;
  assert.equal(terms.at(-1), 'Monday', terms.join(','));
  assert.ok(!terms.includes('isnin'), terms.join(','));
});

test('createClusterer holds a join across languages to the cross-language threshold only', () => {
  const withThreshold = (crossLanguageThreshold: number | null) =>
    createClusterer({ ...model, settings: { ...model.settings, crossLanguageThreshold } });
  const run = (threshold: number | null, lang: string) => {
    const clusterer = withThreshold(threshold);
    const first = clusterer.assign({ ...QUAKE_EN, lang: 'en' });
    const malay = clusterer.assign({ ...QUAKE_MS, lang });
    return { joined: malay.story === first.story, probability: malay.explanation.runnerUp?.score ?? 0 };
  };
  // Shipped, the Malay report joins; a threshold above its join probability keeps it apart.
  assert.equal(run(model.settings.crossLanguageThreshold, 'ms').joined, true);
  const strict = run(0.999, 'ms');
  assert.equal(strict.joined, false);
  assert.ok(strict.probability > 0 && strict.probability < 0.999, 'it was scored and fell short');
  // Taken for English, the threshold across languages does not apply: even 0 does not let it in.
  assert.equal(run(0, 'en').joined, false);
});

test('createClusterer holds an article dated by the day only to the dated threshold', () => {
  const [first, second] = [STREAM[1]!, STREAM[3]!];
  const run = (datedThreshold: number, published: (iso: string) => string) => {
    const timed = model.profiles['full-timed']!;
    const clusterer = createClusterer({
      ...model,
      profiles: { ...model.profiles, 'full-timed': { ...timed, merge: { ...timed.merge, datedThreshold } } },
    });
    const a = clusterer.assign({ ...first, published: published(first.published!) });
    const b = clusterer.assign({ ...second, published: published(second.published!) });
    return b.story === a.story;
  };
  const midnight = (iso: string) => `${iso.slice(0, 10)}T00:00:00Z`;
  assert.equal(
    run(0.999, (iso) => iso),
    true,
    'with a time of day the tuned threshold holds',
  );
  assert.equal(run(0.999, midnight), false, 'dated by the day, the dated threshold holds');
  assert.equal(run(0.01, midnight), true);
});

// A member paper's reprint of a real AP lead (apnews.com, 2018-11-30), seen before AP's own report; the demo dates
// both by the day, so the stream order is the order of their ids.
const G20 =
  'BUENOS AIRES, Argentina (AP) — World leaders arrived Thursday in the Argentine capital for the Group of 20 ' +
  'summit of the globe’s largest economies as issues such as a trade war between the United States and China, the ' +
  'killing of a Saudi journalist in the country’s Istanbul Consulate and the conflict over Ukraine…';
const WIRE_STREAM: ClusterInput[] = [
  {
    ...article('11', 'World leaders arrive in Argentina for G-20 summit', G20, '2018-11-30T00:00:00.000Z'),
    outlet: 'washingtontimes.com',
  },
  {
    ...article(
      '12',
      'Side issues loom over G-20 summit as world leaders arrive',
      G20,
      '2018-11-30T00:00:00.000Z',
    ),
    outlet: 'apnews.com',
  },
  {
    ...article(
      '13',
      'G-20 leaders gather in Buenos Aires',
      G20.replace('(AP) — ', ''),
      '2018-11-30T00:00:00.000Z',
    ),
    outlet: 'cbn.com',
  },
];

test('createClusterer: the agency’s own report seen after a reprint of it supersedes the reprint as the original', () => {
  const clusterer = createClusterer(model);
  const [reprint, wire, later] = WIRE_STREAM.map((a) => clusterer.assign(a));
  assert.equal(reprint!.isNew, true);
  assert.equal(wire!.story, reprint!.story);
  assert.equal(wire!.duplicateOf, undefined);
  assert.equal(wire!.supersedes, '11');
  assert.equal(later!.duplicateOf, '12', 'a copy that follows copies the new original');
  assert.equal(later!.supersedes, undefined);
});

test('createClusterer: a restored stream supersedes originals as the first run did', () => {
  const whole = createClusterer(model);
  const expected = WIRE_STREAM.map((a) => whole.assign(a));
  const resumed = createClusterer(model);
  for (const [i, a] of WIRE_STREAM.slice(0, 2).entries()) resumed.restore(a, expected[i]!.story);
  assert.deepEqual(resumed.assign(WIRE_STREAM[2]!), expected[2]);
});

test('createClusterer: a restart that replays in publication order keeps the stored originals (a copy dated by the day only arrives late)', () => {
  const text = WIRE_STREAM[0]!.text;
  const reprint = {
    ...article('21', 'World leaders arrive in Argentina for G-20 summit', text, '2018-11-30T15:00:00.000Z'),
    outlet: 'washingtontimes.com',
  };
  const byDay = {
    ...article('22', 'Side issues loom over G-20 summit', text, '2018-11-30T00:00:00.000Z'),
    outlet: 'cbn.com',
  };
  const later = {
    ...article('23', 'G-20 leaders gather in Buenos Aires', text, '2018-11-30T18:00:00.000Z'),
    outlet: 'nypost.com',
  };
  const online = createClusterer(model);
  const [first, second, third] = [reprint, byDay, later].map((a) => online.assign(a));
  assert.equal(second!.duplicateOf, '21');
  assert.equal(third!.duplicateOf, '21');
  // restoreClusterer replays by publication time: the copy dated by the day comes first.
  const resumed = createClusterer(model);
  resumed.restore(byDay, first!.story, '21');
  resumed.restore(reprint, first!.story, null);
  assert.equal(
    resumed.assign(later).duplicateOf,
    '21',
    'the stored original, not the copy replayed before it',
  );
});
