import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discoverFeeds } from './discover-feeds.ts';

test('discoverFeeds finds rel=alternate feed links, resolved against <base>, without duplicates', () => {
  const html = `<!doctype html><html><head><base href="https://news.example.org/section/">
    <link rel="alternate" type="application/rss+xml" title="Main" href="../rss.xml">
    <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://news.example.org/atom">
    <link rel="alternate" type="application/feed+json" href="/feed.json">
    <link rel="alternate" type="application/rss+xml" href="../rss.xml">
    <link rel="alternate" hreflang="fr" href="/fr/">
    <link rel="stylesheet" type="text/css" href="/s.css">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
  </head><body></body></html>`;
  assert.deepEqual(discoverFeeds(html, 'https://ignored.example/'), [
    { url: 'https://news.example.org/rss.xml', type: 'application/rss+xml', title: 'Main' },
    { url: 'https://news.example.org/atom', type: 'application/atom+xml' },
    { url: 'https://news.example.org/feed.json', type: 'application/feed+json' },
  ]);
  assert.deepEqual(discoverFeeds('<p>no head at all', 'https://x.example/'), []);
});
