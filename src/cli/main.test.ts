import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { test } from 'node:test';
import { spawnParallax } from './commands/cli-test-kit.ts';

// A PostgreSQL server that asks for a SCRAM password and then waits, as a real one does for up to its
// authentication_timeout (a minute) after the client gives up.
async function scramServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let step = 0;
    socket.on('data', () => {
      step += 1;
      // AuthenticationSASL (10) naming SCRAM-SHA-256, then AuthenticationSASLContinue (11) with the server's
      // first message; the client, having no password, stops there.
      const body =
        step === 1
          ? Buffer.concat([int32(10), Buffer.from('SCRAM-SHA-256\0\0')])
          : step === 2
            ? Buffer.concat([int32(11), Buffer.from('r=abcdefghijklmnopqrstuvwxyz012345,s=c2FsdA==,i=4096')])
            : undefined;
      if (body) socket.write(Buffer.concat([Buffer.from('R'), int32(body.length + 4), body]));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `postgres://parallax@127.0.0.1:${port}/parallax`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function int32(n: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(n);
  return buffer;
}

test('a command that fails exits at once, though the PostgreSQL driver left a login socket open', async () => {
  const server = await scramServer();
  try {
    const run = spawnParallax(['feeds', 'list'], { PARALLAX_DATABASE_URL: server.url });
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 20_000);
    const { code, signal } = await run.exited;
    clearTimeout(timer);
    assert.equal(signal, null, `still running after 20 s; printed: ${run.err()}`);
    assert.equal(code, 1);
    assert.match(run.err(), /^parallax: .*password/m);
  } finally {
    await server.close();
  }
});
