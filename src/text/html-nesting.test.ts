import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlNestingDepth } from './html-nesting.ts';

test('htmlNestingDepth counts nested elements, not void ones or those whose end tag may be left out', () => {
  assert.equal(htmlNestingDepth('plain text'), 0);
  assert.equal(htmlNestingDepth('<div><section><span>a</span></section></div>'), 3);
  assert.equal(htmlNestingDepth('<div><br><img src="x"><hr/><span/>a</div>'), 1);
  // An old page's unclosed paragraphs and list items do not nest.
  assert.equal(htmlNestingDepth(`<div>${'<p>para '.repeat(500)}<ul>${'<li>item'.repeat(500)}</ul></div>`), 2);
  assert.equal(htmlNestingDepth('</div></div><b>x</b>'), 1, 'stray end tags do not go below zero');
});

test('htmlNestingDepth stops counting at stopAt, so a hostile page costs one short scan', () => {
  const deep = `${'<x>'.repeat(300_000)}hi${'</x>'.repeat(300_000)}`;
  assert.equal(htmlNestingDepth(deep, 256), 256);
  assert.equal(htmlNestingDepth(deep), 300_000);
});
