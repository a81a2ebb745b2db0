import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOpinionPiece, makeLead } from '../text/index.ts';
import { cleanHeadline } from './clean-headline.ts';
import { contentStems } from './term-vector.ts';
import { synthesizeStory } from './synthesize-story.ts';
import { readRoundups } from './testdata/roundups.ts';
import type { SynthesisArticle } from './types.ts';

const ROUNDUPS = readRoundups().filter((r) => r.articles.length > 0);
const RESULTS = new Map(ROUNDUPS.map((r) => [r.id, synthesizeStory(r.articles)]));

// Share of the shorter sentence's content words found in the other: 1 for a repeat.
function containment(a: string, b: string): number {
  const x = new Set(contentStems(a));
  const y = new Set(contentStems(b));
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  return [...small].filter((t) => large.has(t)).length / small.size;
}

test('on real roundups the title is a cleaned headline of the story and every sentence cites its articles', () => {
  for (const roundup of ROUNDUPS) {
    const ids = new Set(roundup.articles.map((a) => a.id));
    const result = RESULTS.get(roundup.id)!;
    const headlines = roundup.articles.map((a) => cleanHeadline(a.title, a.outletName));
    assert.ok(headlines.includes(result.title), `${roundup.id}: ${result.title}`);
    assert.ok(result.titleArticleIds.every((id) => ids.has(id)));
    assert.ok(result.summaryArticleIds.every((id) => ids.has(id)));
    for (const point of [...result.keyPoints, ...result.frames.flatMap((f) => f.points)]) {
      assert.ok(point.articleIds.length >= 1, `${roundup.id}: uncited point`);
      assert.ok(
        point.articleIds.every((id) => ids.has(id)),
        `${roundup.id}: cites an unknown article`,
      );
      assert.equal(new Set(point.articleIds).size, point.articleIds.length);
    }
    assert.ok(result.keyPoints.length <= 5);
  }
});

test('on real roundups no two of title, summary and points repeat each other', () => {
  for (const roundup of ROUNDUPS) {
    const result = RESULTS.get(roundup.id)!;
    const texts = [result.summary, ...result.keyPoints.map((p) => p.text)].filter((t) => t !== '');
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        assert.ok(containment(texts[i]!, texts[j]!) < 0.8, `${roundup.id}: "${texts[i]}" ~ "${texts[j]}"`);
      }
    }
  }
});

test('key points of three-sided roundups nearly always cover at least two sides when there are two points', () => {
  let checked = 0;
  const oneSided: number[] = [];
  for (const roundup of ROUNDUPS.filter((r) => r.articles.length === 3)) {
    const sideOf = new Map(roundup.articles.map((a) => [a.id, a.side]));
    const result = RESULTS.get(roundup.id)!;
    if (result.keyPoints.length < 2) continue;
    checked += 1;
    const sides = new Set(result.keyPoints.map((p) => sideOf.get(p.articleIds[0]!)));
    if (sides.size < 2) oneSided.push(roundup.id);
  }
  // One side only when no other side's sentence is showable and new (truncated snippets, repeats).
  assert.ok(checked > 150, `only ${checked} roundups had two points`);
  assert.ok(oneSided.length / checked < 0.05, `one-sided: ${oneSided.join(', ')}`);
});

test('on real roundups mixing reports and opinion pieces, title and summary come from the reports', () => {
  // 20 roundups hold both; the link's section marks most opinion pieces ("/opinions/2021/…", "/columnists/…").
  // Without links 8 titles and 4 summaries were taken from opinion pieces.
  let mixed = 0;
  let fromOpinion = 0;
  for (const roundup of ROUNDUPS) {
    const opinion = new Set(roundup.articles.filter((a) => isOpinionPiece(a)).map((a) => a.id));
    if (opinion.size === 0 || opinion.size === roundup.articles.length) continue;
    mixed += 1;
    const result = RESULTS.get(roundup.id)!;
    if (opinion.has(result.titleArticleIds[0]!)) fromOpinion += 1;
    if (opinion.has(result.summaryArticleIds[0]!)) fromOpinion += 1;
  }
  assert.ok(mixed >= 15, `${mixed} roundups mix reports and opinion pieces`);
  assert.ok(fromOpinion <= 3, `${fromOpinion} titles and summaries of ${mixed} roundups from opinion pieces`);
});

