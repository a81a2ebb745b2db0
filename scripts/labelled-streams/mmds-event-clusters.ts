import { readText } from './read-text.ts';
import { type StreamRecord, seededRandom, shuffled } from './stream-record.ts';

// The catch-all "no partner event" id of the set: each of its articles is a story of its own.
const NOISE_ID = 166;

interface MmdsArticle {
  readonly ID: number;
  readonly title: string;
  readonly sentences: readonly { readonly content: string }[];
}

/** Reads an MMDS article-clustering file (gzipped or not) into one shuffled stream without times (the set has none). */
export function convertMmds(
  path: string,
  split: string,
  detectLanguage: (text: string) => string,
): StreamRecord[] {
  const data = JSON.parse(readText(path)) as { articles: MmdsArticle[]; clusters: number[] };
  const records = data.articles.map((article, i): StreamRecord => {
    const event = data.clusters[i];
    if (event === undefined) throw new Error(`mmds: article ${article.ID} has no cluster id`);
    const text = article.sentences.map((s) => s.content.trim()).join(' ');
    return {
      id: `mmds-${split}-${article.ID}`,
      story: event === NOISE_ID ? `mmds-${split}-noise-${article.ID}` : `mmds-${split}-${event}`,
      title: article.title.trim(),
      text,
      published: null,
      url: '',
      outlet: '',
      lang: detectLanguage(`${article.title} ${text.slice(0, 500)}`),
    };
  });
  // The file lists articles grouped by event; that order would leak the answer.
  return shuffled(records, seededRandom(2025));
}
