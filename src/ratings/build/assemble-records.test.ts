import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRegistry } from '../registry.ts';
import { assembleRecords } from './assemble-records.ts';
import type { DatasetInfo } from './dataset-info.ts';
import { readAllsidesList } from './read-allsides-list.ts';
import { readMbfc } from './read-mbfc.ts';
import { readMediaData } from './read-media-data.ts';

const info = (rater: string, dataset: string, asOf: string): DatasetInfo => ({
  rater,
  dataset,
  asOf,
  source: dataset,
});

const mbfc = readMbfc(
  {
    date: '2026-08-19T10:00:49.597Z',
    aliases: { 'bbc.co.uk': 'bbc.com' },
    sources: [
      {
        domain: 'huffpost.com',
        name: 'HuffPost',
        url: 'https://mbfc/huffpost',
        bias: 'left',
        reporting: 'mostly-factual',
        questionable: [],
      },
      {
        domain: 'rt.com',
        name: 'RT News',
        url: 'https://mbfc/rt',
        bias: 'fake-news',
        reporting: 'very-low',
        questionable: [],
      },
      {
        domain: 'bbc.com',
        name: 'BBC News',
        url: 'https://mbfc/bbc',
        bias: 'left-center',
        reporting: 'high',
        questionable: [],
      },
      {
        domain: 'cnn.com',
        name: 'CNN',
        url: 'https://mbfc/cnn',
        bias: 'left-center',
        reporting: 'mostly-factual',
        questionable: [],
      },
      {
        domain: 'foxnews.com',
        name: 'Fox News',
        url: 'https://mbfc/fox',
        bias: 'fake-news',
        reporting: 'low',
        questionable: ['propaganda'],
      },
      {
        domain: 'lefigaro.fr',
        name: 'Le Figaro',
        url: 'https://mbfc/figaro',
        bias: 'right-center',
        reporting: 'high',
        questionable: [],
      },
      {
        domain: 'ijr.com',
        name: 'Independent Journal Review',
        url: 'https://mbfc/ijr',
        bias: 'right-center',
        reporting: 'mixed',
        questionable: [],
      },
      {
        domain: 'al.com/birmingham',
        name: 'AL Birmingham',
        url: 'https://mbfc/al',
        bias: 'center',
        reporting: 'high',
        questionable: [],
      },
      {
        domain: 'news.yahoo.com',
        name: 'Yahoo News',
        url: 'https://mbfc/yahoo',
        bias: 'left-center',
        reporting: 'mostly-factual',
        questionable: [],
      },
      {
        domain: 'latino.foxnews.com',
        name: 'Fox News Latino',
        url: 'https://mbfc/fox-latino',
        bias: 'right-center',
        reporting: 'mixed',
        questionable: [],
      },
      {
        domain: 'someone.substack.com',
        name: 'Someone',
        url: 'https://mbfc/someone',
        bias: 'right',
        reporting: 'mixed',
        questionable: [],
      },
      { domain: 'nodot', name: 'Broken', url: 'https://mbfc/x', bias: 'center', questionable: [] },
    ],
  },
  { rater: 'mbfc', dataset: 'mbfc-2026', source: 'mbfc-file' },
);