test('key points come from reports when a report offers one; an opinion piece alone still gives its points', () => {
  const report = (id: number, side: 'left' | 'right', text: string): SynthesisArticle => ({
    id,
    title: `Senate passes the infrastructure bill ${id}`,
    lead: text,
    text,
    outletId: `o${id}`,
    side,
    publishedAt: '2021-08-10T12:00:00Z',
    url: `https://news${id}.example/politics/2021/08/10/infrastructure-bill`,
  });
  const opinion: SynthesisArticle = {
    ...report(
      3,
      'left',
      'The bill is a historic win that every American will feel in their commute for decades.',
    ),
    url: 'https://news3.example/opinions/2021/08/10/infrastructure-win',
  };
  const reports = [
    report(
      1,
      'left',
      'The Senate passed the $1 trillion infrastructure bill on Tuesday by a vote of 69 to 30. The package sets aside $110 billion for roads and bridges and $65 billion for broadband internet.',
    ),
    report(
      2,
      'right',
      'Nineteen Republicans joined Democrats to pass the bill, which now goes to the House. Speaker Nancy Pelosi has said the House will not vote on it before a larger spending plan.',
    ),
  ];
  const mixed = synthesizeStory([...reports, opinion]);
  assert.ok(
    mixed.keyPoints.every((p) => p.articleIds[0] !== 3),
    mixed.keyPoints.map((p) => p.text).join('\n'),
  );
  const second =
    'Commuters in every state will see the difference within two years. Rural towns will finally get the fast broadband they were promised. Local mayors can now plan repairs that waited for a decade.';
  const alone = synthesizeStory([
    opinion,
    { ...opinion, id: 4, title: 'Opinion: the win we waited for', lead: second, text: second },
  ]);
  assert.ok(
    alone.keyPoints.length > 0,
    `a story of opinion pieces still gives a key point (summary: ${alone.summary})`,
  );
});

test('synthesis is deterministic whatever the order of the articles', () => {
  for (const roundup of ROUNDUPS.slice(0, 40)) {
    const reversed = [...roundup.articles].reverse();
    assert.deepEqual(synthesizeStory(reversed), RESULTS.get(roundup.id));
  }
});

test('a one-article story takes its cleaned headline and its lead’s first sentence', () => {
  const article: SynthesisArticle = {
    id: 7,
    title: 'OPINION: Senate passes the infrastructure bill - CNN',
    lead: 'The Senate passed a $1 trillion infrastructure bill on Tuesday with 69 votes. The House votes next.',
    outletId: 'cnn.com',
    outletName: 'CNN',
    side: 'left',
    publishedAt: '2021-08-10T20:00:00Z',
  };
  const result = synthesizeStory([article]);
  assert.equal(result.title, 'Senate passes the infrastructure bill');
  assert.equal(
    result.summary,
    'The Senate passed a $1 trillion infrastructure bill on August 10 with 69 votes.',
  );
  assert.deepEqual(result.summaryArticleIds, [7]);
  assert.deepEqual(result.frames, []);
});

test('relative days in real roundup sentences become dates', () => {
  const roundup = ROUNDUPS.find((r) => r.id === 5818)!;
  // Roundup dated Saturday 2021-07-31; the center article says DeSantis signed the order "Friday".
  const result = synthesizeStory(roundup.articles);
  const all = [result.summary, ...result.keyPoints.map((p) => p.text)].join(' ');
  assert.match(all, /July 30/);
  assert.doesNotMatch(all, /\bFriday\b/);
});

test('a story of hundreds of articles stays bounded and balanced', () => {
  const articles = ROUNDUPS.flatMap((r) => r.articles).slice(0, 400);
  const result = synthesizeStory(articles);
  assert.equal(result.keyPoints.length, 5);
  const sideOf = new Map(articles.map((a) => [a.id, a.side]));
  const sides = result.keyPoints.map((p) => sideOf.get(p.articleIds[0]!));
  for (const side of ['left', 'center', 'right'] as const) {
    assert.ok(sides.filter((s) => s === side).length <= 2, `${side} has more than its share`);
  }
});

