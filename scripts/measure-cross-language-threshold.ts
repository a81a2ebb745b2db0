// The evidence behind the cluster model's crossLanguageThreshold: the join probability an article needs to join a
// story in another language. MMDS (English, Chinese and Malay reports of the same events) is the only labelled set
// with stories across languages, and it has no dates to hold out by, so the threshold is checked by cross-
// validation over its events: the stream is split into two halves by story (several seeds), the threshold that
// does best on one half is chosen from a grid and scored on the other, beside the threshold used within a language.
// Prints BCubed F1 per threshold on the whole stream, and the held-out halves' gain.
//
//   node --import tsx scripts/measure-cross-language-threshold.ts [--data .parallax/streams/mmds/dev.jsonl] [--json]
import { readFileSync } from 'node:fs';
import {
  type ClusterModel,
  createClusterer,
  evaluateStream,
  type LabelledArticle,
  loadClusterModel,
  parseLabelledStream,
} from '../src/cluster/index.ts';
import { parseScriptArgs } from './script-args.ts';

const { values: args } = parseScriptArgs(import.meta.filename, {
  options: {
    data: { type: 'string', default: '.parallax/streams/mmds/dev.jsonl' },
    json: { type: 'boolean', default: false },
  },
});

const GRID = [0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05];
const SEEDS = [1, 2, 3, 4, 5];
/** Stands for "the profile's own threshold", as if there were no cross-language rule. */
const WITHIN = 'within-language' as const;
type Threshold = number | typeof WITHIN;
const CHOICES: readonly Threshold[] = [WITHIN, ...GRID];

const shipped = loadClusterModel();
const articles = parseLabelledStream(readFileSync(args.data!, 'utf8'), args.data);

const withThreshold = (threshold: Threshold): ClusterModel => ({
  ...shipped,
  settings: { ...shipped.settings, crossLanguageThreshold: threshold === WITHIN ? null : threshold },
});
const bcubed = (stream: readonly LabelledArticle[], threshold: Threshold) =>
  evaluateStream(stream, createClusterer(withThreshold(threshold))).evaluation.bcubed.f1;

/** A stable hash of a story id with a seed: the half a story falls in. */
function half(story: string, seed: number): 0 | 1 {
  let h = Math.imul(seed, 2_654_435_761) >>> 0;
  for (let i = 0; i < story.length; i++) h = (Math.imul(h, 31) + story.charCodeAt(i)) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return ((h ^ (h >>> 15)) & 1) as 0 | 1;
}

const whole = CHOICES.map((t) => ({ threshold: t, bcubed: bcubed(articles, t) }));
const folds: { seed: number; chosen: Threshold; heldOut: number; within: number }[] = [];
for (const seed of SEEDS) {
  const halves = [0, 1].map((h) => articles.filter((a) => half(a.story, seed) === h));
  for (const [train, test] of [
    [halves[0]!, halves[1]!],
    [halves[1]!, halves[0]!],
  ] as const) {
    const scored = CHOICES.map((t) => ({ t, f1: bcubed(train, t) }));
    const chosen = scored.reduce((a, b) => (b.f1 > a.f1 ? b : a)).t;
    folds.push({ seed, chosen, heldOut: bcubed(test, chosen), within: bcubed(test, WITHIN) });
  }
}
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const summary = {
  stream: args.data,
  articles: articles.length,
  shipped: shipped.settings.crossLanguageThreshold,
  whole,
  folds,
  heldOutMean: mean(folds.map((f) => f.heldOut)),
  withinMean: mean(folds.map((f) => f.within)),
  gainMin: Math.min(...folds.map((f) => f.heldOut - f.within)),
};
if (args.json) {
  console.log(JSON.stringify(summary, null, 1));
} else {
  console.log(`${articles.length} articles of ${args.data}; shipped threshold ${summary.shipped}`);
  console.log('BCubed F1 on the whole stream per cross-language threshold:');
  for (const w of whole) console.log(`  ${String(w.threshold).padEnd(16)} ${w.bcubed.toFixed(3)}`);
  console.log(
    `${folds.length} held-out halves (${SEEDS.length} seeds × 2), threshold chosen on the other half:`,
  );
  for (const f of folds) {
    console.log(
      `  seed ${f.seed}: chose ${String(f.chosen).padEnd(15)} held out ${f.heldOut.toFixed(3)}  within-language ${f.within.toFixed(3)}`,
    );
  }
  console.log(
    `mean held-out BCubed ${summary.heldOutMean.toFixed(3)} against ${summary.withinMean.toFixed(3)} ` +
      `within-language (smallest gain ${summary.gainMin.toFixed(3)})`,
  );
}
