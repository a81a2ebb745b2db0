import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat } from './detect-format.ts';

test('detectFormat judges by the root element after the prolog', () => {
  assert.equal(detectFormat('<?xml version="1.0"?>\n<!-- hi --><rss version="2.0"></rss>'), 'rss');
  assert.equal(detectFormat('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom"/>'), 'atom');
  assert.equal(detectFormat('<rdf:RDF xmlns:rdf="x"></rdf:RDF>'), 'rdf');
  assert.equal(detectFormat('  {"version": "https://jsonfeed.org/version/1"}'), 'json');
  assert.equal(detectFormat('<opml version="1.0"/>'), 'opml');
  assert.equal(detectFormat('<!DOCTYPE rss [<!ENTITY a "<rss>">]><rss version="2.0"/>'), 'rss');
  assert.equal(detectFormat('<!doctype html><html><body><pre>&lt;rss version="2.0"&gt;</pre>'), 'html');
  assert.equal(detectFormat('<HTML><HEAD><TITLE>x</TITLE>'), 'html');
  assert.equal(detectFormat('<?xml-stylesheet href="a.css"?><rss/>'), 'rss');
  assert.equal(detectFormat(''), 'unknown');
  assert.equal(detectFormat('<svg/>'), 'unknown');
});