const { records, notes } = assembleRecords({
  mbfc,
  allsidesList: {
    items: readAllsidesList({
      'https://www.cnn.com/': 'left',
      'https://www.cnn.com/opinions': 'left',
      'https://www.cnn.com/business': 'left-center',
      'http://www.pbs.org/newshour/': 'center',
      'https://www.foxnews.com/': 'right',
      'https://www.allsides.com/news-source/x': 'left',
    }).items,
    info: info('allsides', 'allsides-2022', '2022-11'),
  },
  allsidesByName: {
    rows: [
      {
        news_source: 'CNN (Web News)',
        rating: 'left-center',
        type: 'News Media',
        url: 'https://allsides/cnn',
      },
      { news_source: 'CNN - Editorial', rating: 'left', type: 'News Media', url: 'https://allsides/cnn-ed' },
      { news_source: 'Daily Somewhere', rating: 'right', type: 'News Media', url: 'https://allsides/ds' },
      { news_source: 'Some Author', rating: 'right', type: 'Author', url: 'https://allsides/a' },
    ],
    info: info('allsides', 'allsides-2019', '2019-10-18'),
  },
  baly: [
    {
      rows: [
        {
          host: 'foxnews.com',
          path: '',
          homepage: 'http://www.foxnews.com',
          reference: 'https://mbfc/fox-2018',
          fact: 'mixed',
          bias: 'right',
        },
        {
          host: 'huffingtonpost.com',
          path: '',
          homepage: 'http://www.huffingtonpost.com',
          reference: 'http://mbfc/huffpost/',
          fact: 'mixed',
          bias: 'left',
        },
        {
          host: 'rt.com',
          path: '/news',
          homepage: 'https://www.rt.com/news/',
          reference: 'http://mbfc/rt',
          fact: 'low',
          bias: 'extreme-right',
        },
      ],
      info: info('baly', 'baly-2018', '2018'),
    },
  ],
  media: {
    organizations: readMediaData([
      {
        organization: 'BBC News',
        domains: ['bbc.co.uk', 'bbc.com', 'bbci.co.uk'],
        owner: 'BBC',
        typology: 'State Funded Media',
        country: 'United Kingdom',
        description: '',
      },
      {
        organization: 'Groupe Figaro',
        domains: ['lefigaro.fr', 'gala.fr'],
        owner: 'Groupe Dassault',
        typology: 'Private Media',
        country: 'France',
        description: '',
      },
      {
        organization: 'Yahoo',
        domains: ['yahoo.com'],
        owner: 'Apollo Global Management',
        typology: 'Private Media',
      },
      { organization: 'PBS', domains: ['pbs.org'], typology: 'State Funded Media' },
      {
        organization: 'Substack',
        domains: ['substack.com'],
        owner: 'Substack Inc.',
        typology: 'Private Media',
      },
    ]),
    info: info('kite', 'kite-media', '2026-05-12'),
  },
  articleSets: [
    {
      articles: [
        { url: 'https://www.cnn.com/a', sourceName: 'CNN (Web News)', value: 'left', date: '2020-01-02' },
        {
          url: 'https://ijr.org/b',
          sourceName: 'Independent Journal Review',
          value: 'right',
          date: '2020-01-03',
        },
        {
          url: 'https://ijr.com/c',
          sourceName: 'Independent Journal Review',
          value: 'right',
          date: '2020-01-04',
        },
        { url: 'https://www.dailychela.com/d', sourceName: 'Daily Chela', value: 'left', date: '2020-01-05' },
        {
          url: 'https://www.youtube.com/watch?v=e',
          sourceName: 'Prager University',
          value: 'right',
          date: '2020-01-06',
        },
      ],
      info: info('allsides', 'allsides-articles', '2020'),
      describe: (r) => `${r.count} of ${r.total}`,
    },
  ],
  curated: {
    entries: [
      {
        domain: 'cnn.com',
        owner: 'Warner Bros. Discovery',
        ownership: 'Private Media',
        asOf: '2024',
        source: 'w/CNN',
      },
      {
        domain: 'foxnews.com',
        owner: 'Fox Corporation',
        ownership: 'Private Media',
        asOf: '2024',
        source: 'w/Fox',
      },
      { domain: 'bbc.com', owner: 'Someone else', ownership: 'Private Media', asOf: '2024', source: 'w/BBC' },
      {
        domain: 'nowhere.example',
        owner: 'Nobody',
        ownership: 'Private Media',
        asOf: '2024',
        source: 'w/none',
      },
    ],
    rater: 'parallax',
    dataset: 'parallax-curated',
  },
});
const byId = new Map(records.map((r) => [r.id, r]));
const datasets = (id: string) => byId.get(id)?.ratings.map((r) => r.dataset);

