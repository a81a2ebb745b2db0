import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeHost } from './normalize-host.ts';
import { isPublicSuffix, registrableDomain } from './public-suffix.ts';

describe('registrableDomain', () => {
  it('stops at the public suffix', () => {
    assert.equal(registrableDomain('edition.cnn.com'), 'cnn.com');
    assert.equal(registrableDomain('news.bbc.co.uk'), 'bbc.co.uk');
    assert.equal(registrableDomain('www.smh.com.au'), 'smh.com.au');
    assert.equal(registrableDomain('news.com.au'), 'news.com.au');
    assert.equal(registrableDomain('someone.blogspot.com'), 'someone.blogspot.com');
    assert.equal(registrableDomain('t.co'), 't.co');
  });

  it('has none for suffixes and IP addresses', () => {
    for (const host of ['com', 'co.uk', 'com.au', 'blogspot.com', '127.0.0.1', '[::1]']) {
      assert.equal(registrableDomain(host), undefined, host);
    }
    assert.ok(isPublicSuffix('co.nz'));
    assert.ok(!isPublicSuffix('bbc.co'));
  });
});

describe('normalizeHost', () => {
  it('drops case, port, trailing dots and the www/m/mobile/amp and feeds/rss prefixes', () => {
    assert.equal(normalizeHost('WWW.Example.COM.'), 'example.com');
    assert.equal(normalizeHost('m.example.com:8080'), 'example.com');
    assert.equal(normalizeHost('www1.cbn.com'), 'cbn.com');
    assert.equal(normalizeHost('amp.www.example.com'), 'example.com');
    assert.equal(normalizeHost('mobile.example.co.uk'), 'example.co.uk');
    assert.equal(normalizeHost('feeds.washingtonpost.com'), 'washingtonpost.com', 'a feed host is its site');
    assert.equal(normalizeHost('rss.cnn.com'), 'cnn.com');
    assert.equal(
      normalizeHost('rss.app'),
      'rss.app',
      'a feed service on a public suffix is a site of its own',
    );
    assert.equal(normalizeHost('www.medium.com'), 'medium.com');
  });

  it('keeps a prefix that is the whole name', () => {
    assert.equal(normalizeHost('www.co.uk'), 'www.co.uk');
    assert.equal(normalizeHost('m.com'), 'm.com');
  });

  it('refuses what is not a host', () => {
    for (const host of ['', '.', 'exa mple.com', 'a..b.com', '.example.com']) {
      assert.equal(normalizeHost(host), undefined, host);
    }
  });
});
