import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cleanBody,
  cleanSentence,
  isCaption,
  isNote,
  isTeaser,
  withoutAgencyMarks,
} from './clean-sentence.ts';

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

test('cleanBody drops NPR’s headline, image chrome and update stamp before the story (demo snapshot leads)', () => {
  assert.equal(
    cleanBody(
      'Trump Blasts Allies At NATO Summit Enlarge this image toggle caption Brendan Smialowski/AFP/Getty Images ' +
        'Brendan Smialowski/AFP/Getty Images Updated at 1:03 p.m. ET President Trump on Wednesday demanded more.',
    ),
    'President Trump on Wednesday demanded more.',
  );
  assert.equal(
    cleanBody(
      'Enlarge this image toggle caption AP AP President Trump threatened Iran in a late-night tweet.',
    ),
    'President Trump threatened Iran in a late-night tweet.',
  );
  assert.equal(
    cleanBody(
      'Enlarge this image Scott Olson/Getty Images Scott Olson/Getty Images Unlike her trademark necklace, ' +
        'Barbara Bush was known for her authenticity.',
    ),
    'Unlike her trademark necklace, Barbara Bush was known for her authenticity.',
  );
  assert.equal(
    cleanBody(
      "Michael Cohen On Trump In TV Interview: 'The Man Doesn't Tell The Truth' Updated at 11:50 a.m. ET " +
        'Michael Cohen, President Trump’s onetime lawyer, says his former boss knew it was wrong.',
    ),
    'Michael Cohen, President Trump’s onetime lawyer, says his former boss knew it was wrong.',
  );
  // A sentence that merely mentions an update is left alone.
  const plain = 'The Senate updated its rules at 5 p.m. on Friday. Senators left.';
  assert.equal(cleanBody(plain), plain);
});

test('cleanSentence drops update stamps in their several forms and captions run in before a credit', () => {
  const cases: [string, string][] = [
    [
      'Updated on March 2 at 10:47 a.m. ET The White House convened a summit on the opioid epidemic.',
      'The White House convened a summit on the opioid epidemic.',
    ],
    [
      'Last updated Thursday, February 22, at noon It’s been a week since the school shooting.',
      'It’s been a week since the school shooting.',
    ],
    [
      'Update 5 p.m. ET: A judge has issued a nationwide injunction.',
      'A judge has issued a nationwide injunction.',
    ],
    [
      'Updated at 7:16 a.m. ET Sunday Iranian officials said the country will exceed the limits.',
      'Iranian officials said the country will exceed the limits.',
    ],
    [
      'Updated on Sept. 27 at 7:06 p.m. ET to reflect the latest information from federal agencies An outbreak ' +
        'of lung disease continues to spread.',
      'An outbreak of lung disease continues to spread.',
    ],
    ['Updated on Friday at 2:44 p.m. ET.', ''],
    // "ET" is a time zone; "with" is not (the stamp once ate it).
    [
      'Updated at 8:05 p.m. with Trump comments about O’Rourke at Mississippi rally.',
      'Updated at 8:05 p.m. with Trump comments about O’Rourke at Mississippi rally.',
    ],
    [
      'FBI Director Christopher Wray testifies before a Senate Intelligence Committee hearing in Washington, D.C. ' +
        '(Leah Millis/Reuters) Federal bureaucracies are insulated from effective accountability.',
      'Federal bureaucracies are insulated from effective accountability.',
    ],
    [
      'President Donald Trump speaks at the Conservative Political Action Conference (CPAC) (Joshua Roberts/Reuters) ' +
        'If the people deliberate about nothing except Trump, they are not thinking.',
      'If the people deliberate about nothing except Trump, they are not thinking.',
    ],
    [
      'Special Counsel Robert Mueller in June 2017 ((Reuters/Aaron P. Bernstein)) Gates was charged.',
      'Gates was charged.',
    ],
    [
      'The United States will donate 500 million doses of the Pfizer (PFE.N) vaccine, it said.',
      'The United States will donate 500 million doses of the Pfizer vaccine, it said.',
    ],
    [
      'Opioid pills (Photo: Mark Lennihan/AP) The scale of the crisis can be daunting.',
      'The scale of the crisis can be daunting.',
    ],
    [
      '(Photo: Getty Images / Maridav) — Recommendations are chosen by editors.',
      'Recommendations are chosen by editors.',
    ],
    // A parenthesis without a credit keeps what comes before it.
    [
      'The vote (51/49 on Tuesday) Senators then adjourned.',
      'The vote (51/49 on Tuesday) Senators then adjourned.',
    ],
  ];
  for (const [raw, expected] of cases) assert.equal(cleanSentence(raw), expected);
});

