// Compares Parallax's blindspot verdicts with AllSides' own coverage notes in the NeuS roundups
// (roundup[1…]: "Coverage was more common in left- and center-rated outlets…").
//
// Method and its limits (read before quoting a figure):
//   - AllSides' note describes the whole coverage AllSides saw; the data holds only the 1–3 articles AllSides
//     picked for the roundup (normally one per side). Parallax's coverage of a roundup story is therefore at most
//     3 outlets: under the configured rule (blindspot.minRatedOutlets, default 5) no roundup can be judged.
//   - The demo snapshot adds nothing: it holds no article from outside the roundups in their period
//     (counted below), so no roundup story gains more outlets by clustering.
//   - What can be measured: (a) the note labels themselves; (b) a relaxed rule (minRatedOutlets = 2, the
//     configured share thresholds) applied to the picked articles, whose only signal is a side AllSides could
//     not fill (no left or no right article). Outlets are rated by Parallax's registry (by article URL), and,
//     as a check, by the AllSides rating attached to each article.
//
//   node --import tsx scripts/measure-blindspot-agreement.ts [--shared ../shared/data] [--data data] [--json]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_CONFIG } from '../src/config/index.ts';
import { classifyCoverageNote, computeCoverage, detectBlindspot } from '../src/coverage/index.ts';
import type { BiasBucket, Blindspot, Outlet } from '../src/domain/index.ts';
import { loadRegistry } from '../src/ratings/index.ts';
import { parseScriptArgs } from './script-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseScriptArgs(import.meta.filename, {
  options: {
    shared: { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
    data: { type: 'string', default: join(ROOT, 'data') },
    json: { type: 'boolean', default: false },
  },
});

interface RawRoundup {
  id: number;
  date: string;
  roundup: string[];
  news: Record<string, { stance: string; newsSource: string; newsLink: string }> | null;
}

const roundups = gunzipSync(
  readFileSync(join(args.shared!, 'allsides_roundups_neus', 'roundups_2021-04_to_2021-07.jsonl.gz')),
)
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as RawRoundup);
const registry = loadRegistry({ dataDir: args.data! });
const rule = DEFAULT_CONFIG.blindspot;
const relaxed = { ...rule, minRatedOutlets: 2 };

type Verdict = 'left' | 'right' | 'none' | 'unjudged';
const SKEWS = ['left', 'lean-left', 'right', 'lean-right', 'center', 'balanced', 'none'] as const;
const VERDICTS: readonly Verdict[] = ['right', 'left', 'none', 'unjudged'];

function verdictOf(blindspot: Blindspot, judged: boolean): Verdict {
  if (!judged) return 'unjudged';
  return blindspot ?? 'none';
}

function judge(articles: { outletId: string; side: BiasBucket | null }[], options: typeof rule): Verdict {
  const outlets = new Map<string, Outlet>();
  for (const a of articles) {
    outlets.set(a.outletId, {
      id: a.outletId,
      name: a.outletId,
      domains: [],
      flags: [],
      ...(a.side ? { bias: { score: 0, label: 'center', bucket: a.side, raters: [] } } : {}),
    } as Outlet);
  }
  const coverage = computeCoverage(articles, (id) => outlets.get(id));
  return verdictOf(detectBlindspot(coverage, options), coverage.rated >= options.minRatedOutlets);
}

const table = (by: 'registry' | 'allsides', options: typeof rule) => {
  const cells = new Map<string, number>();
  for (const r of roundups) {
    const skew = classifyCoverageNote(r.roundup.slice(1).join(' '));
    const articles = Object.values(r.news ?? {}).map((n) => ({
      outletId: n.newsSource,
      side:
        by === 'registry'
          ? (registry.match(n.newsLink)?.bias?.bucket ?? null)
          : ((['left', 'center', 'right'] as const).find((s) => s === n.stance) ?? null),
    }));
    const verdict = judge(articles, options);
    cells.set(`${skew}|${verdict}`, (cells.get(`${skew}|${verdict}`) ?? 0) + 1);
  }
  return cells;
};

// Agreement on direction: a note skewed to the left (coverage mostly left) expects "Blindspot for the Right".
function agreement(cells: Map<string, number>) {
  const n = (skews: readonly string[], verdicts: readonly Verdict[]) =>
    skews.reduce((sum, s) => sum + verdicts.reduce((t, v) => t + (cells.get(`${s}|${v}`) ?? 0), 0), 0);
  const flagged = n(SKEWS, ['left', 'right']);
  const agreeing = n(['left', 'lean-left'], ['right']) + n(['right', 'lean-right'], ['left']);
  const contradicting = n(['left', 'lean-left'], ['left']) + n(['right', 'lean-right'], ['right']);
  const skewed = n(['left', 'right'], VERDICTS);
  const skewedFlagged = n(['left'], ['right']) + n(['right'], ['left']);
  const balancedFlagged = n(['balanced'], ['left', 'right']);
  return {
    parallax_blindspots: flagged,
    of_which_allsides_agrees: agreeing,
    of_which_allsides_contradicts: contradicting,
    allsides_strong_skews: skewed,
    of_which_parallax_flags: skewedFlagged,
    allsides_balanced: n(['balanced'], VERDICTS),
    of_which_parallax_flags_balanced: balancedFlagged,
    judged: n(SKEWS, ['left', 'right', 'none']),
  };
}

const snapshotInPeriod = gunzipSync(readFileSync(join(args.data!, 'snapshot', 'articles.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { published: string; source: string })
  .filter((a) => a.published >= '2021-04-15' && a.published <= '2021-08-07');
const report = {
  roundups: roundups.length,
  note_labels: Object.fromEntries(
    SKEWS.map((s) => [
      s,
      roundups.filter((r) => classifyCoverageNote(r.roundup.slice(1).join(' ')) === s).length,
    ]),
  ),
  snapshot_articles_in_roundup_period: snapshotInPeriod.length,
  of_which_not_from_roundups: snapshotInPeriod.filter((a) => !/roundup|allsides/i.test(a.source)).length,
  configured_rule: { ...rule, ...agreement(table('registry', rule)) },
  relaxed_rule_registry_ratings: { ...relaxed, ...agreement(table('registry', relaxed)) },
  relaxed_rule_allsides_ratings: { ...relaxed, ...agreement(table('allsides', relaxed)) },
};

if (args.json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n`);
  for (const [name, by] of [
    ['relaxed rule, registry ratings', 'registry'],
    ['relaxed rule, AllSides ratings', 'allsides'],
  ] as const) {
    const cells = table(by, relaxed);
    process.stdout.write(`Confusion (${name}): rows = AllSides note, columns = Parallax verdict\n`);
    process.stdout.write(
      `| note \\ Parallax | ${VERDICTS.map((v) => (v === 'left' || v === 'right' ? `blindspot for the ${v}` : v)).join(' | ')} |\n`,
    );
    process.stdout.write(`|---|${VERDICTS.map(() => '---').join('|')}|\n`);
    for (const s of SKEWS) {
      process.stdout.write(`| ${s} | ${VERDICTS.map((v) => cells.get(`${s}|${v}`) ?? 0).join(' | ')} |\n`);
    }
    process.stdout.write('\n');
  }
}
