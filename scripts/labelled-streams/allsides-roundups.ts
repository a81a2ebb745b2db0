import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGzipJsonLines } from './read-gzip.ts';
import { type StreamRecord, seededRandom } from './stream-record.ts';

/** Roundups dated before this day (AllSides' local date) are training data; the rest is test. */
export const ALLSIDES_TEST_FROM = '2021-07-01';

// AllSides posts a roundup after its articles appeared; we do not know each article's own time, so each one
// gets a seeded random time in the 36 hours before the roundup. Giving all of a roundup's articles the roundup's
// exact timestamp would leak the answer (three articles at 09:45:00 are one story).
const SPREAD_MS = 36 * 3_600_000;
const SIDES = ['left', 'center', 'right'] as const;

interface RoundupArticle {
  readonly newsSource?: string;
  readonly newsTitle?: string;
  readonly newsLink?: string;
  readonly newBody?: readonly string[];
}

interface Roundup {
  readonly id: number;
  readonly date: string;
  readonly news?: Partial<Record<(typeof SIDES)[number], RoundupArticle>>;
}

/** Body paragraphs joined, without the "..." AllSides appends where it cut the text. */
function bodyOf(article: RoundupArticle): string {
  return (article.newBody ?? [])
    .join(' ')
    .replace(/\s*(\.\.\.|…)\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads every roundups_*.jsonl.gz in `dir` into train and test streams, each in (synthetic) publication order;
 * `seed` draws the articles' times.
 */
export function convertAllSidesRoundups(
  dir: string,
  seed = 20210422,
): { train: StreamRecord[]; test: StreamRecord[] } {
  const random = seededRandom(seed);
  const records: { split: 'train' | 'test'; time: number; record: StreamRecord }[] = [];
  const files = readdirSync(dir)
    .filter((f) => /^roundups_.*\.jsonl\.gz$/.test(f))
    .sort();
  for (const file of files) {
    for (const roundup of readGzipJsonLines(join(dir, file)) as Roundup[]) {
      const posted = typeof roundup.date === 'string' ? Date.parse(roundup.date) : Number.NaN;
      if (Number.isNaN(posted)) throw new Error(`allsides: ${file}: roundup ${roundup.id} has no valid date`);
      const split = roundup.date.slice(0, 10) < ALLSIDES_TEST_FROM ? 'train' : 'test';
      for (const side of SIDES) {
        const article = roundup.news?.[side];
        if (!article?.newsTitle) continue;
        const time = Math.round((posted - random() * SPREAD_MS) / 60_000) * 60_000;
        records.push({
          split,
          time,
          record: {
            id: `allsides-${roundup.id}-${side}`,
            story: `allsides-${roundup.id}`,
            title: article.newsTitle.trim(),
            text: bodyOf(article),
            published: new Date(time).toISOString(),
            url: article.newsLink ?? '',
            outlet: article.newsSource ?? '',
            lang: 'en',
          },
        });
      }
    }
  }
  records.sort((a, b) => a.time - b.time || a.record.id.localeCompare(b.record.id));
  const pick = (split: 'train' | 'test') => records.filter((r) => r.split === split).map((r) => r.record);
  return { train: pick('train'), test: pick('test') };
}
