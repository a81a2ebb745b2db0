import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanBody, cleanSentence, isCaption, isTeaser } from './clean-sentence.ts';

test('cleanSentence removes datelines, bylines, photo credits and signposts seen in the demo snapshot', () => {
  const cases: [string, string][] = [
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'The Senate voted on Tuesday.'],
    [
      'Washington (CNN) Democratic and Republican leaders are making calculations.',
      'Democratic and Republican leaders are making calculations.',
    ],
    [
      '(CNN) As he delivered his address, Trump stuck to a script.',
      'As he delivered his address, Trump stuck to a script.',
    ],
    [
      'Michael Collins USA TODAY WASHINGTON — The Statue of Liberty reopened on Monday.',
      'The Statue of Liberty reopened on Monday.',
    ],
    ['(Joshua Roberts/Reuters) This fight is far from over.', 'This fight is far from over.'],
    ['Why it matters: The data bolsters emerging evidence.', 'The data bolsters emerging evidence.'],
    [
      'MANCHESTER, New Hampshire (Reuters) - For the past year, Democratic voters have been anxious.',
      'For the past year, Democratic voters have been anxious.',
    ],
    [
      'Updated at 1 p.m. ET In the wake of national protests, Democrats unveiled legislation on June 8.',
      'In the wake of national protests, Democrats unveiled legislation on June 8.',
    ],
    ['Updated at 12:49 p.m. ET Democrats are going to try again.', 'Democrats are going to try again.'],
    [
      'CAYCE, S.C. (Reuters) - (This Feb. 4 story corrects first paragraph to drop erroneous reference) Joe Biden ' +
        'came fourth in Iowa.',
      'Joe Biden came fourth in Iowa.',
    ],
    [
      'Today: The kickoff to the 2020 campaign was undercut by delays.',
      'The kickoff to the 2020 campaign was undercut by delays.',
    ],
    [
      'Sen. Bernie Sanders — the front-runner — spoke on Monday.',
      'Sen. Bernie Sanders — the front-runner — spoke on Monday.',
    ],
  ];
  for (const [raw, expected] of cases) assert.equal(cleanSentence(raw), expected);
});

test('cleanBody drops The Hill’s inline link widget and isCaption spots photo captions', () => {
  assert.equal(
    cleanBody(
      "President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial Warren goes local in race to build 2020 movement 2020 Democrats make play for veterans' votes MORE on Monday signed a measure.",
    ),
    'President Trump on Monday signed a measure.',
  );
  assert.ok(
    isCaption(
      'Senate Minority Leader Chuck Schumer speaks during a news conference on Capitol Hill January 20, 2018.',
    ),
  );
  // National Review's lead for the Kavanaugh nomination, the demo snapshot's broadest story.
  assert.ok(
    isCaption(
      'President Trump with Supreme Court nominee Judge Brett Kavanaugh at the White House, July 9, 2018.',
    ),
  );
  assert.ok(!isCaption('Schumer spoke to reporters on Saturday.'));
  assert.ok(!isCaption('Trump announced his pick at the White House on July 9, 2018.'));
});

test('isTeaser spots sentences that announce the rest of the article', () => {
  // The Hill's and the Washington Times' leads for the Kavanaugh nomination (demo snapshot).
  assert.ok(isTeaser('Here are five big takeaways from the announcement.'));
  assert.ok(isTeaser('Get ready to hear about a court case known as Garza v. Hargan.'));
  assert.ok(isTeaser('Here’s what you need to know about the child tax credit.'));
  assert.ok(!isTeaser('The Senate confirmed Brett Kavanaugh, 53, to the Supreme Court on Saturday.'));
  assert.ok(!isTeaser('Democrats said the takeaway was clear.'));
});
