import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeHtml } from './sanitize-html.ts';

const BASE = 'https://news.example.com/2024/06/story.html';

test('sanitizeHtml removes scripts, styles, iframes, handlers and javascript:/data: URLs', () => {
  const dirty = `<p style="color:red" onclick="steal()">Hi <script>alert(1)</script><b>there</b></p>
    <style>p{}</style><iframe src="https://evil.example/"></iframe>
    <a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>
    <img src="data:image/svg+xml;base64,PHN2Zz4=" onerror="x()"><svg><script>1</script></svg>
    <form action="/post"><input name="q"></form><object data="x.swf"></object>`;
  assert.equal(
    sanitizeHtml(dirty, BASE),
    `<p>Hi <b>there</b></p>
    
    <a rel="nofollow noopener noreferrer">x</a><a rel="nofollow noopener noreferrer">y</a>
    
    `,
  );
});

test('sanitizeHtml makes links and images absolute and marks links nofollow', () => {
  assert.equal(
    sanitizeHtml('<a href="/about" title="About" target="_blank" rel="opener">About</a>', BASE),
    '<a href="https://news.example.com/about" title="About" rel="nofollow noopener noreferrer">About</a>',
  );
  assert.equal(
    sanitizeHtml(
      '<img src="pic.jpg" alt="A" class="wp-image" width="10"><img data-src="/lazy.png" alt="B">',
      BASE,
    ),
    '<img src="https://news.example.com/2024/06/pic.jpg" alt="A" width="10" /><img alt="B" src="https://news.example.com/lazy.png" />',
  );
  assert.equal(sanitizeHtml('<div><span>kept text</span></div>', BASE), 'kept text');
});

// A small deterministic generator of hostile HTML (miniflux FuzzSanitizer in spirit).
function randomHtml(seed: number): string {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const tags = [
    'p',
    'div',
    'a',
    'img',
    'script',
    'style',
    'iframe',
    'b',
    'svg',
    'math',
    'textarea',
    'object',
    'span',
    'table',
    'td',
    'form',
    'input',
    'noscript',
    'template',
    'SCRIPT',
    'ScRiPt',
    'base',
    'meta',
    'link',
  ];
  const attributes = [
    'href',
    'src',
    'onclick',
    'onerror',
    'ONLOAD',
    'style',
    'class',
    'title',
    'srcset',
    'formaction',
    'xlink:href',
    'data-src',
  ];
  const values = [
    'javascript:alert(1)',
    'JaVaScRiPt:x',
    ' java\tscript:x',
    'data:text/html,<script>alert(1)</script>',
    '/rel',
    'https://ok.example/',
    '"><script>alert(1)</script>',
    'vbscript:x',
    "'onmouseover='x",
    'x" onerror="y',
  ];
  const texts = [
    'text',
    '<',
    '>',
    '&',
    '&amp;',
    '"',
    "'",
    '<!--',
    '-->',
    ']]>',
    '<![CDATA[',
    '</',
    '<scr<script>ipt>',
    '&lt;script&gt;',
    ' ',
  ];
  const parts: string[] = [];
  const length = 5 + Math.floor(random() * 40);
  for (let i = 0; i < length; i += 1) {
    const roll = random();
    if (roll < 0.45) {
      const attrs = Array.from(
        { length: Math.floor(random() * 3) },
        () => ` ${pick(attributes)}="${pick(values)}"`,
      );
      parts.push(`<${pick(tags)}${attrs.join('')}${random() < 0.1 ? '/' : ''}>`);
    } else if (roll < 0.7) parts.push(`</${pick(tags)}>`);
    else parts.push(pick(texts));
  }
  return parts.join('');
}

const countStartTags = (html: string) => (html.match(/<[a-zA-Z]/g) ?? []).length;
// The HTML parsing algorithm turns a stray </p> into <p></p> and </br> into <br>: the only end tags that
// create elements. Everything else in the output must come from a start tag of the input.
const countElementSources = (html: string) =>
  countStartTags(html) + (html.match(/<\/(p|br)\b/gi) ?? []).length;

test('sanitizeHtml property: never more tags than the input, never a script, handler or script URL', () => {
  for (let seed = 1; seed <= 2000; seed += 1) {
    const input = randomHtml(seed);
    const output = sanitizeHtml(input, BASE);
    const context = `seed ${seed}: ${input}\n→ ${output}`;
    assert.ok(countStartTags(output) <= countElementSources(input), context);
    assert.doesNotMatch(
      output,
      /<(script|style|iframe|object|svg|math|textarea|form|input|base|meta|link)\b/i,
      context,
    );
    assert.doesNotMatch(output, /<[^>]*\son[a-z]+\s*=/i, context);
    assert.doesNotMatch(output, /<[^>]*\s(href|src)="\s*(javascript|vbscript|data):/i, context);
    assert.doesNotMatch(output, /<[^>]*\sstyle=/i, context);
  }
});
