import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLabelledStream } from './parse-labelled-stream.ts';

test('parseLabelledStream reads articles and gold ids in order, skipping blank lines', () => {
  const text = [
    '{"id":"a","story":"s1","title":"T1","text":"Body","published":"2021-07-01T10:00:00Z","url":"u","outlet":"o","lang":"en"}',
    '',
    '{"id":7,"story":3,"title":"T2","published":null}',
  ].join('\n');
  const articles = parseLabelledStream(text);
  assert.equal(articles.length, 2);
  assert.deepEqual(articles[0], {
    input: {
      id: 'a',
      title: 'T1',
      text: 'Body',
      published: '2021-07-01T10:00:00Z',
      url: 'u',
      outlet: 'o',
      lang: 'en',
    },
    story: 's1',
  });
  assert.equal(articles[1]!.input.id, '7');
  assert.equal(articles[1]!.input.text, '');
  assert.equal(articles[1]!.input.published, null);
  assert.equal(articles[1]!.story, '3');
});

test('parseLabelledStream names the file and line of a malformed record', () => {
  const good = '{"id":"a","title":"T","published":null}';
  assert.throws(
    () => parseLabelledStream(`${good}\n{oops`, 'in.jsonl'),
    /cluster: in\.jsonl line 2: not valid JSON/,
  );
  assert.throws(
    () => parseLabelledStream(`${good}\n{"id":"b"}`, 'in.jsonl'),
    /line 2: "title" must be a string/,
  );
  assert.throws(
    () => parseLabelledStream('{"id":"b","title":"T","published":"yesterday"}'),
    /stream line 1: "published" must be an ISO 8601 date or null/,
  );
});

test('parseLabelledStream with requireStory refuses a line without its gold story, naming it', () => {
  const text =
    '{"id":"a","story":"s1","title":"T"}\n{"id":"b","title":"T"}\n{"id":"c","story":"","title":"T"}';
  assert.equal(parseLabelledStream(text).length, 3, 'clustering ignores gold labels');
  assert.throws(
    () => parseLabelledStream(text, 'in.jsonl', { requireStory: true }),
    /^Error: cluster: in\.jsonl line 2: "story" \(the gold story id\) is missing$/,
  );
  assert.throws(
    () => parseLabelledStream(text.split('\n')[2]!, 'in.jsonl', { requireStory: true }),
    /in\.jsonl line 1: "story"/,
  );
});

test('parseLabelledStream refuses an id that repeats an earlier line, naming both lines', () => {
  const text = [
    '{"id":"1","story":"a","title":"Senate passes bill","published":"2021-07-01T10:00:00Z"}',
    '{"id":"2","story":"a","title":"Senate passes infrastructure bill","published":"2021-07-01T10:30:00Z"}',
    '{"id":1,"story":"b","title":"Senate passes bill","published":"2021-07-01T11:00:00Z"}',
  ].join('\n');
  assert.throws(() => parseLabelledStream(text, 'day.jsonl'), {
    message: 'cluster: day.jsonl line 3: "id" "1" repeats line 1',
  });
});
