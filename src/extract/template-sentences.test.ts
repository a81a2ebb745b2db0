import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  dropPageTemplate,
  dropTemplateOpening,
  dropTemplateSentences,
  findTemplateSentences,
  normalizeSentence,
} from './template-sentences.ts';

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

test('dropTemplateOpening: template sentences of the opening paragraphs go, the rest of the body stays', () => {
  const body = `${PITCH}\n\nThe Senate passed a stopgap bill on Friday.  ${PITCH} It now goes to the House.\n\nMore later.`;
  const template = new Set([normalizeSentence(PITCH)]);
  assert.equal(
    dropTemplateOpening(body, template),
    'The Senate passed a stopgap bill on Friday. It now goes to the House.\n\nMore later.',
  );
  const untouched = 'The Senate passed a stopgap bill.\n\nIt now goes to the House.';
  assert.equal(dropTemplateOpening(untouched, template), untouched, 'nothing to drop: the same text');
  const late = `${'Word after word fills the page. '.repeat(80)}\n\n${PITCH}`;
  assert.equal(dropTemplateOpening(late, template), late, 'past the opening, a sentence is left alone');
});

test('dropPageTemplate: a lead that was template is taken again from the cleaned body', () => {
  const description = 'The Daily Example brings you the latest local news, sports and weather.';
  const page = {
    url: 'https://daily.example/news/1',
    title: 'Council approves bridge repairs',
    lead: description,
    text: `${PITCH}\n\nThe council approved the bridge repairs on Monday. Work starts in June.`,
    html: '<p>…</p>',
  };
  const template = new Set([normalizeSentence(PITCH), normalizeSentence(description)]);
  const clean = dropPageTemplate(page, template);
  assert.equal(clean.text, 'The council approved the bridge repairs on Monday. Work starts in June.');
  assert.equal(clean.lead, 'The council approved the bridge repairs on Monday. Work starts in June.');
  const summary = { ...page, lead: `${description} Repairs to the old bridge were approved.` };
  assert.equal(dropPageTemplate(summary, template).lead, 'Repairs to the old bridge were approved.');
  assert.equal(dropPageTemplate(page, new Set()), page, 'no template: the same page');
  const onlyTemplate = { ...page, text: PITCH };
  assert.equal(
    dropPageTemplate(onlyTemplate, template),
    onlyTemplate,
    'a body of template alone stays as read',
  );
});
