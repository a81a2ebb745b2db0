import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homepageHref, ownershipLine } from './source-page.tsx';

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

test('ownershipLine: an owner ending on its own full stop gets no second one (curated USA Today, CBN)', () => {
  assert.equal(
    ownershipLine('Gannett Co., Inc.', 'Private Media'),
    'Owner: Gannett Co., Inc. Category: Private Media.',
  );
  assert.equal(
    ownershipLine('The Christian Broadcasting Network, Inc.', 'Non-Profit'),
    'Owner: The Christian Broadcasting Network, Inc. Category: Non-Profit.',
  );
  assert.equal(
    ownershipLine('Fox Corporation', 'Private Media'),
    'Owner: Fox Corporation. Category: Private Media.',
  );
  assert.equal(ownershipLine(undefined, 'State Funded Media'), 'Category: State Funded Media.');
  assert.equal(ownershipLine('Vox Media', undefined), 'Owner: Vox Media.');
});
