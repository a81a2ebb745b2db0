import { locateUrl } from '../locate-url.ts';
import { sitePath } from './site-path.ts';

/** One outlet of a Baly et al. corpus: MBFC's labels of the time, with the MBFC page they came from. */
export interface BalyRow {
  /** Host of the outlet's URL as the corpus gives it. */
  readonly host: string;
  /** Section path ("" for the front page): the corpus' normalized ids flatten it ("rt.com-news"), so it is read here. */
  readonly path: string;
  readonly homepage: string;
  readonly reference: string;
  readonly fact: string;
  readonly bias: string;
}

/** Reads corpus.tsv (source_url, ref, fact, bias; the normalized id is not used) of Baly et al. 2018 or 2020. */
export function readBalyCorpus(text: string): BalyRow[] {
  const [header, ...lines] = text.split('\n');
  const columns = (header ?? '').split('\t');
  const col = (name: string) => {
    const i = columns.indexOf(name);
    if (i === -1) throw new Error(`ratings: Baly corpus has no column "${name}"`);
    return i;
  };
  const [url, ref, fact, bias] = ['source_url', 'ref', 'fact', 'bias'].map(col);
  const rows: BalyRow[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const location = locateUrl(cells[url!] ?? '');
    if (!location) continue;
    rows.push({
      host: location.host,
      path: sitePath(location.path),
      homepage: cells[url!]!.trim(),
      reference: cells[ref!]!.trim(),
      fact: cells[fact!]!.trim(),
      bias: cells[bias!]!.trim(),
    });
  }
  return rows;
}
