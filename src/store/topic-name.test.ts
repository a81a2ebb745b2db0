import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicName } from './topic-name.ts';

test('topicName keeps the name without titles or time phrases', () => {
  assert.equal(topicName('President Joe Biden'), 'Joe Biden');
  assert.equal(topicName('President Joe Biden on Tuesday'), 'Joe Biden');
  assert.equal(topicName('Senate Majority Leader Chuck Schumer'), 'Chuck Schumer');
  assert.equal(topicName('Vice President Kamala Harris'), 'Kamala Harris');
  assert.equal(topicName('Former President Donald Trump'), 'Donald Trump');
  assert.equal(topicName('Supreme Court'), 'Supreme Court');
  assert.equal(topicName('President'), 'President');
  assert.equal(topicName('  White   House '), 'White House');
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
    '',
  ])
    assert.equal(topicName(junk), undefined, junk);
  for (const acronym of ['NATO', 'COVID', 'FBI', 'U.S.', 'GOP']) assert.equal(topicName(acronym), acronym);
});
