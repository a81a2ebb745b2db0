import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanScrapedTexts, dropChrome, dropHoverCards, templateSentences } from './clean-scraped-text.ts';

// Openings as Article-Bias-Prediction has them.
test('dropHoverCards: The Hill hover cards go, the name the text gives stays', () => {
  assert.equal(
    dropHoverCards(
      "President Trump Donald John TrumpKamala Harris calls for Twitter to suspend Trump account over whistleblower attacks Clinton jokes she 'never' had to tell Obama to stop tweeting MORE on Monday signed it.",
    ),
    'President Trump on Monday signed it.',
  );
  assert.equal(
    dropHoverCards(
      'Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellTrump says he will sanction Iraq Golden Globes host MORE (R-Ky.) said. Then Special counsel Robert Mueller Robert (Bob) Swan MuellerSpeier says inquiry shows strong case MORE’s report came.',
    ),
    'Senate Majority Leader Mitch McConnell (R-Ky.) said. Then Special counsel Robert Mueller’s report came.',
  );
  assert.equal(
    dropHoverCards(
      "Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to the plan Governor dresses up MORE said. When Bernie Sanders Bernie Sanders2020 Democrats push for gun control MORE spoke.",
    ),
    'Speaker Paul Ryan said. When Bernie Sanders spoke.',
    'the card may follow the full name after a space or glued to a number',
  );
  const plain = 'The iPhone maker and the MacArthur fellows said MORE than once that McConnell agreed.';
  assert.equal(dropHoverCards(plain), plain, 'camel case and a capitalised MORE alone are not a card');
});

test('dropChrome: players, share bars, banners, bylines and the repeated headline go', () => {
  assert.equal(
    dropChrome(
      'LISTEN TO ARTICLE 5:06 SHARE THIS ARTICLE Share Tweet Post Email The leaders waited.',
      'Trade war',
    ),
    'The leaders waited.',
  );
  assert.equal(
    dropChrome(
      'Share All sharing options for: A new, huge review of gun research has bad news for the NRA For decades, the government',
      'A new, huge review of gun research has bad news for the NRA',
    ),
    'For decades, the government',
  );
  assert.equal(
    dropChrome(
      'This article is more than 1 year old This article is more than 1 year old Donald Trump attacked',
      'x',
    ),
    'Donald Trump attacked',
  );
  assert.equal(
    dropChrome('David Jackson and Deirdre Shesgreen USA TODAY WASHINGTON — President Trump may', 'x'),
    'WASHINGTON — President Trump may',
  );
  assert.equal(
    dropChrome(
      'Enlarge this image toggle caption Seth Wenig/AP Seth Wenig/AP The shootings left three dead',
      'x',
    ),
    'The shootings left three dead',
  );
  assert.equal(
    dropChrome('Photographer: Al Drago/Bloomberg Photographer: Al Drago/Bloomberg The Senate voted', 'x'),
    'The Senate voted',
  );
  assert.equal(
    dropChrome('CLOSE After a week of hints, the president', 'x'),
    'After a week of hints, the president',
  );
  assert.equal(
    dropChrome('CLOSE calls were made.', 'x'),
    'CLOSE calls were made.',
    'a sentence may start with CLOSE',
  );
});

const article = (outlet: string, title: string, text: string) => ({ outlet, title, text });

test('templateSentences: an outlet repeating a sentence over four headlines has it as template; others do not', () => {
  const pitch = 'Get breaking news alerts and special reports.';
  const articles = [1, 2, 3, 4].map((i) =>
    article('nbc', `Story ${i}`, `${pitch} Event ${i} happened on day ${i}.`),
  );
  articles.push(article('other', 'Story 5', `${pitch} Event 5 happened.`));
  const template = templateSentences(articles);
  assert.deepEqual([...template.keys()], ['nbc']);
  assert.ok(template.get('nbc')!.has('get breaking news alerts and special reports.'));
  assert.ok(
    template.get('nbc')!.has('event # happened on day #.'),
    'digits are normalised: a dated template too',
  );
  const short = [1, 2, 3, 4].map((i) =>
    article(
      'hill',
      `Tweet ${i}`,
      `Trump tweeted. "${['Yes', 'No', 'Maybe', 'Never'][i - 1]} indeed," he wrote.`,
    ),
  );
  assert.equal(templateSentences(short).size, 0, 'a short repeat is news or splitting debris, not template');
  const sameTitle = [1, 2, 3, 4].map(() => article('wire', 'One story', 'The same opening, four times.'));
  assert.equal(templateSentences(sameTitle).size, 0, 'one article stored four times is not a template');
});

test('cleanScrapedTexts: template sentences leave the opening, the news stays', () => {
  const pitch = 'The opinions expressed by columnists are their own.';
  const texts = cleanScrapedTexts([
    ...[1, 2, 3, 4].map((i) => article('townhall', `Column ${i}`, `${pitch} Taxes rose ${'a'.repeat(i)}.`)),
    article('townhall', 'Column 5', pitch),
  ]);
  assert.equal(texts[0], 'Taxes rose a.');
  assert.equal(texts[4], '', 'a text that is all template has no lead');
});
