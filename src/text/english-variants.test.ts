import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishVariant } from './english-variants.ts';

test('englishVariant: British spellings read as American ones, with the forms made from them', () => {
  const pairs: [string, string][] = [
    ['defence', 'defense'],
    ['programmes', 'programs'],
    ['centre', 'center'],
    ['centred', 'centered'],
    ['metres', 'meters'],
    ['favourite', 'favorite'],
    ['neighbourhoods', 'neighborhoods'],
    ['behavioural', 'behavioral'],
    ['labour', 'labor'],
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['criticised', 'criticized'],
    ['hospitalisations', 'hospitalizations'],
    ['realise', 'realize'],
    ['analysed', 'analyzed'],
    ['paralysed', 'paralyzed'],
    ['paediatrician', 'pediatrician'],
    ['haemorrhage', 'hemorrhage'],
    ['sceptical', 'skeptical'],
    ['manoeuvres', 'maneuvers'],
  ];
  for (const [british, american] of pairs) assert.equal(englishVariant(british), american, british);
});

test('englishVariant: abbreviations the news uses for one thing are written out', () => {
  assert.equal(englishVariant('gop'), 'republican');
  assert.equal(englishVariant('dems'), 'democrats');
  assert.equal(englishVariant('coronavirus'), 'covid');
  assert.equal(englishVariant('trln'), 'trillion');
  assert.equal(englishVariant('bn'), 'billion');
  assert.equal(englishVariant('vaxxed'), 'vaccinated');
});

test('englishVariant: words that only look like a British spelling stay as they are', () => {
  for (const word of [
    'promise',
    'surprise',
    'exercise',
    'advise',
    'emphasis',
    'analysis',
    'paralysis',
    'criticism',
    'capitalism',
    'realistic',
    'terrorist',
    'organism',
    'polaris',
    'dem', // German "the"
    'tire',
    'defense',
    'constructor', // no lookup reaches Object.prototype
  ]) {
    assert.equal(englishVariant(word), word, word);
  }
});
