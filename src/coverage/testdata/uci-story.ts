// Test helper: one real story of the UCI News Aggregator set (see the header of uci-story.tsv).
import { readFileSync } from 'node:fs';
import type { BiasBucket } from '../../domain/index.ts';

/** 61 articles: id, host as outlet id, crawl time and AllSides side (null when unrated). */
export const UCI_STORY = readFileSync(new URL('uci-story.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line, i) => {
    const [host, ms, side] = line.split('\t') as [string, string, string];
    return {
      id: i + 1,
      outletId: host,
      publishedAt: new Date(Number(ms)).toISOString(),
      side: side === '-' ? null : (side as BiasBucket),
    };
  });

