import { readText } from './read-text.ts';
import { type StreamRecord, seededRandom, shuffled } from './stream-record.ts';

/** UTC days from this one on are test data; earlier days are training data. */
export const UCI_TEST_FROM = '2014-05-01';

/**
 * Reads UCI News Aggregator tables (tab-separated, gzipped or not) into one stream per UTC day. Its TIMESTAMP is the
 * aggregator's fetch time of a whole story page (a story arrives as one burst), so each day is shuffled with a fixed
 * seed and `published` is null: the clusterer must not see time inside the day. An article id listed in more than
 * one table (a later table overlapping the shipped one) is kept once.
 */
export function convertUciDays(paths: string | readonly string[]): Map<string, StreamRecord[]> {
  const days = new Map<string, StreamRecord[]>();
  const seen = new Set<string>();
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    const lines = readText(path).split('\n');
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '' || (index === 0 && line.startsWith('ID\tTITLE'))) continue;
      const [id, title, url, publisher, , story, host, timestamp] = line.split('\t');
      const time = timestamp?.trim() ? Number(timestamp) : Number.NaN;
      if (!id || title === undefined || !story || !Number.isFinite(time)) {
        throw new Error(
          `uci: ${path}:${index + 1}: not ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME, TIMESTAMP`,
        );
      }
      if (seen.has(id)) continue;
      seen.add(id);
      addRecord(days, new Date(time).toISOString().slice(0, 10), {
        id: `uci-${id}`,
        story: `uci-${story}`,
        title: title.trim(),
        text: '',
        published: null,
        url: url ?? '',
        outlet: publisher || host || '',
        lang: 'en',
      });
    }
  }
  const result = new Map<string, StreamRecord[]>();
  for (const day of [...days.keys()].sort()) {
    const seed = Number(day.replaceAll('-', ''));
    result.set(day, shuffled(days.get(day)!, seededRandom(seed)));
  }
  return result;
}

function addRecord(days: Map<string, StreamRecord[]>, day: string, record: StreamRecord): void {
  const list = days.get(day);
  if (list) list.push(record);
  else days.set(day, [record]);
}
