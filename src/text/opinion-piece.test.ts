import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOpinionPiece } from './opinion-piece.ts';

test('isOpinionPiece reads the section of the link', () => {
  const opinion = [
    'https://www.washingtonpost.com/opinions/2021/07/28/mask-up-get-vaccinated-cdc-stop-covid/',
    'https://www.washingtonexaminer.com/opinion/stop-listening-to-the-cdc',
    'https://www.nytimes.com/2018/01/01/opinion/the-retreat-to-tribalism.html',
    'https://www.theguardian.com/commentisfree/2021/jul/28/cdc-masks-delta',
    'https://www.foxnews.com/opinion/biden-infrastructure-bill-newt-gingrich',
    'https://nypost.com/2021/07/27/columnists/the-cdc-flip-flop/',
    'https://www.washingtonpost.com/news/global-opinions/wp/2018/03/01/trade/',
    'https://www.independent.co.uk/voices/cdc-mask-guidance-b1892011.html',
    'https://eu.usatoday.com/story/news/2018/01/12/without-shithole-countries-ej-montini-column/1028116001/',
    'HTTPS://WWW.CNN.COM/2021/07/28/OPINIONS/MASKS-CDC-DELTA/INDEX.HTML',
    // The section a link was clicked from, where its path does not say (demo snapshot links).
    'https://www.wsj.com/articles/government-wont-fix-the-semiconductor-shortage-11619649205?mod=hp_opin_pos_2',
    'https://www.nytimes.com/2020/03/05/sunday-review/democrats-immigration.html?action=click&module=Opinion&pgtype=Homepage',
  ];
  for (const url of opinion) assert.ok(isOpinionPiece({ title: 'A headline', url }), url);
  const news = [
    'https://www.cnn.com/2021/07/27/health/cdc-mask-guidance-vaccinated-people-bn/index.html',
    'https://thehill.com/policy/healthcare/565098-cdc-vaccinated-people-should-now-wear-masks',
    // A section name inside a slug or a query is no section.
    'https://www.reuters.com/world/us/supreme-court-opinion-on-abortion-leaked-2022-05-03/',
    'https://www.pewresearch.org/opinion-polls/2021/07/01/trust/',
    'https://example.com/story?section=opinion',
    'https://www.wsj.com/articles/fed-holds-rates-11623870000?mod=hp_lead_pos1',
    'not a url',
  ];
  for (const url of news) assert.equal(isOpinionPiece({ title: 'A headline', url }), false, url);
});

test('isOpinionPiece reads section labels in headlines and outlet names', () => {
  assert.ok(isOpinionPiece({ title: 'OPINION: The Retreat to Tribalism' }));
  assert.ok(isOpinionPiece({ title: 'Analysis: What the CDC reversal means' }));
  assert.ok(isOpinionPiece({ title: 'Why the mask rules keep changing | Opinion' }));
  assert.ok(isOpinionPiece({ title: 'Mask up again', outletName: 'New York Times - Opinion' }));
  // News about a court's opinion, or a poll of opinion, is news.
  assert.equal(isOpinionPiece({ title: 'Supreme Court opinion upholds Arizona voting rules' }), false);
  assert.equal(
    isOpinionPiece({ title: 'Public opinion shifts on masks, poll finds', outletName: 'CNN' }),
    false,
  );
});
