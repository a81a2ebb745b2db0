import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { createGunzip, gunzipSync } from 'node:zlib';
import { loadRegistry } from './load-registry.ts';
import { measureMatching } from './measure-matching.ts';
import { normalizeDomain } from './outlet-id.ts';

// The shipped registry against the real data the demo snapshot is made of (../shared/data beside the repo).
const ROOT = resolve(import.meta.dirname, '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const registry = loadRegistry({ dataDir: join(ROOT, 'data') });

async function lines(path: string): Promise<string[]> {
  const out: string[] = [];
  const reader = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of reader) if (line.trim() !== '') out.push(line);
  return out;
}

/**
 * The "url" values of the article file: 160 MB of JSON once unzipped, so found with a byte search instead of
 * parsing every body (inside a body the key would be escaped as \"url\").
 */
function articleUrls(path: string): string[] {
  const buffer = gunzipSync(readFileSync(path));
  const key = Buffer.from('"url": "');
  const urls: string[] = [];
  for (let at = buffer.indexOf(key); at !== -1; at = buffer.indexOf(key, at + 1)) {
    const start = at + key.length;
    urls.push(buffer.toString('utf8', start, buffer.indexOf('"', start)));
  }
  return urls;
}

describe('the shipped registry on real data', () => {
  it('resolves at least 95% of the snapshot sources’ article URLs to a rated outlet', async () => {
    const articles = articleUrls(join(SHARED, 'article_bias_prediction', 'articles_2018-2020.jsonl.gz'));
    const roundups = (
      await lines(join(SHARED, 'allsides_roundups_neus', 'roundups_2021-04_to_2021-07.jsonl.gz'))
    ).flatMap((line) =>
      Object.values(JSON.parse(line).news ?? {}).map((a) => String((a as { newsLink?: string }).newsLink)),
    );
    assert.equal(articles.length, 12_757);
    const measure = measureMatching([...articles, ...roundups], registry);
    assert.ok(measure.rated / measure.articles >= 0.95, JSON.stringify(measure));
    assert.ok(measure.matched >= measure.rated);
  });

  it('resolves every MBFC domain to the outlet that holds it', () => {
    const mbfc = JSON.parse(
      gunzipSync(readFileSync(join(SHARED, 'mbfc_ratings', 'mbfc_combined_v5.json.gz'))).toString(),
    );
    const domains = (mbfc.sources as { domain: string }[])
      .map((s) => normalizeDomain(s.domain))
      .filter((d): d is string => d?.includes('.') === true);
    const elsewhere = domains.filter((d) => !registry.match(`https://www.${d}/`)?.domains.includes(d));
    assert.deepEqual(elsewhere, []);
    assert.ok(domains.length > 9_700);
  });

  it('rates the best-known outlets as their raters do', () => {
    const expectations: [string, string, string | undefined][] = [
      ['https://www.nytimes.com/2020/01/01/us/x.html', 'left', 'high'],
      ['https://www.foxnews.com/politics/x', 'right', 'low'],
      ['https://www.reuters.com/article/x', 'center', 'very-high'],
      ['https://edition.cnn.com/2020/01/01/x', 'left', 'mostly-factual'],
      ['https://www.bbc.co.uk/news/x', 'center', 'mostly-factual'],
    ];
    for (const [url, bucket, factuality] of expectations) {
      const outlet = registry.match(url);
      assert.equal(outlet?.bias?.bucket, bucket, url);
      assert.equal(outlet?.factuality?.label, factuality, url);
    }
    assert.deepEqual(registry.match('https://www.foxnews.com/')?.flags, ['questionable']);
    assert.deepEqual(registry.match('https://www.theonion.com/x')?.flags, ['satire']);
    const science = registry.match('https://www.annualreviews.org/content/journals/arplant/1');
    assert.deepEqual([science?.bias, science?.flags], [undefined, ['pro-science']]);
  });
});
