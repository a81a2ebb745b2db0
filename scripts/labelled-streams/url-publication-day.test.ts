import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlPublicationDay } from './url-publication-day.ts';

// Real article links of the AllSides roundups (2021).
test('url publication day: the shapes news sites use', () => {
  const cases: [string, string][] = [
    [
      'https://www.cnn.com/2021/07/30/politics/biden-justice-department-olc-trump-tax-returns-house/index.html',
      '2021-07-30',
    ],
    ['https://www.vox.com/2021/7/17/22581276/federal-judge-andrew-hanen-daca-ruling', '2021-07-17'],
    [
      'https://www.theguardian.com/us-news/2021/jul/20/anthony-fauci-rand-paul-coronavirus-research',
      '2021-07-20',
    ],
    [
      'https://www.washingtontimes.com/news/2021/jul/28/we-have-votes-schumer-barrels-towards-vote-12-tril/',
      '2021-07-28',
    ],
    [
      'https://www.reuters.com/world/us/biden-federal-worker-vaccination-push-affect-millions-2021-07-29/',
      '2021-07-29',
    ],
    [
      'https://www.cbsnews.com/news/haitian-president-jovenel-moise-assassinated-at-home-2021-07-07/',
      '2021-07-07',
    ],
    [
      'https://www.bloomberg.com/news/articles/2021-07-22/u-s-initial-unemployment-claims-rose-unexpectedly-last-week?srnd=premium',
      '2021-07-22',
    ],
    [
      'https://www.chicagotribune.com/coronavirus/ct-memorial-day-veterans-covid-deaths-20210531-kfcqvgg56vc2xepcn7gn7pbfuq-story.html',
      '2021-05-31',
    ],
    [
      'https://www.usatoday.com/story/news/politics/2021/06/30/donald-rumsfeld-former-presidents-more-react-his-death/7811675002/',
      '2021-06-30',
    ],
  ];
  for (const [url, day] of cases) assert.equal(urlPublicationDay(url), day, url);
});

test('url publication day: a month alone, an id, a query or a bad date give none', () => {
  for (const url of [
    'https://slate.com/news-and-politics/2021/07/shootings-united-states-july-4-weekend-gun-violence.html',
    'https://www.businessinsider.com/desantis-signs-bill-block-school-mask-mandates-2021-7',
    'https://www.wsj.com/articles/us-gdp-economic-growth-first-quarter-2021-11627508180?mod=hp_lead_pos1',
    'https://thehill.com/homenews/administration/562026-hhs-secretary-it-is-absolutely-the-governments-business-to-know',
    'https://example.com/story?date=2021-07-01',
    'https://example.com/2021/06/31/no-such-day/',
    'https://example.com/2021/13/01/no-such-month/',
    'not a url',
    '',
  ]) {
    assert.equal(urlPublicationDay(url), undefined, url);
  }
});
