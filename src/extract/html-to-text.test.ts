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
