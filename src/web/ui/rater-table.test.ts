import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceReference } from './rater-table.tsx';

test('sourceReference links a curated ownership source by the page it names (data/ownership/curated.json)', () => {
  assert.deepEqual(sourceReference('Wikipedia, "CNN" (https://en.wikipedia.org/wiki/CNN)'), {
    label: 'Wikipedia, "CNN"',
    href: 'https://en.wikipedia.org/wiki/CNN',
  });
  // A URL with brackets of its own keeps them.
  assert.deepEqual(
    sourceReference('Wikipedia, "Vox (website)" (https://en.wikipedia.org/wiki/Vox_(website))'),
    {
      label: 'Wikipedia, "Vox (website)"',
      href: 'https://en.wikipedia.org/wiki/Vox_(website)',
    },
  );
});

test('sourceReference shows a bare URL by its host and other text as it is', () => {
  assert.deepEqual(sourceReference('https://mediabiasfactcheck.com/cnn-bias/'), {
    label: 'mediabiasfactcheck.com',
    href: 'https://mediabiasfactcheck.com/cnn-bias/',
  });
  assert.deepEqual(sourceReference('Kagi Kite media_data.json'), { label: 'Kagi Kite media_data.json' });
  assert.deepEqual(sourceReference(''), { label: '—' });
});
