import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeSourceReason, preferredSource, sourceFacts } from './syndication-source.ts';

// A real AP lead (apnews.com, 2018-11-30, in the demo snapshot) and a member paper's reprint of it, both dated by
// the day: the reprint keeps AP's dateline mark.
const AP_LEAD =
  'BUENOS AIRES, Argentina (AP) — World leaders arrived Thursday in the Argentine capital for the Group of 20 ' +
  'summit of the globe’s largest economies as issues such as a trade war between the United States and China, the ' +
  'killing of a Saudi journalist in the country’s Istanbul Consulate and the conflict over Ukraine…';
const ap = (published: string) =>
  sourceFacts({
    outlet: 'apnews.com',
    title: 'Side issues loom over G-20 summit as world leaders arrive',
    text: AP_LEAD,
    published,
  });
const reprint = (published: string) =>
  sourceFacts({
    outlet: 'washingtontimes.com',
    title: 'World leaders arrive in Argentina for G-20 summit',
    text: AP_LEAD,
    published,
  });

// A real pair of the demo (story "Mueller breaks his silence"): Newsmax ran Reuters' report without its dateline,
// dated the day before Reuters' own (which carries the day of its latest version).
const REUTERS_LEAD =
  'U.S. Special Counsel Robert Mueller said on Wednesday his probe into Russian interference in the 2016 election ' +
  'was never going to end with criminal charges against President Donald Trump but he did not clear him and ' +
  'indicated it was up to Congress to decide whether he should be impeached.';
const reuters = sourceFacts({
  outlet: 'reuters.com',
  title: 'Mueller says he could not charge Trump as Congress weighs impeachment',
  text: `WASHINGTON (Reuters) - ${REUTERS_LEAD}`,
  published: '2019-05-30T00:00:00.000Z',
});
const newsmax = sourceFacts({
  outlet: 'newsmax.com',
  title: 'Robert Mueller Breaks Silence on Russia Probe',
  text: REUTERS_LEAD,
  published: '2019-05-29T00:00:00.000Z',
});

test('sourceFacts reads the agency an outlet is and the agencies a text credits by mark or name', () => {
  const facts = reprint('2018-11-30T00:00:00.000Z');
  assert.equal(facts.agency, undefined);
  assert.deepEqual(facts.credits, ['AP']);
  assert.equal(facts.dateOnly, true);
  assert.equal(ap('2018-11-30T00:00:00.000Z').agency, 'AP');
  assert.equal(reuters.agency, 'Reuters');
  assert.deepEqual(newsmax.credits, []);
  const byline = sourceFacts({
    outlet: 'example.com',
    title: 'Storm hits coast',
    text: 'By The Associated Press. A storm hit the coast.',
    published: '2021-08-09T14:05:00Z',
  });
  assert.deepEqual(byline.credits, ['AP']);
  assert.equal(byline.dateOnly, false);
});

test('preferredSource: the agency a reprint credits ("(AP) —") is its source, whichever came first or earlier', () => {
  const day = '2018-11-30T00:00:00.000Z';
  assert.deepEqual(preferredSource(reprint(day), ap(day)), { first: false, reason: 'credited' });
  assert.deepEqual(preferredSource(ap(day), reprint(day)), { first: true, reason: 'credited' });
  // An agency's feed gives the time of its latest version: a reprint stamped before it still credits it.
  assert.deepEqual(preferredSource(reprint('2018-11-30T14:00:00Z'), ap('2018-11-30T16:30:00Z')), {
    first: false,
    reason: 'credited',
  });
});

test('preferredSource: a wire agency’s own report over a reprint that dropped the mark, when dated by the day', () => {
  assert.deepEqual(preferredSource(newsmax, reuters), { first: false, reason: 'wire' });
  // Bloomberg's report and Newsmax's reprint of it on the same day (demo story "Trump weighs travel-ban-style order").
  const lead =
    'The Trump administration is considering an order to block the entry of migrants at the southern border using ' +
    'the same authority as its earlier travel ban, a person familiar with the matter said.';
  const at = '2018-10-26T00:00:00.000Z';
  const newsmaxCopy = sourceFacts({
    outlet: 'newsmax.com',
    title: 'Trump weighs order',
    text: lead,
    published: at,
  });
  const bloomberg = sourceFacts({
    outlet: 'bloomberg.com',
    title: 'Trump weighs',
    text: lead,
    published: at,
  });
  assert.deepEqual(preferredSource(newsmaxCopy, bloomberg), { first: false, reason: 'wire' });
});

test('preferredSource: times of day decide between outlets that credit none; then the day, the fuller text, the first seen', () => {
  const facts = (outlet: string, published: string, text = REUTERS_LEAD) =>
    sourceFacts({ outlet, title: 'Mueller speaks', text, published });
  assert.deepEqual(
    preferredSource(
      facts('newsmax.com', '2019-05-29T18:00:00Z'),
      facts('reuters.com', '2019-05-29T16:00:00Z'),
    ),
    { first: false, reason: 'earlier' },
  );
  assert.deepEqual(
    preferredSource(
      facts('a.example', '2019-05-30T00:00:00.000Z'),
      facts('b.example', '2019-05-29T00:00:00.000Z'),
    ),
    { first: false, reason: 'earlier-day' },
  );
  const day = '2019-05-29T00:00:00.000Z';
  const short = REUTERS_LEAD.split(' ').slice(0, 30).join(' ');
  assert.deepEqual(preferredSource(facts('a.example', day, short), facts('b.example', day)), {
    first: false,
    reason: 'fuller',
  });
  assert.deepEqual(preferredSource(facts('a.example', day), facts('b.example', day)), {
    first: true,
    reason: 'first',
  });
});

test('describeSourceReason says why the original is listed first, and nothing for a copy the rules prefer', () => {
  const day = '2018-11-30T00:00:00.000Z';
  assert.equal(describeSourceReason(ap(day), [reprint(day)]), 'the copies credit its agency in their text');
  assert.equal(describeSourceReason(reuters, [newsmax]), 'it is the wire agency’s own report');
  assert.equal(describeSourceReason(newsmax, [reuters]), '');
  // Story 435 of the demo: CBN and another outlet carry an AP text, AP's own report is not in the story.
  const carrier = (outlet: string) =>
    sourceFacts({
      outlet,
      title: 'Trump signs order',
      text: 'WASHINGTON (AP) — President Trump signed …',
      published: day,
    });
  assert.equal(
    describeSourceReason(carrier('cbn.com'), [carrier('washingtontimes.com')]),
    'the text is AP’s (every copy credits it; its own report is not among these); it was found first (the times and outlets do not tell the copies apart)',
  );
});