test('isCaption spots present-tense captions without a date, and isNote editors’ notes and embedded posts', () => {
  // The Iowa caucus story's summary in the demo snapshot before this rule.
  assert.ok(
    isCaption(
      'Democratic presidential candidate Senator Bernie Sanders appears at an election night rally in Des Moines, Iowa.',
    ),
  );
  assert.ok(isCaption('Devin Nunes speaks to reporters on Capitol Hill, October 2017.'));
  assert.ok(isCaption('Houston Mayor Sylvester Turner stands at right.'));
  assert.ok(!isCaption('Congress now appears likely to reach a budget deal.'));
  assert.ok(!isCaption('Sanders appears at a rally in Iowa, his campaign said on Monday.'));
  assert.ok(!isCaption('A magazine made waves on Sunday when a tweet from its account conceded the point.'));
  assert.ok(!isCaption('Wall Street is preparing for tariffs as Gary Cohn walks out of the White House.'));

  assert.ok(isNote('Correction: An earlier version of this story misstated the required threshold.'));
  assert.ok(isNote('Corrections & clarifications: A previous version of this article had the wrong date.'));
  assert.ok(isNote('Editor’s note: This story has been updated to reflect further reporting and analysis.'));
  assert.ok(isNote('Revised to include additional reaction to the sentence.'));
  assert.ok(isNote('Updated at 8:05 p.m. with Trump comments about O’Rourke at Mississippi rally.'));
  assert.ok(
    isNote(
      'Updated numbers show 52 people have been killed. — AmnestyInternational (@amnesty) May 14, 2018 UPDATE: The number rose.',
    ),
  );
  assert.ok(!isNote('The newspaper issued a correction on Tuesday after the senator complained.'));
  assert.ok(!isNote('Officials updated the count to 44 on Monday.'));
});

test('isNote tells the article speaking of itself (demo snapshot summaries before this rule)', () => {
  for (const note of [
    'This article was produced in partnership with The Sacramento Bee, which is a member of the ProPublica Local Reporting Network.',
    'This story is part of an ongoing investigation into the crisis in California’s jails.',
    'Note: This story contains graphic descriptions of violence.',
    'As of late Tuesday afternoon, Google has restored many of the Google Shopping search results discussed in this article, such as water guns.',
    '(On Friday night, after this article was published, Mr. Buttigieg’s campaign released more information.',
    'This article is published in partnership with the Marshall Project, a nonprofit news organization.',
    'Please consider supporting Press Watch by making a donation .',
  ])
    assert.ok(isNote(note), note);
  for (const report of [
    'Trump said this story is fake news and attacked the reporter.',
    'The senator said this report was wrong on every count.',
    'This story has everything: a senator, a yacht and a missing painting.',
  ])
    assert.ok(!isNote(report), report);
});

test('Reuters’ file-photo captions and credits after "File photo:" are told too', () => {
  assert.ok(isCaption('A sign is pictured at the entrance to a Planned Parenthood building in New York.'));
  assert.equal(
    cleanSentence('Tucker Carlson (File photo: Gage Skidmore) This week, Carlson generated a firestorm.'),
    'This week, Carlson generated a firestorm.',
  );
});

test('AP’s "In this … file photo" captions and Business Insider’s image button are told too', () => {
  assert.ok(
    isCaption('In this Nov. 30, 2017 file photo, American soldiers wait on the tarmac in Logar province.'),
  );
  assert.ok(isCaption('In this April 16, 2018, file photo, Sean Hannity speaks in Washington.'));
  assert.ok(!isCaption('In this election, voters turned out in record numbers.'));
  assert.ok(
    isCaption(
      'Trump now says Mueller should not testify FILE - In this March 24, 2019, file photo, special counsel Robert ' +
        'Mueller departs St. John’s Episcopal Church.',
    ),
  );
  assert.equal(
    cleanBody(
      'Zoom In Icon Arrows pointing outwards national Efforts to fully reopen the U.S. economy are faltering.',
    ),
    'Efforts to fully reopen the U.S. economy are faltering.',
  );
});

