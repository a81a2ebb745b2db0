import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguageDetector } from './load-language-detector.ts';

test('the language detector names the language of headlines and leads, using the hint when unsure', async () => {
  const detect = await loadLanguageDetector();
  assert.equal(
    detect('The Senate passed a sweeping budget bill on Friday after a long night of talks.'),
    'en',
  );
  assert.equal(
    detect('Der Zürcher Stadtrat hat am Montag den Bau einer neuen Tramlinie genehmigt.', 'en-US'),
    'de',
  );
  assert.equal(detect('Le gouvernement a annoncé vendredi une nouvelle loi sur le logement.'), 'fr');
  assert.equal(detect('OK', 'pt-BR'), 'pt');
  assert.equal(detect('OK'), undefined);
  assert.equal(await loadLanguageDetector(), detect);
});
