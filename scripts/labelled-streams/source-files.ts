import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files of each public labelled set found under a data directory; a set that is not there is left out. */
export interface LabelledSources {
  /** The directory holding the AllSides roundups (NeuS): roundups_*.jsonl.gz, or the crawl under its own name. */
  readonly allsides?: string;
  /** UCI News Aggregator tables: the shipped newsCorpora_*.tsv.gz and the original newsCorpora.csv, either gzipped. */
  readonly uci: readonly string[];
  /** BASIL articles. */
  readonly basil?: string;
  /** MMDS article-clustering files, each with its split ("dev", "test"…). */
  readonly mmds: readonly { readonly split: string; readonly path: string }[];
}

const UCI_FILE = /^newsCorpora.*\.(csv|tsv)(\.gz)?$/;
const MMDS_FILE = /^mds_ac_([a-z0-9]+)_final\.json(\.gz)?$/;
/**
 * AllSides roundup files: the shipped roundups_*.jsonl.gz and NeuS's own crawl (headline_11_2021-10-19_crawled_all.jsonl,
 * whose later lines are kept back), gzipped or not.
 */
export const ROUNDUPS_FILE = /\.jsonl(\.gz)?$/;

/** The names in `dir` that match `pattern`, sorted; none when there is no such directory. */
export function namesIn(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort();
}

/**
 * Finds the labelled sets under `data`, laid out as ../shared/data lays them out (one directory per set). Later
 * files dropped beside the shipped ones (a second roundups file or the whole NeuS crawl, the full newsCorpora.csv, an MMDS test
 * file) are picked up too, so later labelled days convert the same way.
 */
export function findLabelledSources(data: string): LabelledSources {
  const allsidesDir = join(data, 'allsides_roundups_neus');
  const uciDir = join(data, 'uci_news_aggregator');
  const mmdsDir = join(data, 'mmds2025_event_clusters');
  const basil = join(data, 'basil_story_triplets/basil_articles.jsonl.gz');
  return {
    allsides: namesIn(allsidesDir, ROUNDUPS_FILE).length > 0 ? allsidesDir : undefined,
    uci: namesIn(uciDir, UCI_FILE).map((name) => join(uciDir, name)),
    basil: existsSync(basil) ? basil : undefined,
    mmds: namesIn(mmdsDir, MMDS_FILE).map((name) => ({
      split: MMDS_FILE.exec(name)![1]!,
      path: join(mmdsDir, name),
    })),
  };
}
