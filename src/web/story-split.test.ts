// An operator's split (`parallax stories split`) shows at once: the story's version goes up, so its cached page and
// API answer are not served again, and the moved article's explanation says an operator moved it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger, silentProgress } from '../domain/index.ts';
import { splitStory } from '../pipeline/split-story.ts';
import type { Synthesizer } from '../pipeline/synthesize-stories.ts';
import { buildFixtureApp, DIRECTORY, RULE } from './testdata/web-fixture.ts';

// The first headline as title, nothing else: what the synthesis says is not what this test is about.
const headline: Synthesizer = ([first]) => ({
  title: first!.title,
  titleArticleIds: [first!.id],
  summary: '',
  summaryArticleIds: [],
  keyPoints: [],
  frames: [],
  entities: [],
});

test('a split story answers anew, and the new story explains its articles as moved by an operator', async () => {
  const { app, store } = await buildFixtureApp();
  try {
    const before = await app.request('/api/stories/1');
    const etag = before.headers.get('etag');
    const beforeJson = (await before.json()) as { version: number; articles: { id: number }[] };
    const blog = beforeJson.articles.at(-1)!.id;
    assert.equal((await app.request('/api/stories/1', { headers: { 'if-none-match': etag! } })).status, 304);

    const split = await splitStory(store, 1, [blog], {
      outlets: DIRECTORY,
      synthesize: headline,
      blindspot: RULE,
      logger: silentLogger,
      progress: silentProgress,
    });
    assert.deepEqual(split, { storyId: 1, newStoryId: 4, articleIds: [blog] });

    const after = await app.request('/api/stories/1', { headers: { 'if-none-match': etag! } });
    assert.equal(after.status, 200);
    const afterJson = (await after.json()) as { version: number; articles: { id: number }[] };
    assert.ok(afterJson.version > beforeJson.version);
    assert.ok(!afterJson.articles.some((a) => a.id === blog));

    const moved = (await (await app.request('/api/stories/4')).json()) as {
      title: string;
      articles: { id: number; explanation: Record<string, unknown> }[];
    };
    assert.equal(moved.title, 'What the infrastructure bill means for your town');
    assert.deepEqual(
      moved.articles.map((a) => [a.id, a.explanation]),
      [
        [
          blog,
          {
            opened_story: true,
            score: 0,
            runner_up: null,
            shared_terms: [],
            shared_entities: [],
            moved_by_operator: true,
          },
        ],
      ],
    );
    const untouched = (await (await app.request('/api/stories/1')).json()) as {
      articles: { explanation: { moved_by_operator: boolean } }[];
    };
    assert.ok(untouched.articles.every((a) => a.explanation.moved_by_operator === false));
  } finally {
    await store.close();
  }
});
