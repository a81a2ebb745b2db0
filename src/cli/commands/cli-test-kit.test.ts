import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captureText, runCli } from './cli-test-kit.ts';

/** A stand-in for process.stdout that records what reaches it. */
function fakeStream() {
  const received: unknown[] = [];
  const stream = {
    write: ((chunk: unknown) => {
      received.push(chunk);
      return true;
    }) as typeof process.stdout.write,
  };
  return { stream, received };
}

test('captureText collects text but lets bytes through (the test runner reports results as binary frames)', () => {
  const { stream, received } = fakeStream();
  const capture = captureText(stream);
  stream.write('stored 3 feeds\n');
  const frame = Buffer.from([0xff, 0x0f, 0, 0, 0, 1, 0x7b]);
  stream.write(frame);
  stream.write('done\n');
  capture.restore();
  stream.write('after\n');
  assert.equal(capture.text(), 'stored 3 feeds\ndone\n');
  assert.deepEqual(received, [frame, 'after\n']);
});

test('runCli returns what a command prints and its exit code, and puts stdout back', async () => {
  const write = process.stdout.write;
  const run = await runCli(['cluster']);
  assert.equal(run.code, 2);
  assert.match(run.err, /required option '--input <file>' not specified/);
  assert.equal(run.out, '');
  assert.equal(process.stdout.write, write);
});

test('parallax --version prints the package version', async () => {
  const run = await runCli(['--version']);
  assert.equal(run.code, 0);
  assert.match(run.out, /^\d+\.\d+\.\d+\n$/);
});
