// Test helper: AllSides roundups from ../shared/data (one story = the L/C/R articles AllSides picked).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { makeLead } from '../../text/index.ts';
import type { SynthesisArticle } from '../types.ts';

export const ROUNDUPS_FILE = resolve(
  import.meta.dirname,
  '../../../../shared/data/allsides_roundups_neus/roundups_2021-04_to_2021-07.jsonl.gz',
);

interface RawNews {
  stance: string;
  newsSource: string;
  newsTitle: string;
  newBody: string[];
  newsLink: string;
}

export interface Roundup {
  readonly id: number;
  readonly issue: string;
  readonly topic: string;
  readonly date: string;
  readonly notes: readonly string[];
  readonly articles: readonly SynthesisArticle[];
}

/** Every roundup of the shared file, its articles numbered `roundupId * 10 + i`. */
export function readRoundups(): Roundup[] {
  const lines = gunzipSync(readFileSync(ROUNDUPS_FILE)).toString('utf8').split('\n');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as {
        id: number;
        issue: string;
        topic: string;
        date: string;
        roundup: string[];
        news: Record<string, RawNews>;
      };
      const articles = Object.values(raw.news ?? {}).map((news, i) => {
        const text = news.newBody.join(' ');
        return {
          id: raw.id * 10 + i,
          title: news.newsTitle,
          lead: makeLead(text),
          text,
          outletId: news.newsSource,
          outletName: news.newsSource,
          url: news.newsLink,
          side: (['left', 'center', 'right'] as const).find((s) => s === news.stance) ?? null,
          publishedAt: new Date(raw.date).toISOString(),
        };
      });
      return {
        id: raw.id,
        issue: raw.issue,
        topic: raw.topic,
        date: raw.date,
        notes: raw.roundup.slice(1),
        articles,
      };
    });
}
