import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyTopicNames, surnameOf, topicName } from './topic-name.ts';

test('topicName keeps the name without titles or time phrases', () => {
  assert.equal(topicName('President Joe Biden'), 'Joe Biden');
  assert.equal(topicName('President Joe Biden on Tuesday'), 'Joe Biden');
  assert.equal(topicName('Senate Majority Leader Chuck Schumer'), 'Chuck Schumer');
  assert.equal(topicName('Vice President Kamala Harris'), 'Kamala Harris');
  assert.equal(topicName('Former President Donald Trump'), 'Donald Trump');
  assert.equal(topicName('Supreme Court'), 'Supreme Court');
  assert.equal(topicName('  White   House '), 'White House');
  assert.equal(topicName('U.S. President Donald Trump'), 'Donald Trump');
});

test('topicName drops datelines, credits, months and web addresses, and keeps short acronyms', () => {
  for (const junk of [
    'REUTERS',
    'WASHINGTON',
    'NEW YORK',
    'LISTEN TO ARTICLE',
    'Getty Images',
    'AFP',
    'Jan',
    'Sept.',
    'Townhall.com',
    'President',
    'Calif',
    'Trump Donald John TrumpGOP',
    'Trump Donald John TrumpTrump',
    'Trump Donald John Trump',
    "I'm",
    'I’ve',
    'AP Photo',
    'Share All',
    // party and state tags, adjectives made of names, lone adjectives (as the demo snapshot's leads give them)
    'D-Calif',
    'R-KY',
    'I-VT',
    'Obama-era',
    'Saudi-led',
    'Black',
    'Christian',
    'State',
    'North Korean',
    'African American',
    'Semitic',
    '',
  ])
    assert.equal(topicName(junk), undefined, junk);
  for (const acronym of ['NATO', 'FBI', 'FEMA']) assert.equal(topicName(acronym), acronym);
});

test('topicName drops the states datelines abbreviate, and keeps the acronyms spelt like them', () => {
  for (const dateline of ['Mich.', 'Mich', 'Va.', 'Ga', 'Pa.', 'Ariz', 'Wash.', 'La.'])
    assert.equal(topicName(dateline), undefined, dateline);
  for (const acronym of ['VA', 'LA', 'PA']) assert.equal(topicName(acronym), acronym);
  assert.deepEqual(storyTopicNames(['VA', 'Veterans Affairs', 'Va.']), ['VA', 'Veterans Affairs']);
});

test('topicName drops caption labels, credit pools, share widgets and words cut from longer names (demo topics)', () => {
  for (const furniture of ['PHOTO', 'FILE PHOTO', 'FILE- In', 'Pool', 'Click', 'No', 'Press'])
    assert.equal(topicName(furniture), undefined, furniture);
  for (const name of ['Meet the Press', 'Noam Chomsky', 'Press Secretary Sarah Sanders'])
    assert.notEqual(topicName(name), undefined, name);
});

test('topicName joins the spellings of one topic and drops nationality adjectives', () => {
  for (const us of ['U.S.', 'U.S', 'US', 'USA', 'United States', 'America'])
    assert.equal(topicName(us), 'United States', us);
  for (const gop of ['GOP', 'Republican', 'Republicans']) assert.equal(topicName(gop), 'Republicans', gop);
  for (const dem of ['Democratic', 'Democrats']) assert.equal(topicName(dem), 'Democrats', dem);
  for (const covid of ['COVID', 'Covid-19', 'coronavirus']) assert.equal(topicName(covid), 'COVID-19', covid);
  for (const adjective of ['American', 'Chinese', 'Russian']) assert.equal(topicName(adjective), undefined);
  assert.equal(topicName('Americans'), 'Americans');
  for (const other of ['Latin America', 'Bank of America']) assert.equal(topicName(other), other);
  for (const senate of ['U.S. Senate', 'Senate']) assert.equal(topicName(senate), 'Senate', senate);
  assert.equal(topicName('U.S. Supreme Court'), 'Supreme Court');
  for (const house of ['House', 'U.S. House', 'House of Representatives'])
    assert.equal(topicName(house), 'House of Representatives', house);
  for (const other of ['White House', 'House Democrats']) assert.equal(topicName(other), other);
  for (const dc of ['D.C.', 'DC']) assert.equal(topicName(dc), 'D.C.', dc);
  // Split on the demo: "Donald J. Trump" (8 stories) beside "Donald Trump", "NRA" beside its name, "Britain" beside "UK".
  for (const trump of ['Donald J. Trump', 'Donald John Trump'])
    assert.equal(topicName(trump), 'Donald Trump', trump);
  assert.equal(topicName('Donald Trump Jr.'), 'Donald Trump Jr.');
  assert.equal(topicName('NRA'), 'National Rifle Association');
  for (const uk of ['Britain', 'Great Britain', 'U.K.']) assert.equal(topicName(uk), 'United Kingdom', uk);
  for (const nj of ['N.J.', 'New Jersey']) assert.equal(topicName(nj), 'New Jersey', nj);
  assert.equal(topicName('W.Va.'), 'West Virginia');
  for (const aca of ['ObamaCare', 'Obamacare', 'Affordable Care Act'])
    assert.equal(topicName(aca), 'Affordable Care Act', aca);
});

test('topicName joins an agency with "and" in its name to its acronym, and to the halves older syntheses kept', () => {
  for (const fda of ['FDA', 'Food and Drug Administration', 'Drug Administration'])
    assert.equal(topicName(fda), 'Food and Drug Administration', fda);
  for (const cdc of ['CDC', 'Centers for Disease Control', 'Centers for Disease Control and Prevention'])
    assert.equal(topicName(cdc), 'Centers for Disease Control and Prevention', cdc);
  for (const ice of ['ICE', 'Customs Enforcement'])
    assert.equal(topicName(ice), 'Immigration and Customs Enforcement', ice);
  for (const half of ['Food', 'Immigration']) assert.equal(topicName(half), undefined, half);
});

test('topicName takes off a title and mends a scraped apostrophe', () => {
  assert.equal(topicName('Special Counsel Robert Mueller'), 'Robert Mueller');
  assert.equal(topicName('Beto O’ Rourke'), 'Beto O’Rourke');
  assert.equal(topicName("Beto O'Rourke"), "Beto O'Rourke");
});

test('storyTopicNames folds a surname into the full name the story gives, and keeps order without repeats', () => {
  assert.deepEqual(storyTopicNames(['Trump', 'President Donald Trump', 'GOP', 'Republicans', 'Biden']), [
    'Donald Trump',
    'Republicans',
    'Biden',
  ]);
  // A surname with no full name beside it stays; a one-word name that is no one's surname stays too.
  assert.deepEqual(storyTopicNames(['Pelosi', 'Texas', 'Greg Abbott']), ['Pelosi', 'Texas', 'Greg Abbott']);
});

test("surnameOf finds the surname of a person's full name, and nothing in places, institutions or junk", () => {
  assert.equal(surnameOf('Donald Trump'), 'Trump');
  assert.equal(surnameOf("Beto O'Rourke"), "O'Rourke");
  assert.equal(surnameOf('Mitch McConnell'), 'McConnell');
  assert.equal(surnameOf('Alexandria Ocasio-Cortez'), 'Ocasio-Cortez');
  assert.equal(surnameOf('George H. Bush'), 'Bush');
  for (const other of [
    'White House',
    'Trump White House',
    'West Virginia',
    "Robert Mueller's Russia",
    'Trump Donald John TrumpGOP',
    'Trump',
    'FBI Director Wray',
    'Democratic National Committee Chair',
  ])
    assert.equal(surnameOf(other), undefined, other);
});
