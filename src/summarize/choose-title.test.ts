import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXPLAINS, headlineArgues } from './choose-title.ts';

test('a headline that prescribes or opens on an imperative argues (real unlabelled op-ed headlines)', () => {
  for (const headline of [
    'House Democrats must resist Trump’s infrastructure trap',
    'To beat Trump, House Democrats need to fight on policy, not just scandals',
    'The Right Should Reject Tucker Carlson’s Victimhood Populism',
    'Let’s Chill about Hate Crimes',
    'Don’t Assume Millennials and Generation Z Have Given Up on Capitalism',
    "Robert Mueller's Russia Report Is Coming Thursday. Here's What You Need To Know",
  ]) {
    assert.ok(headlineArgues(headline), headline);
  }
});

test('a headline that reports a view, a forecast or a quotation does not argue', () => {
  for (const headline of [
    "Trump says only 'highly trained' teachers should have guns to prevent school shootings",
    'Collins: New justice should not favor overturning Roe v. Wade',
    "Florida shooting survivor: 'Trump needs to listen to the screams of the children'",
    'Court Ruling Implies That Barr Must Redact Grand-Jury Info from Mueller Report',
    '6 big things the new Veterans Affairs chief will have to address',
    'Michigan primary is a must win for Bernie Sanders’ campaign',
    'Michael Flynn Was a Key Cooperator and Should Serve Little Prison Time, Mueller Says',
    'Senate passes the infrastructure bill',
    'Stop-and-frisk ruling upheld by appeals court',
  ]) {
    assert.ok(!headlineArgues(headline), headline);
  }
});

test('a headline that explains, counts or previews is told from a report (demo snapshot headlines)', () => {
  for (const headline of [
    'The asylum ban — Trump’s boldest immigration power grab yet — explained',
    '6 big things the new Veterans Affairs chief will have to address',
    '5 takeaways from the impeachment inquiry testimony of Fiona Hill',
    'What to expect during the House Judiciary Committee’s first impeachment hearing',
    'What To Watch For As Democrats Debate',
    'Here’s Why Some Think a Kanye West Presidential Run Is a Plot to Help Trump',
  ])
    assert.ok(EXPLAINS.test(headline), headline);
  for (const headline of [
    'Trump signs immigration order on asylum',
    '5 dead in Annapolis newspaper shooting',
    'What Fiona Hill told impeachment investigators',
    'Mueller files new charges against Manafort and Gates',
  ])
    assert.ok(!EXPLAINS.test(headline), headline);
});
