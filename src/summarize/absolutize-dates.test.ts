import assert from 'node:assert/strict';
import { test } from 'node:test';
import { absolutizeDates } from './absolutize-dates.ts';

// Saturday, July 31, 2021, 16:45 UTC (the date of a real AllSides roundup).
const SATURDAY = '2021-07-31T16:45:00.000Z';

test('absolutizeDates turns past weekdays and yesterday into dates from the publication day', () => {
  const cases: [string, string][] = [
    [
      'DeSantis signed an executive order Friday that prohibits mask mandates.',
      'DeSantis signed an executive order on July 30 that prohibits mask mandates.',
    ],
    ['On Monday, the CDC changed its guidance.', 'On July 26, the CDC changed its guidance.'],
    ['The CDC said last Saturday that cases rose.', 'The CDC said on July 24 that cases rose.'],
    ['Officials met on Saturday.', 'Officials met on July 31.'],
    ['Yesterday, the House voted.', 'On July 30, the House voted.'],
    ['Protests continued since Tuesday.', 'Protests continued since July 27.'],
    ['Talks ended Thursday night in Geneva.', 'Talks ended Thursday night (July 29) in Geneva.'],
  ];
  for (const [input, expected] of cases) assert.equal(absolutizeDates(input, SATURDAY), expected);
});

test('absolutizeDates reads the coming day after will, next and tomorrow', () => {
  assert.equal(
    absolutizeDates('The Senate will vote Tuesday on the bill.', SATURDAY),
    'The Senate will vote on August 3 on the bill.',
  );
  assert.equal(absolutizeDates('The deadline is next Saturday.', SATURDAY), 'The deadline is on August 7.');
  assert.equal(absolutizeDates('Aid must arrive by next Monday.', SATURDAY), 'Aid must arrive by August 2.');
  assert.equal(absolutizeDates('He leaves tomorrow.', SATURDAY), 'He leaves on August 1.');
});

test('absolutizeDates leaves dated, possessive and undated text alone and honours the time zone', () => {
  assert.equal(absolutizeDates('On Monday, July 26, he spoke.', SATURDAY), 'On Monday, July 26, he spoke.');
  assert.equal(absolutizeDates("Monday's vote was close.", SATURDAY), "Monday's vote was close.");
  assert.equal(absolutizeDates('He spoke Monday.', null), 'He spoke Monday.');
  assert.equal(absolutizeDates('He spoke Monday.', 'not a date'), 'He spoke Monday.');
  // 02:00 UTC on Saturday is still Friday evening in New York: "Friday" is that day.
  assert.equal(
    absolutizeDates('He spoke Friday.', '2021-07-31T02:00:00Z', 'America/New_York'),
    'He spoke on July 30.',
  );
  assert.equal(absolutizeDates('He spoke Friday.', '2021-07-31T02:00:00Z'), 'He spoke on July 30.');
  assert.equal(
    absolutizeDates('He spoke Thursday.', '2021-01-01T12:00:00Z'),
    'He spoke on December 31, 2020.',
  );
});

test('absolutizeDates writes "on" mid-sentence after a quoted title and "On" after a sentence ends', () => {
  assert.equal(
    // Axios's date for it: Monday, July 26, 2021.
    absolutizeDates(
      `Fauci told CNN's "State of the Union" Sunday that rules may change.`,
      '2021-07-26T12:30:00.000Z',
    ),
    `Fauci told CNN's "State of the Union" on July 25 that rules may change.`,
  );
  assert.equal(absolutizeDates('He agreed. Monday he left.', SATURDAY), 'He agreed. On July 26 he left.');
  assert.equal(
    absolutizeDates('“It is over.” Monday he left.', SATURDAY),
    '“It is over.” On July 26 he left.',
  );
});

test('absolutizeDates leaves a possessive weekday as written', () => {
  // The Iowa caucus story's frame point in the demo snapshot read "Monday night (February 3)’s Iowa caucuses".
  assert.equal(
    absolutizeDates('No results from Monday night’s Iowa caucuses were announced.', SATURDAY),
    'No results from Monday night’s Iowa caucuses were announced.',
  );
  assert.equal(
    absolutizeDates("She spoke at the top of Wednesday morning's show.", SATURDAY),
    "She spoke at the top of Wednesday morning's show.",
  );
  assert.equal(
    absolutizeDates('Monday night the vote failed.', SATURDAY),
    'Monday night (July 26) the vote failed.',
  );
});

test('absolutizeDates leaves days that are part of a name', () => {
  for (const sentence of [
    'Kanye West performs his Sunday Service at Coachella.',
    'Biden won big on Super Tuesday across the South.',
    'Shoppers lined up for Black Friday sales.',
    'The game aired on Monday Night Football.',
    'Welcome to The Hill’s Morning Report and happy Wednesday!',
    'Happy Friday, and thanks for reading.',
  ])
    assert.equal(absolutizeDates(sentence, SATURDAY), sentence);
  assert.equal(
    absolutizeDates('On Monday President Biden signed it.', SATURDAY),
    'On July 26 President Biden signed it.',
  );
});

