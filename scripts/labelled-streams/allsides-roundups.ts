import { join } from 'node:path';
import { readJsonLines } from './read-text.ts';
import { namesIn, ROUNDUPS_FILE } from './source-files.ts';
import { type StreamRecord, seededRandom } from './stream-record.ts';
import { urlPublicationDay } from './url-publication-day.ts';

/** Roundups dated before this day (AllSides' local date) are training data; the rest is test. */
export const ALLSIDES_TEST_FROM = '2021-07-01';

// AllSides posts a roundup after its articles appeared, and gives no article's own time, so times are drawn (seeded).
// Giving all of a roundup's articles its exact timestamp would leak the answer (three articles at 09:45:00 are one
// story). Two ways:
// - "spread" (the default, and what the shipped model was trained and first measured on): a random time in the 36
//   hours before the roundup.
// - "url-days": many links give the day in their path (/2021/06/24/), and such an article gets that day; the others
//   get a day drawn from how far before their roundup the dated articles of the training roundups appeared (the same
//   day for most, the day before for a fifth, weeks or months before for a few opinion pieces and fact checks). The
//   time of day is random, up to the roundup's own time on its day. Closer to when the articles really appeared.
export type AllSidesTimes = 'spread' | 'url-days';
const SPREAD_MS = 36 * 3_600_000;
const DAY_MS = 86_400_000;
// The roundups are of April to October 2021, and US sites date their URLs by US Eastern daylight time (UTC−4).
const EASTERN_MIDNIGHT_MS = 4 * 3_600_000;
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

/** Days from an article's URL day to its roundup's day, or undefined when the URL gives none or a later day. */
function daysBefore(roundupDay: string, link: string | undefined): number | undefined {
  const day = urlPublicationDay(link ?? '');
  if (day === undefined || day > roundupDay) return undefined;
  return Math.round((Date.parse(roundupDay) - Date.parse(day)) / DAY_MS);
}

interface DatedRoundup {
  readonly roundup: Roundup;
  /** When AllSides posted it (ms). */
  readonly posted: number;
  /** Its local date, "2021-06-24". */
  readonly day: string;
  readonly split: 'train' | 'test';
}

/** Draws an article's time (ms) for one way of drawing; `observed` are the training articles' URL-day offsets. */
function drawTime(
  times: AllSidesTimes,
  { posted, day }: DatedRoundup,
  link: string | undefined,
  observed: readonly number[],
  random: () => number,
): number {
  if (times === 'spread') return posted - random() * SPREAD_MS;
  const pick = random();
  const fraction = random();
  const before = daysBefore(day, link) ?? observed[Math.floor(pick * observed.length)]!;
  const start = Date.parse(day) - before * DAY_MS + EASTERN_MIDNIGHT_MS;
  const end = posted > start ? Math.min(start + DAY_MS, posted) : start + DAY_MS;
  return start + fraction * (end - start);
}

/**
 * Reads every roundup file in `dir` (ROUNDUPS_FILE) into train and test streams, each in (synthetic) publication
 * order; `seed` draws the articles' times, the way `times` says. A roundup found in two files (the shipped months
 * and the whole crawl side by side) is read once, from the file first in name order. Roundups without a valid date
 * are left out and listed in `undated` ("FILE: ID").
 */
export function convertAllSidesRoundups(
  dir: string,
  seed = 20210422,
  times: AllSidesTimes = 'spread',
): {
  train: StreamRecord[];
  test: StreamRecord[];
  undated: string[];
  /** Each roundup's local date ("2021-06-24"), by story id. */
  roundupDay: ReadonlyMap<string, string>;
} {
  const random = seededRandom(seed);
  const seen = new Set<number>();
  const firstReading = (roundup: Roundup): boolean => {
    if (seen.has(roundup.id)) return false;
    seen.add(roundup.id);
    return true;
  };
  // A roundup without a valid date can be neither split nor timed: it is left out and named, not fatal.
  const undated: string[] = [];
  const roundups: DatedRoundup[] = namesIn(dir, ROUNDUPS_FILE).flatMap((file) =>
    (readJsonLines(join(dir, file)) as Roundup[]).filter(firstReading).flatMap((roundup): DatedRoundup[] => {
      const posted = typeof roundup.date === 'string' ? Date.parse(roundup.date) : Number.NaN;
      if (Number.isNaN(posted)) {
        undated.push(`${file}: ${roundup.id}`);
        return [];
      }
      const day = roundup.date.slice(0, 10);
      return [{ roundup, posted, day, split: day < ALLSIDES_TEST_FROM ? 'train' : 'test' }];
    }),
  );
  // How far before their roundup the training roundups' dated articles appeared (only url-days draws from it).
  const observed =
    times === 'url-days'
      ? roundups
          .filter((r) => r.split === 'train')
          .flatMap(({ roundup, day }) => SIDES.map((side) => daysBefore(day, roundup.news?.[side]?.newsLink)))
          .filter((days) => days !== undefined)
          .sort((a, b) => a - b)
      : [];
  if (times === 'url-days' && observed.length === 0) {
    throw new Error(
      `allsides: url-days draws undated articles' days from the training roundups (before ${ALLSIDES_TEST_FROM}), and none of those gives its day in its URL; use --allsides-times spread`,
    );
  }
  const records: { split: 'train' | 'test'; time: number; record: StreamRecord }[] = [];
  for (const dated of roundups) {
    for (const side of SIDES) {
      const article = dated.roundup.news?.[side];
      if (!article?.newsTitle) continue;
      const time = Math.round(drawTime(times, dated, article.newsLink, observed, random) / 60_000) * 60_000;
      records.push({
        split: dated.split,
        time,
        record: {
          id: `allsides-${dated.roundup.id}-${side}`,
          story: `allsides-${dated.roundup.id}`,
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
  records.sort((a, b) => a.time - b.time || a.record.id.localeCompare(b.record.id));
  const pick = (split: 'train' | 'test') => records.filter((r) => r.split === split).map((r) => r.record);
  const roundupDay = new Map(roundups.map(({ roundup, day }) => [`allsides-${roundup.id}`, day]));
  return { train: pick('train'), test: pick('test'), undated, roundupDay };
}
