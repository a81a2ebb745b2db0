import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textOfHtml } from './text-of-html.ts';

test('textOfHtml reads markup and entities as text', () => {
  assert.equal(textOfHtml('Q&amp;A: <b>Rates</b>\n rise'), 'Q&A: Rates rise');
  assert.equal(textOfHtml('Plain title'), 'Plain title');
  assert.equal(textOfHtml(undefined), '');
});

test('textOfHtml leaves out what a browser does not show: scripts, styles, frames', () => {
  assert.equal(
    textOfHtml('<img src=x onerror=alert(1)>Storm <script>alert(1)</script>hits<style>b{}</style> coast'),
    'Storm hits coast',
  );
  assert.equal(
    textOfHtml('<iframe src="//evil.example"></iframe>Vote <noscript>Enable JS</noscript>count'),
    'Vote count',
  );
});