test('absolutizeDates leaves a bare weekday as written in a sentence that speaks of the future elsewhere', () => {
  // Real demo sentences (January 29, 2018 and July 31, 2021): the speech was on January 30, not January 23.
  const monday = '2018-01-29T00:00:00.000Z';
  const podium =
    'President Trump will take the podium in the House chamber before a joint session of Congress Tuesday night for his first State of the Union address.';
  assert.equal(absolutizeDates(podium, monday), podium);
  const ahead = 'The Senate on Tuesday will take up the bill.';
  assert.equal(absolutizeDates(ahead, SATURDAY), ahead);
  // The future in another clause says nothing of this one's day.
  assert.equal(
    absolutizeDates('Sweden reopened the case on Monday and will seek his extradition.', SATURDAY),
    'Sweden reopened the case on July 26 and will seek his extradition.',
  );
  assert.equal(
    absolutizeDates('Sessions said Friday he’s determined to act.', SATURDAY),
    'Sessions said on July 30 he’s determined to act.',
  );
  assert.equal(
    absolutizeDates('The order, released Friday, says students will be masked.', SATURDAY),
    'The order, released on July 30, says students will be masked.',
  );
  assert.equal(
    absolutizeDates('The Supreme Court on Monday rejected plans to end the program.', SATURDAY),
    'The Supreme Court on July 26 rejected plans to end the program.',
  );
  assert.equal(
    absolutizeDates('The Scouts doubled down Wednesday, announcing it will drop "Boy".', SATURDAY),
    'The Scouts doubled down on July 28, announcing it will drop "Boy".',
  );
  assert.equal(
    absolutizeDates('The ruling is expected Friday, and he will appeal.', SATURDAY),
    'The ruling is expected on August 6, and he will appeal.',
  );
  // Unambiguous days are still dated, and "due to" speaks of a cause, not the future.
  assert.equal(
    absolutizeDates('He said last Tuesday that he will run.', SATURDAY),
    'He said on July 27 that he will run.',
  );
  assert.equal(
    absolutizeDates('Schools closed Monday due to flooding.', SATURDAY),
    'Schools closed on July 26 due to flooding.',
  );
});

test('absolutizeDates leaves a weekday used as an adjective, and writes a bare date after "for"', () => {
  // Real demo sentences: "heads into a on July 9 meeting", "during midday on March 15 prayers".
  for (const sentence of [
    'Trump heads into a Monday meeting with Putin.',
    'The gunman opened fire during midday Friday prayers.',
    'The Tuesday deadline passed.',
  ])
    assert.equal(absolutizeDates(sentence, SATURDAY), sentence);
  assert.equal(
    absolutizeDates('The administration announced Friday new tariffs on Chinese goods.', SATURDAY),
    'The administration announced on July 30 new tariffs on Chinese goods.',
  );
  assert.equal(
    absolutizeDates('A march is planned for Saturday.', SATURDAY),
    'A march is planned for July 31.',
  );
  assert.equal(
    absolutizeDates('The Senate voted Tuesday largely along party lines.', SATURDAY),
    'The Senate voted on July 27 largely along party lines.',
  );
  assert.equal(
    absolutizeDates('President Trump on Friday addressed the interviews.', SATURDAY),
    'President Trump on July 30 addressed the interviews.',
  );
});

test('absolutizeDates writes a day a verb takes as its object without "on"', () => {
  // Demo snapshot (story 5841 before): "J.K. Rowling spent on December 19 once again …".
  assert.equal(
    absolutizeDates('J.K. Rowling spent Thursday once again defending her views.', SATURDAY),
    'J.K. Rowling spent July 29 once again defending her views.',
  );
  assert.equal(
    absolutizeDates('Protesters plan to spend Saturday outside the Capitol.', SATURDAY),
    'Protesters plan to spend July 31 outside the Capitol.',
  );
});

test('absolutizeDates leaves a bare weekday that would fall six days back as written', () => {
  // Real demo leads: each meant the day after its article's date, not six days before.
  const cases: [string, string][] = [
    // Thursday, May 20, 2021 (New York Times)
    [
      'A cease-fire between Israel and Hamas took effect early Friday morning, hours after both sides agreed.',
      '2021-05-20T00:00:00.000Z',
    ],
    // Saturday, February 17, 2018 (NPR, "Updated Feb. 18")
    ['President Trump chided his national security adviser on Sunday.', '2018-02-17T00:00:00.000Z'],
    // Thursday, November 15, 2018 (USA Today)
    ['A federal judge postponed until Friday a decision on the press pass.', '2018-11-15T00:00:00.000Z'],
    // Tuesday, March 13, 2018 (NPR)
    ["Wednesday morning, at 10 o'clock, students will walk out.", '2018-03-13T00:00:00.000Z'],
  ];
  for (const [sentence, published] of cases) assert.equal(absolutizeDates(sentence, published), sentence);
  // A week back said as such, and five days back, are still dated.
  assert.equal(absolutizeDates('Officials met last Sunday.', SATURDAY), 'Officials met on July 25.');
  assert.equal(absolutizeDates('Officials met on Monday.', SATURDAY), 'Officials met on July 26.');
});

test('"last" with a weekday one or two days back stays as written (a Townhall column of Friday, February 23, 2018)', () => {
  const friday = '2018-02-23T00:00:00.000Z';
  for (const sentence of [
    'Cameron Kasky survived the horrific shooting last Wednesday at Marjory Stoneman Douglas High School.',
    'The board met last Thursday.',
  ])
    assert.equal(absolutizeDates(sentence, friday), sentence);
  assert.equal(absolutizeDates('The board met last Monday.', friday), 'The board met on February 19.');
  assert.equal(absolutizeDates('The board met on Wednesday.', friday), 'The board met on February 21.');
});
