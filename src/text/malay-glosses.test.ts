import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossMalay, malayRoot } from './malay-glosses.ts';

test('malayRoot: takes affixes off until a listed root appears, restoring the letter a prefix swallowed', () => {
  assert.equal(malayRoot('bunuh'), 'bunuh');
  assert.equal(malayRoot('membunuh'), 'bunuh');
  assert.equal(malayRoot('dibunuh'), 'bunuh');
  assert.equal(malayRoot('pembunuhan'), 'bunuh');
  assert.equal(malayRoot('menembak'), 'tembak', 'men- swallowed the t');
  assert.equal(malayRoot('menyerang'), 'serang', 'meny- swallowed the s');
  assert.equal(malayRoot('serangan'), 'serang');
  assert.equal(malayRoot('ditangkap'), 'tangkap');
  assert.equal(malayRoot('penangkapan'), 'tangkap');
  assert.equal(malayRoot('melancarkan'), 'lancar');
  assert.equal(malayRoot('kerajaan'), 'kerajaan', 'a listed word wins over the root inside it (raja, king)');
  assert.equal(malayRoot('makan'), undefined, 'no listed root: not "ma" + -kan');
  assert.equal(malayRoot('constructor'), undefined, 'no lookup reaches Object.prototype');
});

test('glossMalay: listed expressions and words in English, names and unlisted words as they are', () => {
  // Berita Harian's headline on a typhoon in Japan, lower-cased as the clusterer scans it.
  assert.deepEqual(glossMalay(['empat', 'maut', 'taufan', 'nanmadol', 'landa', 'jepun']), [
    'four',
    'dead',
    'typhoon',
    'nanmadol',
    'landa',
    'japan',
  ]);
  assert.deepEqual(glossMalay(['timbalan', 'perdana', 'menteri', 'lawrence', 'wong']), [
    'deputy',
    'prime',
    'minister',
    'lawrence',
    'wong',
  ]);
  assert.deepEqual(glossMalay(['pilihan', 'raya', 'umum']), ['election', 'umum']);
  assert.deepEqual(glossMalay(['gempa', 'bumi']), ['earthquake']);
  assert.deepEqual(glossMalay([]), []);
});
