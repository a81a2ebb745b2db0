import { normalizeDomain } from '../outlet-id.ts';

/** One outlet of a Baly et al. corpus: MBFC's labels of the time, with the MBFC page they came from. */
export interface BalyRow {
  readonly domain: string;
  readonly homepage: string;
  readonly reference: string;
  readonly fact: string;
  readonly bias: string;
}

/** Reads corpus.tsv (source_url, source_url_normalized, ref, fact, bias) of Baly et al. 2018 or 2020. */
export function readBalyCorpus(text: string): BalyRow[] {
  const [header, ...lines] = text.split('\n');
  const columns = (header ?? '').split('\t');
  const col = (name: string) => {
    const i = columns.indexOf(name);
    if (i === -1) throw new Error(`ratings: Baly corpus has no column "${name}"`);
    return i;
  };
  const [url, id, ref, fact, bias] = ['source_url', 'source_url_normalized', 'ref', 'fact', 'bias'].map(col);
  const rows: BalyRow[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const domain = normalizeDomain(cells[id!] ?? '');
    if (!domain) continue;
    rows.push({
      domain,
      homepage: cells[url!]!.trim(),
      reference: cells[ref!]!.trim(),
      fact: cells[fact!]!.trim(),
      bias: cells[bias!]!.trim(),
    });
  }
  return rows;
}