test('cleanBody drops a credit without brackets before the story', () => {
  assert.equal(
    cleanBody(
      'Melissa Joskow / Media Matters On Thursday morning, Attorney General William Barr held a press conference.',
    ),
    'On Thursday morning, Attorney General William Barr held a press conference.',
  );
  assert.equal(
    cleanBody('Reuters / Lucas Jackson Immigrants wait outside the court.'),
    'Immigrants wait outside the court.',
  );
  const plain = 'Joe Biden / Kamala Harris signs were everywhere at the rally.';
  assert.equal(cleanBody(plain), plain);
});

test('the Guardian’s archive notice, credits after a pipe or "Photo:" and cut captions go (demo snapshot leads)', () => {
  assert.equal(
    cleanBody(
      'President will not open new US embassy next month, with secretary of state Rex Tillerson likely to take his place This article is more than 1 year old This article is more than 1 year old Donald Trump has cancelled a visit to Britain.',
    ),
    'President will not open new US embassy next month, with secretary of state Rex Tillerson likely to take his place. Donald Trump has cancelled a visit to Britain.',
  );
  assert.equal(cleanBody('This article is more than 2 years old A text.'), 'A text.');
  assert.equal(
    cleanBody(
      'Trump’s bipartisan tone was born partly out of political necessity. | Win McNamee/Pool via AP Trump offers same policies.',
    ),
    '',
    'one sentence before the credit is its caption: the whole lead is page furniture',
  );
  assert.equal(
    cleanBody(
      'The Senate passed the bill. It now goes to the House. | Win McNamee/Pool via AP Trump offers same policies.',
    ),
    'The Senate passed the bill. It now goes to the House.',
  );
  assert.equal(
    cleanBody(
      "Iranian Foreign Minister Mohammad Javad Zarif. | Pavel Golovkin/AP Photo defense Iran's foreign minister threatens 'all-out war'",
    ),
    '',
  );
  assert.equal(
    cleanBody(
      'McConnell is seeking to make as few political errors as possible before November. | John Shinkle/POLITICO Elections Republicans boot their headaches until after midterms But if the House flips.',
    ),
    '',
  );
  assert.equal(
    cleanBody(
      'Photo: Brendan Smialowski/AFP via Getty Images We’re committed to keeping our readers informed.',
    ),
    'We’re committed to keeping our readers informed.',
  );
  assert.equal(
    cleanBody(
      'ill make up the border wall under construction on Thursday, Nov. 21, 2019, south of Donna, Texas./The Monitor via AP) A McAllen K-9 police officer walks past rebar.',
    ),
    'A McAllen K-9 police officer walks past rebar.',
  );
  // A pipe in a report stays.
  assert.equal(cleanBody('The vote was 51-49 | a party line.'), 'The vote was 51-49 | a party line.');
  assert.ok(
    isCaption(
      'In a Dec. 13, 2018, file photo, then-Ohio Gov. John Kasich sits for an interview with The Associated Press in Columbus.',
    ),
  );
  assert.ok(
    isCaption(
      '1 of 5 FILE - In this Tuesday, Sept. 11, 2001 file photo, Chief of Staff Andy Card whispers into the ear of President George W. Bush.',
    ),
  );
});

test('isNote spots the page’s own promotion and a newsletter’s greeting', () => {
  for (const note of [
    'Become a subscriber to support our journalists.',
    'Subscribe now.',
    'We’ve removed our paywall from essential coronavirus news stories.',
    'If you’d like to receive this briefing by email, sign up here.',
    'Good morning, I’m Tim Walker with today’s headlines.',
    'Welcome to The Hill’s Morning Report and happy Wednesday!',
  ])
    assert.ok(isNote(note), note);
  for (const report of [
    'The senator urged voters to subscribe to his views on trade.',
    'Welcome to the new normal, the governor said of the restrictions.',
    'He said it was a good morning for the markets.',
  ])
    assert.ok(!isNote(report), report);
});

