import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registrableDomain } from './registrable-domain.ts';

test('registrableDomain drops subdomains and keeps two-level public suffixes', () => {
  assert.equal(registrableDomain('www.nytimes.com'), 'nytimes.com');
  assert.equal(registrableDomain('rss.nytimes.com'), 'nytimes.com');
  assert.equal(registrableDomain('feeds.bbci.co.uk'), 'bbci.co.uk');
  assert.equal(registrableDomain('www.abc.net.au'), 'abc.net.au');
  assert.equal(registrableDomain('WWW2.Example.ORG.'), 'example.org');
  assert.equal(registrableDomain('localhost'), 'localhost');
  assert.equal(registrableDomain('127.0.0.1'), '127.0.0.1');
});
