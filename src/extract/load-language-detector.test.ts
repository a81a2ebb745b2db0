import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguageDetector } from './load-language-detector.ts';

test('the language detector names the language of headlines and leads, using the hint when unsure', async () => {
  const detect = await loadLanguageDetector();
  assert.equal(
    detect('The Senate passed a sweeping budget bill on Friday after a long night of talks.'),
    'en',
  );
  // A headline and lead in German in a feed that says English: the text wins.
  assert.equal(
    detect(
      'Neue Tramlinie genehmigt. Der Zürcher Stadtrat hat am Montag den Bau einer neuen Tramlinie durch den Kreis 5 genehmigt.',
      'en-US',
    ),
    'de',
  );
  // A bare headline that eld calls Spanish, in a feed that says English: the feed wins.
  assert.equal(detect("Man shot at Detroit's Cinco de Mayo parade", 'en'), 'en');
  assert.equal(detect('Cinco de Mayo History and Myths', 'en-GB'), 'en');
  assert.equal(
    detect('Cinco de Mayo History and Myths'),
    'es',
    "eld's own guess, why the feed's language wins",
  );
  assert.equal(detect('Le gouvernement a annoncé vendredi une nouvelle loi sur le logement.'), 'fr');
  assert.equal(detect('OK', 'pt-BR'), 'pt');
  assert.equal(detect('OK'), undefined);
  assert.equal(await loadLanguageDetector(), detect);
});
