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
    'hit',
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

test('glossMalay: reporting verbs, event nouns and time words of both spellings through their affixed forms', () => {
  // Lower-cased words as the clusterer scans them (hyphenated words are cut, "kira-kira" is two words).
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Malaysian: a fire brigade spokesman on a flood two days ago; "Kangsar" is a name and stays.
  assert.deepEqual(
    glossMalay(
      words(
        'Jurucakap bomba memaklumkan kejadian itu berlaku jam 3 pagi kelmarin apabila banjir melanda Kuala Kangsar',
      ),
    ),
    [
      'spokesman',
      'firefighter',
      'inform',
      'incident',
      'itu',
      'happen',
      'hour',
      '3',
      'morning',
      'yesterday',
      'apabila',
      'flood',
      'hit',
      'kuala',
      'kangsar',
    ],
  );
  // Indonesian: the same kind of report in Indonesian spelling and words; "Pangandaran" is a name and stays.
  assert.deepEqual(
    glossMalay(
      words(
        'Juru bicara polisi menyebutkan insiden itu dilaporkan kemarin sore setelah gelombang tinggi melanda pantai Pangandaran',
      ),
    ),
    [
      'spokesman',
      'police',
      'menyebutkan',
      'incident',
      'itu',
      'report',
      'yesterday',
      'afternoon',
      'setelah',
      'wave',
      'tinggi',
      'hit',
      'coast',
      'pangandaran',
    ],
  );
  // One meaning, two spellings: Malaysian and Indonesian forms meet on one English word.
  const pairs = [
    ['dilaporkan', 'melaporkan'],
    ['minit', 'menit'],
    ['pengesahan', 'dikonfirmasi'],
    ['penyiasatan', 'penyidikan'],
    ['kewangan', 'keuangan'],
    ['jabatan', 'dinas'],
    ['esok', 'besok'],
  ];
  for (const [malaysian, indonesian] of pairs) {
    assert.deepEqual(glossMalay([malaysian!]), glossMalay([indonesian!]), `${malaysian} / ${indonesian}`);
    assert.notDeepEqual(glossMalay([malaysian!]), [malaysian], `${malaysian} is glossed`);
  }
  // A stripped prefix must not turn a common word into a listed root: "berikan" (give) is not ber- + "ikan" (fish),
  // "kesan" (effect) not "kes" (case) + -an, "perdana" (prime) not per- + "dana" (fund).
  assert.deepEqual(glossMalay(['berikan', 'kesan']), ['berikan', 'kesan']);
  assert.deepEqual(glossMalay(['perdana']), ['prime']);
});