test('more of what the demo snapshot showed as summaries: datelines, labels in capitals, credits, captions, a series blurb', () => {
  assert.equal(
    cleanSentence('LOS ANGELES/CHARLESTON, S.C. (Reuters) - Two men were charged on Thursday.'),
    'Two men were charged on Thursday.',
  );
  assert.equal(
    cleanSentence('Christchurch, New Zealand (AP) -- A gunman killed 49 people.'),
    'A gunman killed 49 people.',
  );
  assert.equal(
    cleanSentence('TRUMP VS CALIFORNIA, PART 89234094: The administration sued the state.'),
    'The administration sued the state.',
  );
  assert.equal(
    cleanSentence('(Pixabay) Far from proving the point, the study shows little.'),
    'Far from proving the point, the study shows little.',
  );
  assert.equal(
    cleanSentence('U.S. officials said: Talks resume Monday.'),
    'U.S. officials said: Talks resume Monday.',
  );
  for (const caption of [
    'Pro-democracy activists Agnes Chow (L) and Joshua Wong (R) speak to the press outside the court.',
    'U.S. President Donald Trump flashes a thumbs-up as he arrives at the World Economic Forum in Davos.',
    'People sit next to a screen bearing a picture of Nikki Haley addressing a session on June 6, 2017 in Geneva.',
    'Sundar Pichai, C.E.O., Google Inc. speaks at the New York Times DealBook conference on November 1, 2018 in New York City.',
  ])
    assert.ok(isCaption(caption), caption);
  for (const report of [
    'Trump said as he arrives in Davos he will meet leaders.',
    'The Senate voted on June 6, 2017, in a rare weekend session.',
  ])
    assert.ok(!isCaption(report), report);
  assert.ok(isNote('This is the second in a series of stories based on our conversations.'));
  assert.ok(isTeaser('This simple checklist will help make sure your vote counts.'));
});

test('a short place with a comma or a slash before an agency is a dateline; a Getty caption may end on "D.C."', () => {
  const cases: [string, string][] = [
    [
      'SACRAMENTO, Calif./PRINCETON, N.J. (Reuters) - California Democrats overcame quirks.',
      'California Democrats overcame quirks.',
    ],
    [
      'Al ASAD AIR BASE, Iraq (Reuters) - President Donald Trump defended his decision.',
      'President Donald Trump defended his decision.',
    ],
    [
      'Saint-Jean-de-Luz, France (CNN) Even after the summit began, talks stalled.',
      'Even after the summit began, talks stalled.',
    ],
    [
      'The report was first published by Reuters and confirmed (AP) - later.',
      'The report was first published by Reuters and confirmed (AP) - later.',
    ],
  ];
  for (const [raw, clean] of cases) assert.equal(cleanSentence(raw), clean);
  assert.ok(
    isCaption(
      'Senator Bernie Sanders introduces the Medicare for All Act of 2019 on April 9, 2019 in Washington, D.C.',
    ),
  );
});

test('AP’s captions that end on the weekday and the whole date, perhaps with the place, are told (demo snapshot)', () => {
  for (const caption of [
    'Trader Fred DeMarco works on the floor of the New York Stock Exchange, Friday, Aug. 23, 2019.',
    'People wait to apply for asylum in the United States along the border, Tuesday, July 16, 2019, in Tijuana, Mexico.',
    'Attendees illuminate their mobile telephones during a community vigil, late Wednesday, May 8, 2019, in Highlands Ranch, Colo.',
    'Students leave Lewis and Clark High School at the end of classes Friday, March 13, 2020, in Spokane, Wash.',
    'A "Banana Bloc Dance Party" gathering is held near the park on Saturday, Aug. 17, 2019, in downtown Portland, Ore.',
  ])
    assert.ok(isCaption(caption), caption);
  for (const report of [
    'The 2019 Nobel Peace Prize was given to Ethiopian Prime Minister Abiy Ahmed on Friday Oct. 11, 2019.',
    'Stocks tumbled on Wall Street on Friday.',
    'The Senate confirmed the nominee on Saturday, Oct. 6, 2018, in a 50-48 vote.',
    'Officials will announce the results on Tuesday, Nov. 3.',
  ])
    assert.ok(!isCaption(report), report);
});

test('a dateline whose place is in capitals and its state or country as written goes (demo snapshot)', () => {
  const cases: [string, string][] = [
    [
      'HANOI, Vietnam — This time around, President Trump faces higher expectations.',
      'This time around, President Trump faces higher expectations.',
    ],
    [
      'JOINT BASE ANDREWS, Maryland - President Donald Trump welcomed home three Americans.',
      'President Donald Trump welcomed home three Americans.',
    ],
    [
      'COLOMBO, Sri Lanka — Nine bombings killed nearly 300 people.',
      'Nine bombings killed nearly 300 people.',
    ],
    [
      'USA TODAY LOUISVILLE, Ky. — Criticism of Louisville Metro Police is mounting.',
      'Criticism of Louisville Metro Police is mounting.',
    ],
    ['FEMA trailers — still empty — line the road.', 'FEMA trailers — still empty — line the road.'],
    [
      'NATO allies, Britain said — Paris too — are wary.',
      'NATO allies, Britain said — Paris too — are wary.',
    ],
  ];
  for (const [raw, clean] of cases) assert.equal(cleanSentence(raw), clean);
});

