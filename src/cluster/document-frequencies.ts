import { analyzeArticle } from './analyze-article.ts';
import type { DocumentFrequencies } from './cluster-engine.ts';
import type { ClusterInput } from './types.ts';

/** The stored form of shipped document frequencies (data/cluster/document-frequencies.json). */
export interface DocumentFrequencyFile {
  readonly format: 'parallax-document-frequencies';
  readonly documents: number;
  readonly minCount: number;
  readonly sources: readonly string[];
  readonly stems: Readonly<Record<string, number>>;
  readonly entities: Readonly<Record<string, number>>;
  /** Words usually capitalised inside a sentence (a names lexicon for Title Case headlines). */
  readonly names: readonly string[];
}

const KINDS = ['stems', 'entities'] as const;

/** Counts, for each kind of term, how many articles hold it (title and the first `bodyWords` words). */
export function countDocumentFrequencies(
  articles: Iterable<ClusterInput>,
  bodyWords: number,
  names?: ReadonlySet<string>,
): { documents: number; counts: Record<(typeof KINDS)[number], Map<string, number>> } {
  const counts = {
    stems: new Map<string, number>(),
    entities: new Map<string, number>(),
  };
  let documents = 0;
  for (const input of articles) {
    const article = analyzeArticle(input, bodyWords, names);
    documents += 1;
    for (const kind of KINDS) {
      for (const term of new Set([...article.title[kind], ...article.body[kind]])) {
        counts[kind].set(term, (counts[kind].get(term) ?? 0) + 1);
      }
    }
  }
  return { documents, counts };
}

/** Builds the stored form, keeping terms seen in at least `minCount` articles (rarer ones get the top IDF anyway). */
export function toDocumentFrequencyFile(
  counted: ReturnType<typeof countDocumentFrequencies>,
  minCount: number,
  sources: readonly string[],
  names: readonly string[],
): DocumentFrequencyFile {
  const keep = (map: Map<string, number>) =>
    Object.fromEntries(
      [...map].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    );
  return {
    format: 'parallax-document-frequencies',
    documents: counted.documents,
    minCount,
    sources,
    stems: keep(counted.counts.stems),
    entities: keep(counted.counts.entities),
    names,
  };
}

/** Turns a parsed document-frequency file into the tables (and names lexicon) the clusterer reads. */
export function toDocumentFrequencies(value: unknown, source: string): DocumentFrequencies {
  const file = value as Partial<DocumentFrequencyFile>;
  if (file?.format !== 'parallax-document-frequencies' || typeof file.documents !== 'number') {
    throw new Error(`cluster: ${source} is not a parallax document-frequency table`);
  }
  const table = (counts: Readonly<Record<string, number>> | undefined) => ({
    documents: file.documents!,
    counts: new Map(Object.entries(counts ?? {})),
  });
  return {
    stems: table(file.stems),
    entities: table(file.entities),
    names: new Set(file.names ?? []),
  };
}
