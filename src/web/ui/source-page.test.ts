import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homepageHref } from './source-page.tsx';

test('homepageHref: a homepage without a scheme links to the outlet, not to a path on this site', () => {
  assert.equal(homepageHref('gao.gov'), 'https://gao.gov');
  assert.equal(homepageHref('en.mehrnews.com'), 'https://en.mehrnews.com');
  assert.equal(homepageHref('//example.org'), 'https://example.org');
});

test('homepageHref: an http or https homepage is linked as it is', () => {
  assert.equal(homepageHref('http://www.cnn.com'), 'http://www.cnn.com');
  assert.equal(homepageHref('https://www.foxnews.com/'), 'https://www.foxnews.com/');
  assert.equal(homepageHref('HTTPS://example.org'), 'HTTPS://example.org');
});
