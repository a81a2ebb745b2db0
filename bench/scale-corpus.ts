// A corpus of about a million articles for the scale benchmark, built from real data in ../shared/data:
// the UCI News Aggregator headlines (with their Google News story ids) and the AllSides-labelled articles of
// Article Bias Prediction. Each real item is used several times ("replicas"), each replica spread over its own
// part of one year, so dates cover the whole year. UCI rows carry no text: their lead is a real lead cut from
// one of the Article Bias Prediction bodies, so rows have the size and words of real leads.
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { NewArticle } from '../src/store/index.ts';
import { hashContent, makeLead, splitSentences } from '../src/text/index.ts';

/** ../shared/data, resolved from the repository root as the tests do. */
export const SHARED_DATA = resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const UCI = join(SHARED_DATA, 'uci_news_aggregator', 'newsCorpora_2014-03_to_2014-05.tsv.gz');
const ABP = join(SHARED_DATA, 'article_bias_prediction', 'articles_2018-2020.jsonl.gz');

const YEAR_START = Date.UTC(2024, 0, 1);
const YEAR_MS = 365 * 86_400_000;

/** One real item: where it sits in its source's time span (0…1), and its gold story. */
interface BaseItem {
  readonly title: string;
  readonly url: string;
  readonly host: string;
  readonly story: string;
  readonly position: number;
  /** Index into the lead pool, or -1 for the item's own lead. */
  readonly lead: string | undefined;
}

/** A generated article with the story it belongs to (the gold grouping of its source). */
export interface ScaleArticle {
  readonly article: NewArticle;
  readonly storyKey: string;
}

/** The real items, read once; `articles(n)` then yields n articles from them. */
export interface ScaleCorpus {
  readonly baseItems: number;
  readonly leads: number;
  articles(count: number, options?: { readonly skip?: number }): Generator<ScaleArticle>;
}

/** Whether ../shared/data holds the files the corpus is built from. */
export function corpusAvailable(): boolean {
  return existsSync(UCI) && existsSync(ABP);
}

/**
 * Reads the real data (about 30 s) and returns the generator. Article n is the same whatever is asked for:
 * the first `perYear` articles spread over the year 2024; later ones (fresh URLs for ingest runs) again.
 */
export async function loadScaleCorpus(options: { readonly perYear: number }): Promise<ScaleCorpus> {
  const leads: string[] = [];
  const items: BaseItem[] = [];
  const seen = new Set<string>();
  const abp: { title: string; url: string; host: string; story: string; date: number; lead: string }[] = [];
  for await (const line of readLines(ABP)) {
    const record = JSON.parse(line) as Record<string, string>;
    const body = record.content_original ?? record.content ?? '';
    const sentences = splitSentences(body);
    // Several leads per body: windows starting every fourth sentence.
    for (let i = 0; i < sentences.length; i += 4) {
      const lead = makeLead(sentences.slice(i, i + 6).join(' '));
      if (lead.length >= 80) leads.push(lead);
    }
    const url = record.url ?? '';
    if (!url || !record.title || seen.has(url)) continue;
    seen.add(url);
    abp.push({
      title: record.title,
      url,
      host: record.source_url ?? hostOf(url),
      story: `a:${record.topic}:${record.date}`,
      date: Date.parse(record.date ?? ''),
      lead: makeLead(body),
    });
  }
  const [aMin, aMax] = span(abp.map((a) => a.date));
  for (const a of abp) {
    items.push({ ...a, position: (a.date - aMin) / (aMax - aMin + 86_400_000), lead: a.lead || undefined });
  }
  const uci: { title: string; url: string; host: string; story: string; time: number }[] = [];
  for await (const line of readLines(UCI)) {
    const [, title, url, , , story, host, time] = line.split('\t');
    if (!title || !url || !story || seen.has(url)) continue;
    seen.add(url);
    uci.push({ title, url, host: host ?? hostOf(url), story: `u:${story}`, time: Number(time) });
  }
  const [uMin, uMax] = span(uci.map((u) => u.time));
  for (const u of uci) items.push({ ...u, position: (u.time - uMin) / (uMax - uMin + 1), lead: undefined });
  items.sort((a, b) => a.position - b.position);

  return {
    baseItems: items.length,
    leads: leads.length,
    *articles(count, { skip = 0 } = {}) {
      // Replicas per year may be fractional (1M articles = 3.6 replicas): times wrap around the year.
      const slice = YEAR_MS / Math.max(1, options.perYear / items.length);
      let n = 0;
      for (let r = 0; ; r += 1) {
        for (const [i, item] of items.entries()) {
          n += 1;
          if (n <= skip) continue;
          if (n > count + skip) return;
          const jitter = (mix(n) % 3_600) * 1_000;
          const offset = ((r + item.position) * slice + jitter) % YEAR_MS;
          const publishedAt = new Date(YEAR_START + offset).toISOString();
          const url = r === 0 ? item.url : `${item.url}${item.url.includes('?') ? '&' : '?'}pxr=${r}`;
          const lead = item.lead ?? leads[mix(i) % leads.length] ?? '';
          yield {
            storyKey: `${r}:${item.story}`,
            article: {
              url,
              outletId: item.host.replace(/^www\./, ''),
              title: item.title,
              lead,
              publishedAt,
              fetchedAt: publishedAt,
              language: 'en',
              contentHash: hashContent(item.title, lead),
            },
          };
        }
      }
    },
  };
}

async function* readLines(path: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield line;
}

function span(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'unknown';
  }
}

// A fixed integer hash (deterministic corpus, no Math.random).
function mix(n: number): number {
  let x = (n ^ 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}