test('frames of a multi-article topic name each side’s distinctive words and cite only that side', () => {
  const topic = ROUNDUPS.filter((r) => r.topic === 'Coronavirus').flatMap((r) => r.articles);
  assert.ok(topic.length >= 30, `only ${topic.length} coronavirus articles`);
  const sideOf = new Map(topic.map((a) => [a.id, a.side]));
  const result = synthesizeStory(topic);
  assert.deepEqual(
    result.frames.map((f) => f.side),
    ['left', 'center', 'right'],
  );
  for (const frame of result.frames) {
    assert.ok(frame.points.length >= 2 && frame.points.length <= 3);
    for (const point of frame.points)
      assert.ok(point.articleIds.every((id) => sideOf.get(id) === frame.side));
    for (const term of frame.terms) assert.ok(term.score >= 1.645);
  }
  assert.ok(result.frames.some((f) => f.terms.length > 0));
  assert.ok(result.entities.length > 0);
});

test('a story whose leads open with captions, credits and page chrome is summed up in the articles’ own words', () => {
  // Shaped on the demo snapshot's Iowa caucus story: National Review's lead is a photo caption, NPR's opens with
  // its headline, image chrome and an update stamp, Reuters' with a file-photo caption.
  const article = (id: number, lead: string, side: SynthesisArticle['side']): SynthesisArticle => ({
    id,
    title: `Iowa caucus results delayed ${id}`,
    lead,
    outletId: `outlet-${id}`,
    side,
    publishedAt: '2020-02-04T15:00:00.000Z',
  });
  const result = synthesizeStory([
    article(
      1,
      'Democratic presidential candidate Senator Bernie Sanders appears at an election night rally in Des Moines, Iowa. ' +
        'The Iowa Democratic Party blamed a coding issue in a new app for the delay in reporting caucus results.',
      'right',
    ),
    article(
      2,
      'Iowa Democratic Party: App Coding Issue To Blame For Delay Enlarge this image toggle caption Michael Zamora/NPR ' +
        'Michael Zamora/NPR Updated at 9:40 a.m. ET on Tuesday Campaigns questioned the accuracy of the partial ' +
        'results the Iowa Democratic Party released, which covered 62 percent of the precincts.',
      'left',
    ),
    article(
      3,
      'FILE PHOTO: A caucus site is pictured in Des Moines, Iowa, February 3, 2020. Pete Buttigieg led the partial ' +
        'count of the Iowa caucuses ahead of Bernie Sanders, with Elizabeth Warren third and Joe Biden fourth.',
      'center',
    ),
  ]);
  const shown = [
    result.summary,
    ...result.keyPoints.map((p) => p.text),
    ...result.frames.flatMap((f) => f.points.map((p) => p.text)),
  ];
  assert.ok(shown.length >= 3, shown.join(' | '));
  for (const text of shown) {
    assert.doesNotMatch(
      text,
      /appears at|toggle caption|Enlarge this image|Updated at|FILE PHOTO|is pictured/,
      text,
    );
  }
});

test('a podcast’s unpunctuated transcript is the summary only when no article is written in sentences', () => {
  // A podcast page whose text is an automatic transcript, one run of words without a sentence end, beside a report
  // whose first sentence is too long for a summary candidate, so the summary falls back to a lead's first sentence.
  const transcript =
    'hey everyone welcome back to the show i am your host and today we are talking about the first public ' +
    'impeachment hearings which kicked off on wednesday with testimony from bill taylor and george kent two career ' +
    'diplomats who told the house intelligence committee that the president personal lawyer ran a shadow foreign ' +
    'policy in ukraine and that the white house held up nearly four hundred million dollars in military aid until ' +
    'kyiv announced the investigations the president wanted so there is a lot to get through and we have two great ' +
    'guests joining us today who have been following every twist of this story from the very beginning';
  const podcast = (text: boolean): SynthesisArticle => ({
    id: 1,
    title: 'Impeachment hearings go public',
    lead: makeLead(transcript),
    ...(text ? { text: transcript } : {}),
    outletId: 'podcast.example',
    side: 'left',
    publishedAt: '2019-11-14T10:00:00.000Z',
  });
  const report: SynthesisArticle = {
    id: 2,
    title: 'Diplomats testify in first public impeachment hearing',
    lead:
      'Two career diplomats, William Taylor and George Kent, told the House Intelligence Committee on Wednesday, ' +
      'in the first public hearing of the impeachment inquiry into President Donald Trump, that his personal lawyer ' +
      'Rudy Giuliani had run a shadow policy in Ukraine and that nearly $400 million in military aid was withheld ' +
      'until Kyiv announced investigations.',
    outletId: 'report.example',
    side: 'center',
    publishedAt: '2019-11-14T12:00:00.000Z',
  };
  for (const text of [false, true]) {
    const result = synthesizeStory([podcast(text), report]);
    assert.match(
      result.summary,
      /^Two career diplomats, William Taylor and George Kent, told/,
      result.summary,
    );
    assert.equal(result.summaryArticleIds[0], 2);
    // Alone, its first words are all there is to say what the story is about (no empty summary).
    assert.match(synthesizeStory([podcast(text)]).summary, /^hey everyone welcome back/);
  }
});

