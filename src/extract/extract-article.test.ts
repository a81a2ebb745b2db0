import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractArticle } from './extract-article.ts';
import { mergeFullText, needsFullText } from './merge-full-text.ts';
import { toArticleDraft } from './to-article-draft.ts';

const page = readFileSync(join(import.meta.dirname, 'testdata', 'news-article.html'), 'utf8');
const fetchedUrl =
  'https://www.northerncourier.example.co.uk/news/2024/jun/04/rail-funding-deal?CMP=rss&utm_source=feed';

test('extractArticle reads the article body and what the page says about itself', () => {
  const article = extractArticle(page, fetchedUrl);
  assert.ok(article);
  assert.equal(article.url, 'https://www.northerncourier.example.co.uk/news/2024/jun/04/rail-funding-deal');
  assert.equal(article.title, 'Ministers agree rail funding deal after months of talks');
  assert.equal(article.publishedAt, '2024-06-04T06:30:00.000Z');
  assert.equal(article.language, 'en');
  assert.equal(article.author, 'Priya Natarajan');
  assert.match(article.lead, /^The agreement gives regional operators £2\.1bn over five years/);
  assert.match(article.text, /Ministers have agreed a funding deal/);
  assert.match(article.text, /enter service in 2026/);
  assert.doesNotMatch(article.text, /Most read|Comments \(212\)|We use cookies|Privacy/);
  assert.doesNotMatch(article.html, /<script|<iframe|onload|javascript:/);
  assert.match(
    article.html,
    /src="https:\/\/www\.northerncourier\.example\.co\.uk\/img\/2024\/06\/train\.jpg"/,
  );
});

test('extractArticle ignores a canonical link to another site and gives up on pages without an article', () => {
  const hijack = page.replace(
    'href="https://www.northerncourier.example.co.uk/news/2024/jun/04/rail-funding-deal"',
    'href="https://evil.example/steal"',
  );
  assert.equal(
    extractArticle(hijack, fetchedUrl)?.url,
    'https://www.northerncourier.example.co.uk/news/2024/jun/04/rail-funding-deal',
  );
  assert.equal(
    extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>', fetchedUrl),
    undefined,
  );
});

test('a title-only feed item needs its page; merging keeps the guid and the feed hash', () => {
  const fetchedAt = new Date('2024-06-04T12:00:00Z');
  const draft = toArticleDraft(
    { title: 'Ministers agree rail funding deal', url: fetchedUrl },
    { fetchedAt },
  );
  assert.ok(draft && needsFullText(draft));
  const article = extractArticle(page, fetchedUrl);
  assert.ok(article);
  const merged = mergeFullText(draft, article, fetchedAt);
  assert.equal(merged.url, article.url);
  assert.equal(merged.guid, draft.guid);
  assert.equal(merged.contentHash, draft.contentHash);
  assert.equal(merged.publishedAt, '2024-06-04T06:30:00.000Z');
  assert.equal(merged.publishedEstimated, false);
  assert.equal(merged.author, 'Priya Natarajan');
  assert.match(merged.text ?? '', /electrify key lines/);
  assert.equal(needsFullText(merged), false);
});

test('extractArticle refuses a page nested too deeply for Readability, with a reason', () => {
  const words = 'The council voted on Tuesday to approve the budget after a long debate. '.repeat(10);
  const nested = (depth: number) =>
    `<html><head><title>T</title></head><body>${'<div>'.repeat(depth)}<p>${words}</p>${'</div>'.repeat(depth)}</body></html>`;
  assert.ok(
    extractArticle(nested(40), 'https://news.example/a'),
    'a news page nests 20–40 levels and is read',
  );
  // 2,000 levels of div took Readability 46 s.
  assert.throws(
    () => extractArticle(nested(2000), 'https://news.example/a'),
    /nests its elements 256 levels deep/,
  );
});
