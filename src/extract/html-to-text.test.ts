import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText } from './html-to-text.ts';

test('htmlToText keeps paragraphs apart, decodes entities and drops invisible elements', () => {
  const html = `<p>Rents rose 6&nbsp;percent &amp; wages 4&#8239;percent.</p><p>Economists<br>disagree on <b>why</b>.</p>
    <script>var x = "<p>hidden</p>";</script><style>p { color: red }</style><ul><li>One &lt;item&gt;</li><li>Two</li></ul>`;
  assert.equal(
    htmlToText(html),
    'Rents rose 6 percent & wages 4 percent.\n\nEconomists\n\ndisagree on why.\n\nOne <item>\n\nTwo',
  );
  assert.equal(htmlToText('Plain &quot;quoted&quot; text'), 'Plain "quoted" text');
  assert.equal(htmlToText(undefined), '');
});

test('htmlToText reads hostile markup in one pass: nested 300,000 deep, or "<p" without ">" over and over', () => {
  const deep = `${'<x>'.repeat(300_000)}Hello <script>alert(1)</script>&amp; <b>world</b>${'</x>'.repeat(300_000)}`;
  // Parsed, this took 140 s; past 256 levels the tags are stripped in one pass, invisible content still dropped.
  assert.equal(htmlToText(deep), 'Hello & world');
  const unclosed = '<p '.repeat(100_000);
  assert.equal(
    typeof htmlToText(unclosed),
    'string',
    'a tag pattern that read to the end at every "<" took 12 s',
  );
});
