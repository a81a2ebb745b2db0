import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedupeDrafts } from './dedupe-drafts.ts';
import { type ItemSource, toArticleDraft } from './to-article-draft.ts';

const fetchedAt = new Date('2024-06-04T12:00:00Z');
const context = { fetchedAt, feedId: 7, outletId: 'ledger.example.com', feedLanguage: 'en-US' };
const wordpressItem: ItemSource = {
  guid: 'https://ledger.example.com/?p=48213',
  url: 'https://ledger.example.com/2024/06/03/council-approves-bridge-repair/?utm_source=rss&utm_medium=rss',
  title: 'Council approves $4.2 million bridge repair after “years of delay”',
  contentHtml:
    '<p>The city council voted 6&#8211;1 on Monday to fund repairs.</p><p><img src="/wp-content/b.jpg" onerror="x()"></p><script>bad()</script>',
  summaryHtml:
    '<p>The city council voted 6&#8211;1 on Monday to fund repairs.</p>\n<p>The post <a href="/x">Council approves bridge repair</a> appeared first on <a href="/">The Riverside Ledger</a>.</p>',
  author: 'Maria Okafor',
  published: 'Mon, 03 Jun 2024 13:45:00 +0000',
  baseUrl: 'https://ledger.example.com/2024/06/03/council-approves-bridge-repair/',
};

test('toArticleDraft normalizes an item: canonical URL, plain lead and text, UTC date, sanitized HTML', () => {
  const draft = toArticleDraft(wordpressItem, context);
  assert.ok(draft);
  assert.equal(draft.url, 'https://ledger.example.com/2024/06/03/council-approves-bridge-repair/');
  assert.equal(draft.guid, 'https://ledger.example.com/?p=48213');
  assert.equal(draft.lead, 'The city council voted 6–1 on Monday to fund repairs.'); // WordPress footer gone
  assert.equal(draft.text, 'The city council voted 6–1 on Monday to fund repairs.');
  assert.equal(draft.publishedAt, '2024-06-03T13:45:00.000Z');
  assert.equal(draft.publishedEstimated, false);
  assert.equal(draft.language, 'en');
  assert.deepEqual([draft.feedId, draft.outletId, draft.author], [7, 'ledger.example.com', 'Maria Okafor']);
  assert.equal(
    draft.html,
    '<p>The city council voted 6–1 on Monday to fund repairs.</p><p><img src="https://ledger.example.com/wp-content/b.jpg" /></p>',
  );
  assert.match(draft.contentHash, /^[0-9a-f]{40}$/);
});

test('toArticleDraft falls back sensibly: fetch time, guid link, title from text, no lead echoing the title', () => {
  const undated = toArticleDraft({ title: 'Storm closes roads', url: 'https://x.example/storm' }, context);
  assert.equal(undated?.publishedAt, fetchedAt.toISOString());
  assert.equal(undated?.publishedEstimated, true);
  assert.equal(undated?.guid, 'https://x.example/storm'); // an item without guid is known by its link
  const byGuid = toArticleDraft({ title: 'Only a guid', guid: 'https://x.example/g?utm_source=a' }, context);
  assert.equal(byGuid?.url, 'https://x.example/g');
  const untitled = toArticleDraft(
    {
      title: '',
      url: 'https://x.example/u',
      contentHtml: '<p>A linked item with no title. It points elsewhere.</p>',
    },
    context,
  );
  assert.equal(untitled?.title, 'A linked item with no title.');
  const echo = toArticleDraft(
    { title: 'Same words', url: 'https://x.example/e', summaryHtml: 'Same words' },
    context,
  );
  assert.equal(echo?.lead, '');
  assert.equal(toArticleDraft({ title: 'No link at all', guid: 'tag:x,2024:1' }, context), undefined);
  assert.equal(toArticleDraft({ title: '  ', url: 'https://x.example/empty' }, context), undefined);
  assert.equal(
    toArticleDraft({ title: 'Blogger', url: 'https://x.example/b', author: 'noreply@blogger.com' }, context)
      ?.author,
    undefined,
  );
});

test('toArticleDraft clamps dates beyond the skew and detects language when given a detector', () => {
  const future = toArticleDraft(
    { title: 'Festival', url: 'https://x.example/f', published: 'Fri, 31 Dec 2094 18:00:00 +0000' },
    context,
  );
  assert.equal(future?.publishedAt, fetchedAt.toISOString());
  const detected = toArticleDraft(
    { title: 'Stadtrat genehmigt neue Tramlinie', url: 'https://x.example/d' },
    { ...context, detectLanguage: (text, hint) => (text.includes('Stadtrat') ? 'de' : hint) },
  );
  assert.equal(detected?.language, 'de');
});

test('the content hash changes when an article is updated, not when it is merely re-polled', () => {
  const first = toArticleDraft(wordpressItem, context);
  const again = toArticleDraft(wordpressItem, { ...context, fetchedAt: new Date('2024-06-04T13:00:00Z') });
  const edited = toArticleDraft({ ...wordpressItem, title: `${wordpressItem.title} (updated)` }, context);
  assert.equal(first?.contentHash, again?.contentHash);
  assert.notEqual(first?.contentHash, edited?.contentHash);
  const undated = { title: 'No date', url: 'https://x.example/nd' };
  assert.equal(
    toArticleDraft(undated, context)?.contentHash,
    toArticleDraft(undated, { ...context, fetchedAt: new Date('2024-06-05T00:00:00Z') })?.contentHash,
  );
});

test('dedupeDrafts keeps the first draft per canonical URL and per guid within a feed', () => {
  const drafts = [
    { url: 'https://x.example/a', guid: 'g1', feedId: 1, title: 'A', lead: '' },
    { url: 'https://x.example/a', guid: 'g2', feedId: 1, title: 'A again', lead: '' },
    { url: 'https://x.example/b', guid: 'g1', feedId: 1, title: 'B with a repeated guid', lead: '' },
    { url: 'https://x.example/c', guid: 'g1', feedId: 2, title: 'Same guid, other feed', lead: '' },
  ];
  assert.deepEqual(
    dedupeDrafts(drafts).map((d) => d.title),
    ['A', 'Same guid, other feed'],
  );
});

test('toArticleDraft drops control characters, so none can pass for a search mark (U+0002, U+0003)', () => {
  const draft = toArticleDraft(
    {
      url: 'https://ledger.example.com/budget',
      title: 'Budget \u0002vote\u0003 passes\u0000',
      contentHtml: '<p>The council \u0002approved\u0003 the\u0007 budget.</p>',
      summaryHtml: 'The council \u0002approved\u0003 the budget\u001f.',
      baseUrl: 'https://ledger.example.com/',
    },
    context,
  );
  assert.ok(draft);
  assert.equal(draft.title, 'Budget vote passes');
  assert.equal(draft.lead, 'The council approved the budget.');
  assert.equal(draft.text, 'The council approved the budget.');
});
