import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText } from './decode-text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);

test('decodeText follows a BOM (UTF-8, UTF-16) whatever the header says', () => {
  assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9), 'text/xml; charset=iso-8859-1'), 'é');
  assert.equal(decodeText(bytes(0xff, 0xfe, 0xe9, 0x00)), 'é');
  assert.equal(decodeText(bytes(0xfe, 0xff, 0x00, 0xe9)), 'é');
});

test('decodeText trusts valid UTF-8 over a latin-1 label, and a declaration over nothing', () => {
  assert.equal(
    decodeText(ascii('<?xml version="1.0" encoding="iso-8859-1"?>é'), 'text/xml'),
    '<?xml version="1.0" encoding="iso-8859-1"?>é',
  );
  const latin1 = new Uint8Array([...ascii('<?xml version="1.0" encoding="ISO-8859-15"?>'), 0xa4]);
  assert.match(decodeText(latin1), /€$/); // 0xA4 is the euro sign in ISO-8859-15
  const koi8 = new Uint8Array([...ascii('<p>'), 0xf0, 0xd2, 0xc9]);
  assert.equal(decodeText(koi8, 'text/html; charset=koi8-r'), '<p>При');
});

test('decodeText falls back to windows-1252, curly quotes included, and ignores unknown labels', () => {
  assert.equal(decodeText(bytes(0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0xe9)), '“a” – é');
  assert.equal(decodeText(bytes(0xe9), 'text/xml; charset=x-nonsense'), 'é');
  assert.equal(decodeText('\uFEFFtext'), 'text');
});

test('decodeText keeps UTF-8 with one stray byte as UTF-8, the stray byte alone replaced', () => {
  // The audit's feed: declared UTF-8, valid but for one 0xFF; read as windows-1252 it gave "ZÃ¼rich æ—¥æœ¬".
  const body = new Uint8Array([...ascii('Zürich 日本 été '), 0xff, ...ascii(' Bürger')]);
  assert.equal(decodeText(body, 'application/rss+xml; charset=utf-8'), 'Zürich 日本 été \uFFFD Bürger');
  assert.equal(decodeText(body), 'Zürich 日本 été \uFFFD Bürger');
  // Windows-1252 text with many accents forms no UTF-8 sequence: still read as windows-1252.
  const latin = new Uint8Array([
    ...ascii('caf'),
    0xe9,
    ...ascii(' na'),
    0xef,
    ...ascii('ve '),
    0xe0,
    ...ascii(' la'),
  ]);
  assert.equal(decodeText(latin, 'text/xml; charset=utf-8'), 'café naïve à la');
});