describe('assembleRecords', () => {
  it('keeps every MBFC source that has a domain, with its aliases', () => {
    assert.ok(byId.has('al.com~birmingham'));
    assert.deepEqual(byId.get('bbc.com')?.domains, ['bbc.com', 'bbc.co.uk']);
    assert.ok(notes.some((n) => n.includes('nodot')));
  });

  it("uses AllSides' news rating of a host, not its opinion or section rows", () => {
    const cnn = byId.get('cnn.com')?.ratings.filter((r) => r.dataset === 'allsides-2022');
    assert.deepEqual(
      cnn?.map((r) => r.bias),
      ['left'],
    );
    assert.ok(notes.some((n) => n.includes('cnn.com/business')));
    assert.ok(byId.has('pbs.org~newshour'), 'a section of a host nobody rates is an outlet of its own');
    assert.ok(!records.some((r) => r.domains.some((d) => d.startsWith('allsides.com/'))));
  });

  it("joins Baly et al.'s rows by exact URL, then by the MBFC page their label came from, then by host", () => {
    assert.deepEqual(byId.get('huffpost.com')?.domains, ['huffpost.com', 'huffingtonpost.com']);
    assert.ok(datasets('huffpost.com')?.includes('baly-2018'));
    assert.ok(datasets('rt.com')?.includes('baly-2018'));
    assert.ok(!records.some((r) => r.id.startsWith('rt.com~') || r.id === 'huffingtonpost.com'));
  });

  it('joins ownership to one brand across domains, but not across a group of brands', () => {
    assert.equal(byId.get('bbci.co.uk')?.ratings[0]?.ownership, 'State Funded Media');
    const figaro = byId.get('lefigaro.fr')?.ratings.find((r) => r.rater === 'kite');
    const gala = byId.get('gala.fr');
    assert.equal(figaro?.owner, 'Groupe Dassault');
    assert.equal(figaro?.country, 'FR');
    assert.equal(gala?.name, 'gala.fr');
    assert.equal(gala?.ratings[0]?.owner, 'Groupe Dassault');
    assert.equal(byId.get('bbc.com')?.ratings.filter((r) => r.rater === 'kite').length, 1);
  });

  it('gives an outlet at a subdomain or section of a host Kite lists that host’s ownership, not on a platform', () => {
    const yahoo = byId.get('news.yahoo.com')?.ratings.find((r) => r.rater === 'kite');
    assert.deepEqual(
      [yahoo?.owner, yahoo?.ownership, yahoo?.note],
      ['Apollo Global Management', 'Private Media', 'ownership of yahoo.com, which this outlet is part of'],
    );
    const newshour = byId.get('pbs.org~newshour')?.ratings.find((r) => r.rater === 'kite');
    assert.equal(newshour?.ownership, 'State Funded Media');
    assert.equal(newshour?.owner, undefined);
    assert.equal(createRegistry(records).get('news.yahoo.com')?.ownership?.owner, 'Apollo Global Management');
    assert.ok(!byId.get('someone.substack.com')?.ratings.some((r) => r.rater === 'kite'));
    assert.ok(!byId.get('cnn.com')?.ratings.some((r) => r.rater === 'kite'));
  });

  it("adds Parallax's curated ownership under the data sets', and to the subdomains of its outlets", () => {
    const cnn = byId.get('cnn.com')?.ratings.filter((r) => r.owner !== undefined);
    assert.deepEqual(cnn, [
      {
        rater: 'parallax',
        dataset: 'parallax-curated',
        asOf: '2024',
        source: 'w/CNN',
        owner: 'Warner Bros. Discovery',
        ownership: 'Private Media',
      },
    ]);
    const latino = byId.get('latino.foxnews.com')?.ratings.find((r) => r.rater === 'parallax');
    assert.equal(latino?.owner, 'Fox Corporation');
    assert.equal(latino?.note, 'ownership of foxnews.com, which this outlet is part of');
    assert.ok(
      !byId.get('bbc.com')?.ratings.some((r) => r.rater === 'parallax'),
      'Kite gives the BBC an owner',
    );
    assert.ok(notes.includes('parallax-curated: bbc.com left out: kite-media gives its ownership'));
    assert.ok(notes.includes('parallax-curated: nowhere.example left out: no outlet has that domain'));
    assert.ok(!byId.has('nowhere.example'));
    assert.equal(createRegistry(records).get('cnn.com')?.ownership?.owner, 'Warner Bros. Discovery');
  });

  it('takes the AllSides ratings articles carry, learns domains from their names, skips platforms', () => {
    assert.ok(datasets('cnn.com')?.includes('allsides-articles'));
    assert.equal(byId.get('dailychela.com')?.name, 'Daily Chela');
    assert.ok(!byId.has('youtube.com'));
    assert.deepEqual(byId.get('ijr.com')?.domains, ['ijr.com', 'ijr.org']);
    assert.ok(!byId.has('ijr.org'));
  });

  it('matches the 2019 AllSides list by full name only, and not its editorial rows', () => {
    const cnn2019 = byId.get('cnn.com')?.ratings.filter((r) => r.dataset === 'allsides-2019');
    assert.deepEqual(
      cnn2019?.map((r) => [r.bias, r.source]),
      [['left-center', 'https://allsides/cnn']],
    );
    assert.ok(notes.some((n) => n.includes('Daily Somewhere')));
  });

  it('produces records the loader accepts, with Fox rated by AllSides and Baly and flagged by MBFC', () => {
    const fox = createRegistry(records).get('foxnews.com');
    assert.equal(fox?.bias?.score, 2);
    assert.deepEqual(fox?.flags, ['questionable']);
    assert.equal(fox?.factuality?.label, 'low');
  });
});
