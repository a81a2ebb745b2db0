import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ArticleRating, aggregateArticleRatings } from './aggregate-article-ratings.ts';

const outletOfUrl = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const outletOfName = (name: string) =>
  ({ 'Associated Press': 'apnews.com', 'Washington Times': 'washingtontimes.com' })[name];

function article(url: string, sourceName: string, value: string, date: string): ArticleRating {
  return { url, sourceName, value, date };
}

describe('aggregateArticleRatings', () => {
  it('gives each outlet the value most of its articles carry, dated by the latest of them', () => {
    const ratings = aggregateArticleRatings(
      [
        article('https://www.washingtontimes.com/a', 'Washington Times', 'right', '2019-01-01'),
        article('https://www.washingtontimes.com/b', 'Washington Times', 'right', '2020-03-01'),
        article('https://www.washingtontimes.com/c', 'Andrew Napolitano', 'center', '2020-05-01'),
      ],
      outletOfUrl,
      outletOfName,
    );
    const wt = ratings.get('washingtontimes.com');
    assert.deepEqual(
      [wt?.value, wt?.asOf, wt?.count, wt?.total, wt?.first, wt?.last],
      ['right', '2020-03-01', 2, 3, '2019-01-01', '2020-05-01'],
    );
    assert.deepEqual(wt?.names, ['Washington Times', 'Andrew Napolitano']);
  });

  it("does not count guest writers, opinion columns, or another outlet's name", () => {
    const ratings = aggregateArticleRatings(
      [
        article('https://www.washingtontimes.com/a', 'Associated Press', 'center', '2019-01-01'),
        article('https://www.washingtontimes.com/b', 'Guest Writer - Left', 'left', '2019-01-02'),
        article('https://www.washingtontimes.com/c', 'Washington Times Opinion', 'left', '2019-01-03'),
      ],
      outletOfUrl,
      outletOfName,
    );
    assert.equal(ratings.size, 0);
  });

  it('skips articles whose URL resolves to no outlet', () => {
    const ratings = aggregateArticleRatings(
      [article('https://www.youtube.com/watch?v=1', 'Prager University', 'right', '2019-01-01')],
      () => undefined,
      outletOfName,
    );
    assert.equal(ratings.size, 0);
  });

  it('breaks a tie in favour of the value carried most recently', () => {
    const ratings = aggregateArticleRatings(
      [
        article('https://x.com/a', 'X', 'left', '2019-01-01'),
        article('https://x.com/b', 'X', 'center', '2020-01-01'),
      ],
      outletOfUrl,
      () => undefined,
    );
    assert.equal(ratings.get('x.com')?.value, 'center');
  });
});
