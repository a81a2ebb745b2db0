import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropTemplateSentences, findTemplateSentences, normalizeSentence } from './template-sentences.ts';

// Openings as outlets wrote them in 2018–2020 (article_bias_prediction): NBC's alerts pitch, Townhall's disclaimer.
const PITCH = 'Get breaking news alerts and special reports.';
const DISCLAIMER =
  'The opinions expressed by columnists are their own and do not necessarily represent the views of Townhall.com.';

test('findTemplateSentences: a sentence opening articles under enough different headlines', () => {
  const articles = [
    { title: 'Senate passes stopgap bill', text: `${PITCH} The Senate passed a stopgap bill on Friday.` },
    { title: 'Storm hits Gulf Coast', text: `${PITCH} A storm made landfall on 12 Sept. near Mobile.` },
    { title: 'Fed holds rates', text: `The Fed held rates. ${PITCH}` },
  ];
  assert.deepEqual([...findTemplateSentences(articles, 3)], [normalizeSentence(PITCH)]);
  assert.equal(findTemplateSentences(articles, 4).size, 0, 'three articles are not four');
  const oneStory = articles.map((a) => ({ ...a, title: 'Senate passes stopgap bill' }));
  assert.equal(findTemplateSentences(oneStory, 3).size, 0, 'one article stored three times is no template');
  const short = ['Yes', 'No', 'Maybe'].map((w) => ({ title: w, text: `Trump tweeted. ${w} indeed.` }));
  assert.equal(findTemplateSentences(short, 3).size, 0, 'a repeat under four words is news or debris');
});

test('findTemplateSentences: digits are compared as "#", so a dated template is one sentence', () => {
  const articles = [1, 2, 3].map((day) => ({
    title: `Briefing ${day}`,
    text: `This is the briefing for April ${day + 10}, 2020. News ${day}.`,
  }));
  assert.deepEqual([...findTemplateSentences(articles, 3)], ['this is the briefing for april ##, ####.']);
});

test('dropTemplateSentences: the template leaves the opening, the news stays; no template, the text as it is', () => {
  const template = new Set([normalizeSentence(DISCLAIMER)]);
  const column = `${DISCLAIMER} Taxes rose again this year.  Voters noticed.`;
  assert.equal(dropTemplateSentences(column, template), 'Taxes rose again this year. Voters noticed.');
  const news = 'Taxes rose again this year.  Voters noticed.';
  assert.equal(dropTemplateSentences(news, template), news);
  assert.equal(dropTemplateSentences(column, new Set()), column);
  assert.equal(
    dropTemplateSentences(DISCLAIMER, template),
    '',
    'a text that is only template has no lead left',
  );
});
