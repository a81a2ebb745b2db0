import { readFileSync } from 'node:fs';
import type { BiasBucket, Outlet, OutletDirectory } from '../domain/index.ts';

interface SnapshotOutlet {
  readonly id: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly bias: BiasBucket | null;
}

const SCORES: Record<BiasBucket, number> = { left: -2, center: 0, right: 2 };

/**
 * The outlets of the demo snapshot with the AllSides bucket its articles carry (data/snapshot/outlets.json),
 * matched by host. The ratings registry supersedes it; this covers outlets the registry lacks.
 */
export function loadSnapshotOutlets(path: string): OutletDirectory {
  const records = JSON.parse(readFileSync(path, 'utf8')) as SnapshotOutlet[];
  const outlets = records.map(
    (r): Outlet => ({
      id: r.id,
      name: r.name,
      domains: r.domains,
      flags: [],
      ...(r.bias && {
        bias: {
          score: SCORES[r.bias],
          label: r.bias,
          bucket: r.bias,
          raters: [
            {
              rater: 'allsides',
              value: r.bias,
              score: SCORES[r.bias],
              asOf: '2020',
              source: 'article_bias_prediction',
            },
          ],
        },
      }),
    }),
  );
  const byDomain = new Map(outlets.flatMap((o) => o.domains.map((d) => [d, o] as const)));
  return {
    get: (id) => byDomain.get(id),
    match(url) {
      let host: string;
      try {
        host = new URL(url).hostname.replace(/^www\./, '');
      } catch {
        return undefined;
      }
      for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
        const found = byDomain.get(h);
        if (found) return found;
      }
      return undefined;
    },
    all: () => outlets,
  };
}
