import { readGzipText } from './read-gzip.ts';
import { type StreamRecord, seededRandom, shuffled } from './stream-record.ts';

/** UTC days from this one on are test data; earlier days are training data. */
export const UCI_TEST_FROM = '2014-05-01';

/**
 * Reads the UCI News Aggregator TSV into one stream per UTC day. Its TIMESTAMP is the aggregator's fetch time of a
 * whole story page (a story arrives as one burst), so each day is shuffled with a fixed seed and `published` is
 * null: the clusterer must not see time inside the day.
 */
export function convertUciDays(path: string): Map<string, StreamRecord[]> {
  const days = new Map<string, StreamRecord[]>();
  for (const line of readGzipText(path).split('\n')) {
    if (line.trim() === '') continue;
    const [id, title, url, publisher, , story, host, timestamp] = line.split('\t');
    if (!id || title === undefined || !story || !timestamp) throw new Error(`uci: malformed line ${line}`);
    const day = new Date(Number(timestamp)).toISOString().slice(0, 10);
    const record: StreamRecord = {
      id: `uci-${id}`,
      story: `uci-${story}`,
      title: title.trim(),
      text: '',
      published: null,
      url: url ?? '',
      outlet: publisher || host || '',
      lang: 'en',
    };
    const list = days.get(day);
    if (list) list.push(record);
    else days.set(day, [record]);
  }
  const result = new Map<string, StreamRecord[]>();
  for (const day of [...days.keys()].sort()) {
    const seed = Number(day.replaceAll('-', ''));
    result.set(day, shuffled(days.get(day)!, seededRandom(seed)));
  }
  return result;
}
