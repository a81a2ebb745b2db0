import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanHeadline } from './clean-headline.ts';
import { countLoadedWords } from './loaded-words.ts';

test('cleanHeadline keeps "Report:", which attributes the claim, not a section label (demo snapshot)', () => {
  for (const title of [
    'Report: Google News’ Search Results Aren’t Rigged But They Are Biased',
    'Report: Homeland Security Secretary Kirstjen Nielsen almost resigned over Trump tirade',
    "Report: Paul Manafort has been giving Trump's legal team updates on what Mueller asks",
  ])
    assert.equal(cleanHeadline(title), title);
  assert.equal(
    cleanHeadline('BREAKING: Report: WH Suspends $10.4B in Obamacare Insurer Payments'),
    'Report: WH Suspends $10.4B in Obamacare Insurer Payments',
  );
});

test('cleanHeadline strips section prefixes, outlet suffixes and shouting from real headlines', () => {
  // Headlines from the demo snapshot (Article-Bias-Prediction) and the UCI News Aggregator set.
  const cases: [string, string | undefined, string][] = [
    ['OPINION: The Retreat to Tribalism', undefined, 'The Retreat to Tribalism'],
    [
      'OPINION: Analysis: Jobs Report Should Ease Fed Fears About Unemployment Falling Too Low',
      undefined,
      'Jobs Report Should Ease Fed Fears About Unemployment Falling Too Low',
    ],
    ['WATCH: Biden signs the infrastructure bill', undefined, 'Biden signs the infrastructure bill'],
    ['Senate passes infrastructure bill - CNN', 'CNN (Online News)', 'Senate passes infrastructure bill'],
    ['Senate passes infrastructure bill | Fox News', undefined, 'Senate passes infrastructure bill'],
    [
      'Opening Bell 10 March | Asian markets slump',
      'Livemint',
      'Opening Bell 10 March | Asian markets slump',
    ],
    [
      'Stocks Seeing Modest Weakness In Early Trading - U.S. Commentary',
      'RTT News',
      'Stocks Seeing Modest Weakness In Early Trading - U.S. Commentary',
    ],
    ['JOB OPENINGS RISE LESS THAN EXPECTATIONS', undefined, 'Job Openings Rise Less Than Expectations'],
    ['SHOCKING: FBI raids NATO office in the U.S.', undefined, 'Shocking: FBI raids NATO office in the U.S.'],
    [
      'The Senate has approved the USMCA, bringing Trump’s trade deal one step closer to reality',
      undefined,
      'The Senate has approved the USMCA, bringing Trump’s trade deal one step closer to reality',
    ],
    ['BREAKING: SCOTUS Rules in NIFLA Case', undefined, 'SCOTUS Rules in NIFLA Case'],
    [
      'Immigration Hawks Unhappy With Details Inside Trump’s Immigration ‘Ban',
      undefined,
      'Immigration Hawks Unhappy With Details Inside Trump’s Immigration ‘Ban’',
    ],
    ['The ‘Squad’ answers “go back” tweets', undefined, 'The ‘Squad’ answers “go back” tweets'],
    [
      "Trump labels European Union, Russia, China 'foes' of U.S.",
      undefined,
      "Trump labels European Union, Russia, China 'foes' of U.S.",
    ],
    [
      'Trump orders National Guard to leave Washington, D.C.',
      undefined,
      'Trump orders National Guard to leave Washington, D.C.',
    ],
    [
      'Sanders sends Democratic establishment into panic mode.',
      undefined,
      'Sanders sends Democratic establishment into panic mode',
    ],
  ];
  for (const [raw, outlet, expected] of cases) assert.equal(cleanHeadline(raw, outlet), expected, raw);
});

test('countLoadedWords counts judging words by stem and leaves plain reporting alone', () => {
  assert.equal(countLoadedWords('Trump slams Kerry in bombshell interview'), 2);
  assert.equal(countLoadedWords('Democrats blasted the bill; Republicans slammed it'), 2);
  assert.equal(countLoadedWords('Senate passes $1 trillion infrastructure bill'), 0);
  assert.equal(countLoadedWords('Sanders sends Democratic establishment into panic mode'), 1);
});

test('cleanHeadline starts with a capital where the label it lost stood before a small word', () => {
  // Demo snapshot: "Exclusive: here’s the tentative deal …" became a title in lower case.
  assert.equal(
    cleanHeadline('Exclusive: here’s the tentative deal Trump and Kim Jong Un may strike in Vietnam'),
    'Here’s the tentative deal Trump and Kim Jong Un may strike in Vietnam',
  );
  assert.equal(cleanHeadline('de Blasio signs the budget'), 'de Blasio signs the budget');
  assert.equal(cleanHeadline('iPhone sales slow'), 'iPhone sales slow');
});
