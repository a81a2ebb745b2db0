import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { rewriteWithLlm } from './llm-rewriter.ts';
import { synthesizeStory } from './synthesize-story.ts';
import { readRoundups } from './testdata/roundups.ts';

// The extractive synthesis of a real roundup (DeSantis' school mask order, 2021-07-31).
const EXTRACTED = synthesizeStory(readRoundups().find((r) => r.id === 5818)!.articles);

type Handler = (body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = () => {};
let url = '';
const server = createServer((req, res) => {
  let text = '';
  req.on('data', (chunk) => {
    text += chunk;
  });
  req.on('end', () => handler(JSON.parse(text) as Record<string, unknown>, req, res));
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const options = () => ({ url, key: 'test-key', model: 'local-model', timeoutMs: 500 });

function answer(content: unknown): Handler {
  return (_body, _req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: text } }] }));
  };
}

// A faithful rewrite: shorter wording, the same citations, nothing new.
const faithful = () => ({
  title: 'DeSantis order leaves school mask decisions to parents',
  summary: EXTRACTED.summary,
  points: EXTRACTED.keyPoints.map((p) => ({ text: p.text, cite: p.articleIds })),
});

test('a valid rewrite is used, keeps its citations, and the request speaks the chat-completions API', async () => {
  let seen: { body: Record<string, unknown>; auth: string | undefined; path: string | undefined } | undefined;
  handler = (body, req, res) => {
    seen = { body, auth: req.headers.authorization, path: req.url };
    answer(faithful())(body, req, res);
  };
  const result = await rewriteWithLlm(EXTRACTED, options());
  assert.equal(result.kind, 'llm');
  assert.equal(result.synthesis.title, 'DeSantis order leaves school mask decisions to parents');
  assert.deepEqual(
    result.synthesis.keyPoints.map((p) => p.articleIds),
    EXTRACTED.keyPoints.map((p) => p.articleIds),
  );
  assert.deepEqual(result.synthesis.frames, EXTRACTED.frames);
  assert.equal(seen?.path, '/v1/chat/completions');
  assert.equal(seen?.auth, 'Bearer test-key');
  assert.equal(seen?.body.model, 'local-model');
  assert.deepEqual(seen?.body.response_format, { type: 'json_object' });
  const messages = (seen?.body.messages ?? []) as { role: string; content: string }[];
  const user = messages.find((m) => m.role === 'user')!;
  assert.deepEqual(JSON.parse(user.content).points[0].cite, EXTRACTED.keyPoints[0]!.articleIds);
});

test('a timeout falls back to the extractive result', async () => {
  handler = () => {}; // never answers
  const result = await rewriteWithLlm(EXTRACTED, { ...options(), timeoutMs: 100 });
  assert.equal(result.kind, 'extractive');
  assert.equal(result.synthesis, EXTRACTED);
  assert.match(result.kind === 'extractive' ? result.reason : '', /timed out after 100 ms/);
});

test('HTTP 500, malformed JSON, invented citations, added points and new facts all fall back', async () => {
  const cases: [Handler, RegExp][] = [
    [
      (_b, _r, res) => {
        res.writeHead(500);
        res.end('boom');
      },
      /HTTP 500/,
    ],
    [answer('{"title": "unterminated'), /not JSON/],
    [
      answer({ ...faithful(), points: [{ text: EXTRACTED.keyPoints[0]!.text, cite: [999_999] }] }),
      /outside the extraction/,
    ],
    [
      answer({ ...faithful(), points: [{ text: EXTRACTED.keyPoints[0]!.text, cite: [] }] }),
      /without citations/,
    ],
    [
      answer({
        ...faithful(),
        points: [...faithful().points, { text: 'A brand new point here.', cite: [58180] }],
      }),
      /added points/,
    ],
    [
      answer({ ...faithful(), summary: 'DeSantis signed the order on 12 March, Governor Newsom said.' }),
      /lacks: 12, March, Governor, Newsom/,
    ],
    [(_b, _r, res) => res.end('not json at all'), /request failed/],
  ];
  for (const [respond, reason] of cases) {
    handler = respond;
    const result = await rewriteWithLlm(EXTRACTED, options());
    assert.equal(result.kind, 'extractive');
    assert.match(result.kind === 'extractive' ? result.reason : '', reason);
    assert.equal(result.synthesis, EXTRACTED);
  }
});

test('an unreachable endpoint falls back', async () => {
  const result = await rewriteWithLlm(EXTRACTED, { ...options(), url: 'http://127.0.0.1:1' });
  assert.equal(result.kind, 'extractive');
  assert.match(result.kind === 'extractive' ? result.reason : '', /request failed/);
});
