import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactUrl, redactUrlsIn } from './redact-url.ts';

test('a feed URL loses its credentials and its secret-named parameters’ values, and keeps the rest', () => {
  assert.equal(
    redactUrl('https://partner.example/rss?api_key=SECRET123&section=politics'),
    'https://partner.example/rss?api_key=…&section=politics',
  );
  assert.equal(redactUrl('https://user:hunter2@feeds.example/news.xml'), 'https://feeds.example/news.xml');
  assert.equal(
    redactUrl('https://cdn.example/feed?Signature=abc&Expires=1&access_token=t'),
    'https://cdn.example/feed?Signature=…&Expires=1&access_token=…',
  );
  assert.equal(
    redactUrl('https://s3.example/feed.xml?X-Amz-Signature=abc&apiKey=k'),
    'https://s3.example/feed.xml?X-Amz-Signature=…&apiKey=…',
  );
  for (const plain of [
    'https://www.npr.org/rss/rss.php?id=1001',
    'not a url',
    'https://example.com/feed?keyword=x',
  ])
    assert.equal(redactUrl(plain), plain);
});

test('an error message repeats no secret of the URL it names', () => {
  assert.equal(
    redactUrlsIn('fetch failed: https://partner.example/rss?api_key=SECRET123 answered 401'),
    'fetch failed: https://partner.example/rss?api_key=… answered 401',
  );
});
