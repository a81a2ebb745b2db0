import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { locateUrl } from './locate-url.ts';
import { readOutletRecords } from './read-outlet-records.ts';
import { createRegistry } from './registry.ts';

const registry = createRegistry(readOutletRecords(join(import.meta.dirname, 'testdata', 'outlets.jsonl')));
const idOf = (url: string) => registry.match(url)?.id;

describe('Registry.match', () => {
  it('ignores www, m, mobile, amp prefixes, case, ports and trailing dots', () => {
    for (const url of [
      'https://www.cnn.com/2020/01/01/politics/x.html',
      'http://m.cnn.com/x',
      'https://mobile.cnn.com/x',
      'https://amp.cnn.com/x',
      'HTTPS://WWW.CNN.COM./X',
      'https://cnn.com:443/x',
      'cnn.com/x',
      '//www.cnn.com/x',
    ]) {
      assert.equal(idOf(url), 'cnn.com', url);
    }
  });

  it('climbs from regional and section subdomains to the outlet', () => {
    assert.equal(idOf('https://edition.cnn.com/2020/x'), 'cnn.com');
    assert.equal(idOf('https://money.cnn.com/x'), 'cnn.com');
    assert.equal(idOf('https://news.bbc.co.uk/1/hi/x.stm'), 'bbc.com');
  });

  it('prefers an exact subdomain outlet to its parent', () => {
    assert.equal(idOf('https://news.yahoo.com/x'), 'news.yahoo.com');
    assert.equal(idOf('https://www.news.yahoo.com/x'), 'news.yahoo.com');
    assert.equal(idOf('https://finance.yahoo.com/x'), 'yahoo.com');
  });

  it('never climbs past a public suffix (co.uk, com.au) or into a platform', () => {
    assert.equal(idOf('https://www.thetimes.co.uk/article/x'), 'thetimes.co.uk');
    assert.equal(idOf('https://www.othertimes.co.uk/x'), undefined);
    assert.equal(idOf('https://co.uk/x'), undefined);
    assert.equal(idOf('https://someone.blogspot.com/2020/x'), 'someone.blogspot.com');
    assert.equal(idOf('https://else.blogspot.com/2020/x'), undefined);
    assert.equal(idOf('https://onezero.medium.com/x'), undefined);
    assert.equal(idOf('https://medium.com/@someone/x'), 'medium.com');
  });

  it('knows an outlet by every domain it has (MBFC aliases such as bbc.co.uk → bbc.com)', () => {
    assert.equal(idOf('https://www.bbc.co.uk/news/x'), 'bbc.com');
    assert.equal(idOf('https://www.bbc.com/news/x'), 'bbc.com');
  });

  it('matches outlets that are a path of a host, on path-segment boundaries', () => {
    assert.equal(idOf('https://www.al.com/birmingham/2020/x.html'), 'al.com~birmingham');
    assert.equal(idOf('https://www.al.com/BIRMINGHAM'), 'al.com~birmingham');
    assert.equal(idOf('https://www.al.com/birminghamnews/x'), 'al.com');
    assert.equal(idOf('https://www.al.com/news/x'), 'al.com');
    assert.equal(
      idOf('https://www.annualreviews.org/content/journals/arplant/x'),
      'annualreviews.org~content-journals-arplant',
    );
    assert.equal(idOf('https://www.annualreviews.org/content/journals/other/x'), undefined);
    assert.equal(
      idOf('https://www.c-span.org/series/?washingtonJournal'),
      'c-span.org~series-washingtonjournal',
    );
  });

  it('unwraps AMP caches and the Google AMP viewer', () => {
    assert.equal(idOf('https://www-cnn-com.cdn.ampproject.org/c/s/www.cnn.com/2020/x.amp.html'), 'cnn.com');
    assert.equal(
      idOf('https://www-cnn-com.cdn.ampproject.org/v/s/edition.cnn.com/x?amp_js_v=0.1'),
      'cnn.com',
    );
    assert.equal(idOf('https://www-bbc-co-uk.cdn.ampproject.org/x'), 'bbc.com');
    assert.equal(idOf('https://www.google.com/amp/s/www.bbc.co.uk/news/amp/x'), 'bbc.com');
    assert.equal(locateUrl('https://a--b-example-com.cdn.ampproject.org/x')?.host, 'a-b.example.com');
  });

  it('matches IP hosts only exactly and never throws on garbage', () => {
    for (const junk of [
      '',
      '   ',
      'not a url',
      'javascript:alert(1)',
      'mailto:desk@cnn.com',
      'ftp://cnn.com/x',
      'http://',
      '://',
      'http://127.0.0.1/x',
      'http://[::1]/x',
      'http://%zz/x',
      'http://exa mple.com/',
      'https://cdn.ampproject.org/c/s/',
      `https://cnn.com/${'x'.repeat(10_000)}`,
      'http://xn--bcher-kva.example/x',
      undefined as unknown as string,
      42 as unknown as string,
    ]) {
      assert.doesNotThrow(() => registry.match(junk), String(junk));
    }
    assert.equal(idOf('http://127.0.0.1/x'), undefined);
    assert.equal(idOf('mailto:desk@cnn.com'), undefined);
  });
});

describe('Registry.matchName', () => {
  it('matches outlet names as feeds and AllSides write them', () => {
    assert.equal(registry.matchName('CNN')?.id, 'cnn.com');
    assert.equal(registry.matchName('CNN (Web News)')?.id, 'cnn.com');
    assert.equal(registry.matchName('The BBC News')?.id, 'bbc.com');
    assert.equal(registry.matchName('BBC')?.id, 'bbc.com');
    assert.equal(registry.matchName('The Times - Opinion')?.id, 'thetimes.co.uk');
    assert.equal(registry.matchName('news.yahoo.com')?.id, 'news.yahoo.com');
    assert.equal(registry.matchName('Nobody Knows This'), undefined);
    assert.equal(registry.matchName(''), undefined);
  });
});

describe('Registry.find', () => {
  it('finds by id, by domain and by URL', () => {
    assert.equal(registry.find('al.com~birmingham')?.name, 'AL.com Birmingham');
    assert.equal(registry.find('www.bbc.co.uk')?.id, 'bbc.com');
    assert.equal(registry.find('https://edition.cnn.com/x')?.id, 'cnn.com');
    assert.equal(registry.find('nowhere.example'), undefined);
  });
});
