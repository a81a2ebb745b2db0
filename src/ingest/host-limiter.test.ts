import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHostLimiter } from './host-limiter.ts';

test('createHostLimiter runs at most N tasks per host, other hosts unaffected, and survives failures', async () => {
  const limiter = createHostLimiter(2);
  const active: Record<string, number> = {};
  const peak: Record<string, number> = {};
  const task = (name: string, fail = false) =>
    limiter.run(name, async () => {
      const host = name.toLowerCase(); // host names are case-insensitive
      active[host] = (active[host] ?? 0) + 1;
      peak[host] = Math.max(peak[host] ?? 0, active[host] ?? 0);
      await new Promise((resolve) => setImmediate(resolve));
      active[host] = (active[host] ?? 0) - 1;
      if (fail) throw new Error('boom');
      return name;
    });
  const results = await Promise.allSettled([
    ...Array.from({ length: 5 }, (_, i) => task('a.example', i === 1)),
    ...Array.from({ length: 3 }, (_, i) => task(i === 0 ? 'B.example' : 'b.example')),
  ]);
  assert.deepEqual(peak, { 'a.example': 2, 'b.example': 2 });
  assert.equal(results.filter((r) => r.status === 'rejected').length, 1);
  assert.equal(await task('a.example'), 'a.example');
});
