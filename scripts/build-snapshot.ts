// Builds the bundled demo snapshot (data/snapshot/) from the real articles in ../shared/data:
// article_bias_prediction (Baly et al. 2020; 12,757 AllSides-linked articles, 2018-2020) and the AllSides
// headline roundups (2021). Only titles, leads (first sentences, ≤ 320 characters), URLs, outlets and dates
// are kept — never full texts. The scraped texts are first cleaned of page chrome, hover cards and each outlet's
// template sentences (snapshot/clean-scraped-text.ts). Usage: npm run build:snapshot [-- --shared ../shared/data --out data/snapshot]
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync, createGunzip } from 'node:zlib';
import { makeLead } from '../src/text/index.ts';
import { cleanScrapedTexts } from './snapshot/clean-scraped-text.ts';
import { parseScriptArgs } from './script-args.ts';

const { values } = parseScriptArgs(import.meta.filename, {
  options: {
    shared: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'data/snapshot' },
  },
});
const SHARED = resolve(values.shared);
const OUT = resolve(values.out);

/** One article of the snapshot. */
interface SnapshotArticle {
  id: string;
  url: string;
  title: string;
  lead: string;
  outlet: string;
  domain: string;
  published: string;
  topic: string | null;
  /** AllSides rating of the outlet as the source data carries it (left|center|right). */
  bias: string | null;
  source: 'article_bias_prediction' | 'allsides_roundups';
}

async function* readJsonLines(path: string): AsyncGenerator<Record<string, unknown>> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line);
}

function hostOf(url: string): string {
  try {
    return new URL(url.includes('://') ? url : `https://${url}`).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

function clean(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BUCKETS: Record<string, string> = {
  left: 'left',
  'lean left': 'left',
  center: 'center',
  'lean right': 'right',
  right: 'right',
};

async function readArticleBiasPrediction(): Promise<SnapshotArticle[]> {
  const out: SnapshotArticle[] = [];
  for await (const row of readJsonLines(
    join(SHARED, 'article_bias_prediction/articles_2018-2020.jsonl.gz'),
  )) {
    const url = String(row.url ?? '');
    const title = clean(String(row.title ?? ''));
    const domain = hostOf(String(row.source_url ?? '')) || hostOf(url);
    if (!url.startsWith('http') || !title || !domain) continue;
    out.push({
      id: `abp-${row.ID}`,
      url,
      title,
      // Cleaned of the pages' chrome and each outlet's template below, before the lead is cut.
      lead: clean(String(row.content_original ?? '')),
      outlet: clean(String(row.source ?? domain)),
      domain,
      published: `${row.date}T00:00:00.000Z`,
      topic: (row.topic as string) || null,
      bias: BUCKETS[String(row.bias_text)] ?? null,
      source: 'article_bias_prediction',
    });
  }
  const texts = cleanScrapedTexts(out.map((a) => ({ outlet: a.domain, title: a.title, text: a.lead })));
  return out.map((a, i) => ({ ...a, lead: makeLead(texts[i]!) }));
}

interface RoundupSide {
  newsSource?: string;
  newsTitle?: string;
  newsLink?: string;
  newBody?: string[];
  stance_specific?: string;
}

async function readRoundups(): Promise<SnapshotArticle[]> {
  const out: SnapshotArticle[] = [];
  for await (const row of readJsonLines(
    join(SHARED, 'allsides_roundups_neus/roundups_2021-04_to_2021-07.jsonl.gz'),
  )) {
    const published = new Date(String(row.date)).toISOString();
    for (const [side, news] of Object.entries((row.news ?? {}) as Record<string, RoundupSide>)) {
      const url = news.newsLink ?? '';
      const title = clean(news.newsTitle ?? '');
      if (!url.startsWith('http') || !title) continue;
      const body = clean((news.newBody ?? []).join(' ').replace(/\.\.\.$/, ''));
      out.push({
        id: `roundup-${row.id}-${side}`,
        url,
        title,
        lead: makeLead(body),
        outlet: clean(news.newsSource ?? hostOf(url)),
        domain: hostOf(url),
        published,
        topic: (row.topic as string) || null,
        bias: BUCKETS[String(news.stance_specific ?? '').toLowerCase()] ?? null,
        source: 'allsides_roundups',
      });
    }
  }
  return out;
}

const started = Date.now();
const seen = new Set<string>();
const articles = [...(await readArticleBiasPrediction()), ...(await readRoundups())]
  .filter((a) => !seen.has(a.url) && seen.add(a.url))
  .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'articles.jsonl.gz'),
  gzipSync(articles.map((a) => JSON.stringify(a)).join('\n') + '\n', { level: 9 }),
);
console.log(
  `build-snapshot: ${articles.length} articles from ${new Set(articles.map((a) => a.domain)).size} domains, ${articles[0]?.published.slice(0, 10)} .. ${articles.at(-1)?.published.slice(0, 10)} → ${OUT} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
