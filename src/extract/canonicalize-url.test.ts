import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalizeUrl } from './canonicalize-url.ts';

test('canonicalizeUrl strips trackers, fragments and default ports, and lower-cases the host', () => {
  assert.equal(
    canonicalizeUrl(
      'HTTPS://Ledger.Example.COM:443/2024/06/03/bridge/?utm_source=rss&utm_medium=rss&utm_campaign=bridge#respond',
    ),
    'https://ledger.example.com/2024/06/03/bridge/',
  );
  assert.equal(
    canonicalizeUrl('https://fieldnotes.example.net/a?fbclid=IwAR0abc&ref=home&gclid=1&mc_cid=2&mc_eid=3'),
    'https://fieldnotes.example.net/a?ref=home',
  );
  assert.equal(
    canonicalizeUrl('https://www.nytimes.com/2024/06/04/us/x.html?smid=tw-share&partner=rss&emc=rss'),
    'https://www.nytimes.com/2024/06/04/us/x.html',
  );
  assert.equal(canonicalizeUrl('http://example.com.:80/?id=42&page=2'), 'http://example.com/?id=42&page=2');
});

test('canonicalizeUrl resolves relative URLs and refuses what is not http(s)', () => {
  assert.equal(canonicalizeUrl('/a/b?x=1', 'https://site.example/feed'), 'https://site.example/a/b?x=1');
  assert.equal(canonicalizeUrl('javascript:alert(1)'), undefined);
  assert.equal(canonicalizeUrl('mailto:a@b.example'), undefined);
  assert.equal(canonicalizeUrl('tag:blogger.com,1999:blog-1.post-2'), undefined);
  assert.equal(canonicalizeUrl('  '), undefined);
  assert.equal(canonicalizeUrl('http://user:pw@site.example/x'), 'http://site.example/x');
});