test('a frame does not repeat the summary or a key point when its side has other sentences to show', () => {
  // All roundups of a topic as one story, for the 46 topics with six articles or more: before this rule 69 of
  // 413 frame points repeated the summary or a key point word for word.
  let points = 0;
  for (const topic of new Set(ROUNDUPS.map((r) => r.topic))) {
    const articles = ROUNDUPS.filter((r) => r.topic === topic).flatMap((r) => r.articles);
    if (articles.length < 6) continue;
    const result = synthesizeStory(articles);
    const shown = new Set([result.summary, ...result.keyPoints.map((p) => p.text)]);
    for (const point of result.frames.flatMap((f) => f.points)) {
      points += 1;
      assert.ok(!shown.has(point.text), `${topic}: "${point.text}" is shown already`);
    }
  }
  assert.ok(points > 300, `${points} frame points`);
});

test('a key point that leans on a sentence before it is taken only for a side with nothing else to say', () => {
  // The demo snapshot's story 8140 (AP, Reuters, The Daily Signal, The Epoch Times) showed "They are in Minneapolis
  // and fully prepared." as a key point.
  const article = (id: number, side: 'center' | 'right', title: string, lead: string): SynthesisArticle => ({
    id,
    title,
    lead,
    outletId: `o${id}`,
    side,
    publishedAt: '2020-05-30T00:00:00Z',
  });
  const articles = [
    article(
      1,
      'center',
      'Cities brace for increasing unrest, call in National Guard',
      'Police in riot gear prepare to advance on protesters, Saturday, May 30, 2020, in Minneapolis. Protests continued following the death of George Floyd, who died after being restrained by Minneapolis police officers on Memorial Day.',
    ),
    article(
      2,
      'center',
      "'I can't breathe' protests spread across America after Minneapolis killing",
      'NEW YORK (Reuters) - Thousands of protesters stormed the security perimeter of Barclays Center in New York as protests spread across the United States over the killing of George Floyd, a Minneapolis black man who died after being pinned by the neck under a white police officer’s knee.',
    ),
    article(
      3,
      'right',
      'The History of Presidents Using Military to Restore Order Within US',
      'The National Guard has stepped in to quell the violence in Minneapolis in the wake of riots that occurred over the death of George Floyd. The National Guard has arrived on the scene. They are in Minneapolis and fully prepared. George Floyd will not have died in vain.',
    ),
    article(
      5,
      'right',
      'Federal Officer Killed in Shooting During Protests in Oakland Is Identified',
      'A federal security officer who was shot dead outside a courthouse in Oakland during protests over the death of George Floyd was identified on Saturday as Dave Patrick Underwood.',
    ),
  ];
  const points = synthesizeStory(articles).keyPoints.map((p) => p.text);
  assert.ok(points.length > 0);
  assert.ok(!points.includes('They are in Minneapolis and fully prepared.'), points.join('\n'));
  // Where it is all a side offers beyond what is shown, the side still speaks.
  const leaning = synthesizeStory([
    articles[1]!,
    article(
      4,
      'right',
      'Guard troops arrive in Minneapolis',
      'Guard troops arrived in Minneapolis on Friday. They said the soldiers are in the city and fully prepared for the weekend.',
    ),
  ]);
  assert.ok(
    leaning.keyPoints.some((p) => p.articleIds[0] === 4),
    leaning.keyPoints.map((p) => p.text).join('\n'),
  );
});
