import { readJsonLines } from './read-text.ts';
import { type StreamRecord, seededRandom } from './stream-record.ts';

/** Triplets from this year on are test data. */
export const BASIL_TEST_FROM_YEAR = 2017;

interface BasilLine {
  readonly data: {
    readonly title: string;
    readonly date: string;
    readonly url: string;
    readonly source: string;
    readonly uuid: string;
    readonly 'triplet-uuid': string;
    readonly 'body-paragraphs': readonly (readonly string[])[];
  };
}

const OUTLETS: Readonly<Record<string, string>> = { nyt: 'New York Times', fox: 'Fox News', hpo: 'HuffPost' };

/** Reads BASIL's 100 Fox/NYT/HuffPost triplets into train and test streams ordered by date (day precision). */
export function convertBasil(path: string): { train: StreamRecord[]; test: StreamRecord[] } {
  const random = seededRandom(2019);
  // BASIL gives a date only; a seeded time of day keeps same-day articles from sharing one exact timestamp.
  // Four articles carry the uuid "empty": those are named by their triplet and outlet, so every id is unique.
  const lines = readJsonLines(path) as BasilLine[];
  const counts = new Map<string, number>();
  for (const { data } of lines) counts.set(data.uuid, (counts.get(data.uuid) ?? 0) + 1);
  const rows = lines.map(({ data }) => {
    const time = Date.parse(`${data.date}T00:00:00Z`) + Math.floor(random() * 24 * 60) * 60_000;
    const unique = counts.get(data.uuid) === 1 && data.uuid !== 'empty';
    const record: StreamRecord = {
      id: unique ? `basil-${data.uuid}` : `basil-${data['triplet-uuid']}-${data.source.toLowerCase()}`,
      story: `basil-${data['triplet-uuid']}`,
      title: data.title.trim(),
      text: data['body-paragraphs'].flat().join('\n\n').trim(),
      published: new Date(time).toISOString(),
      url: data.url,
      outlet: OUTLETS[data.source.toLowerCase()] ?? data.source,
      lang: 'en',
    };
    return { time, year: Number(data.date.slice(0, 4)), record };
  });
  rows.sort((a, b) => a.time - b.time || a.record.id.localeCompare(b.record.id));
  return {
    train: rows.filter((r) => r.year < BASIL_TEST_FROM_YEAR).map((r) => r.record),
    test: rows.filter((r) => r.year >= BASIL_TEST_FROM_YEAR).map((r) => r.record),
  };
}