test('Yahoo News 360’s "What’s happening" label before the first sentence goes (demo snapshot)', () => {
  const cases: [string, string][] = [
    [
      'What’s happening On Friday, Former Texas Rep. Beto O’Rourke announced he is ending his campaign.',
      'On Friday, Former Texas Rep. Beto O’Rourke announced he is ending his campaign.',
    ],
    [
      "What's happening: An outbreak of severe lung illness has affected more than 450 people.",
      'An outbreak of severe lung illness has affected more than 450 people.',
    ],
    [
      'What’s happening in Ukraine worries the allies, the minister said.',
      'What’s happening in Ukraine worries the allies, the minister said.',
    ],
  ];
  for (const [raw, clean] of cases) assert.equal(cleanSentence(raw), clean);
});

test('USA Today’s "Name Opinion contributor" byline before the first sentence goes (demo snapshot)', () => {
  const cases: [string, string][] = [
    [
      'Dan Schnur Opinion contributor The Democratic Party is having an identity crisis.',
      'The Democratic Party is having an identity crisis.',
    ],
    [
      'Michael J. Stern Opinion columnist During 28 years as a prosecutor, I prosecuted many cases.',
      'During 28 years as a prosecutor, I prosecuted many cases.',
    ],
    [
      'Noah Smith is a Bloomberg Opinion columnist who writes about economics.',
      'Noah Smith is a Bloomberg Opinion columnist who writes about economics.',
    ],
  ];
  for (const [raw, clean] of cases) assert.equal(cleanSentence(raw), clean);
});

test('cleanBody drops Slate’s photo caption before its credit without brackets (demo snapshot leads)', () => {
  const cases: [string, string][] = [
    [
      'President Trump aboard Air Force One on Friday, where he made he recent empty threats. NICHOLAS KAMM/Getty Images Donald Trump wants Jeff Sessions to launch an investigation.',
      'Donald Trump wants Jeff Sessions to launch an investigation.',
    ],
    [
      'Kamala Harris at the Iowa Democratic Party Liberty and Justice Celebration on Nov. 1 in Des Moines. Joshua Lott/Getty Images It was a cold January night.',
      'It was a cold January night.',
    ],
    [
      'Nancy Pelosi conducts her weekly news conference on Thursday. Tom Williams/CQ Roll Call Nancy Pelosi has at last put down the rebellion.',
      'Nancy Pelosi has at last put down the rebellion.',
    ],
    [
      'The senator spoke on Monday. Reporters asked about the AP/NORC poll.',
      'The senator spoke on Monday. Reporters asked about the AP/NORC poll.',
    ],
  ];
  for (const [raw, clean] of cases) assert.equal(cleanBody(raw), clean);
  // The promotion the credit used to hide is the page speaking to its reader.
  assert.ok(isNote('Slate is making its coronavirus coverage free for all readers.'));
});

test('withoutAgencyMarks drops the agency at a dateline and bracketed photo credits, and keeps the place', () => {
  assert.equal(
    withoutAgencyMarks('WASHINGTON (Reuters) - The Senate on Thursday confirmed William Barr.'),
    'WASHINGTON The Senate on Thursday confirmed William Barr.',
  );
  assert.equal(
    withoutAgencyMarks('PALM BEACH, Fla. (AP) — President Donald Trump said Sunday …'),
    'PALM BEACH, Fla. President Donald Trump said Sunday …',
  );
  assert.equal(
    withoutAgencyMarks('Joel Simon is the director of CPJ. (CNN) The average American journalist …'),
    'Joel Simon is the director of CPJ. The average American journalist …',
  );
  assert.equal(
    withoutAgencyMarks('Wray testifies (Leah Millis/Reuters) Federal bureaucracies are …'),
    'Wray testifies Federal bureaucracies are …',
  );
  assert.equal(
    withoutAgencyMarks('Opioid pills (Photo: Mark Lennihan/AP) The scale …'),
    'Opioid pills The scale …',
  );
  const plain = 'Rep. Duncan Hunter (R-California) spoke about the 24/7 news cycle (and AP tests).';
  assert.equal(withoutAgencyMarks(plain), plain, 'a party label and other brackets stay');
});
