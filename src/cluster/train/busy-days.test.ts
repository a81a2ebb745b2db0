import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asBusyDays, type DayAccess } from './busy-days.ts';

interface Dated {
  readonly id: string;
  readonly published: string;
}

const DAY_MS = 86_400_000;
const access: DayAccess<Dated> = {
  dayOf: (r) => Math.floor(Date.parse(r.published) / DAY_MS),
  redate: (r, published) => ({ ...r, published }),
};
const record = (id: string, day: string): Dated => ({ id, published: `${day}T14:30:00.000Z` });

test('asBusyDays dates every article at midnight of its day and lays periods over one another', () => {
  const records = [
    record('a1', '2021-06-01'),
    record('a2', '2021-06-02'),
    record('b1', '2021-06-03'),
    record('c1', '2021-06-05'),
    record('c2', '2021-06-06'),
    record('d1', '2021-06-08'),
  ];
  const days = asBusyDays(records, access);
  assert.deepEqual(
    days.map((r) => [r.id, r.published]),
    records.map((r) => [r.id, `${r.published.slice(0, 10)}T00:00:00.000Z`]),
  );
  // Eight days in two periods of four: June 5–8 lie over June 1–4, a story's own gap of one day stays.
  const busy = asBusyDays(records, access, 2);
  const when = new Map(busy.map((r) => [r.id, r.published.slice(0, 10)]));
  assert.deepEqual(Object.fromEntries(when), {
    a1: '2021-06-01',
    a2: '2021-06-02',
    b1: '2021-06-03',
    c1: '2021-06-01',
    c2: '2021-06-02',
    d1: '2021-06-04',
  });
  assert.deepEqual(
    busy.map((r) => r.published),
    [...busy.map((r) => r.published)].sort(),
    'in day order',
  );
  assert.deepEqual(asBusyDays(records, access, 2), busy, 'seeded: the same every build');
  assert.deepEqual(asBusyDays([], access, 4), []);
});
