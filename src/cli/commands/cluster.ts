import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import {
  type Assignment,
  type ClusterModel,
  combineEvaluations,
  createClusterer,
  createSimpleClusterer,
  DEFAULT_DOCUMENT_FREQUENCIES_PATH,
  DEFAULT_MODEL_PATH,
  evaluateStream,
  type F1Range,
  f1Range,
  type LabelledArticle,
  loadClusterModel,
  loadDocumentFrequencies,
  pairedCounts,
  parseLabelledStream,
  type StoryClusterer,
  type StreamEvaluation,
  serializeClusterModel,
  trainClusterModel,
} from '../../cluster/index.ts';
import { loadConfig } from '../../config/index.ts';
import { checkOutputFile } from '../parse-options.ts';
import { createProgress } from '../progress-bar.ts';
import { UsageError } from '../usage-error.ts';
import { evalCommand } from './eval-command.ts';
import { trainCommand } from './train-command.ts';

/**
 * Reads a labelled stream (plain or .gz); a missing or unreadable file is a usage error, a corrupt .gz names the
 * file, a bad line names its number. Scoring and training need every line's gold `story`; clustering ignores it.
 */
function readStream(file: string, requireStory = true): LabelledArticle[] {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  } catch (error) {
    throw new Error(`cluster: ${file} is not a valid gzip file (${(error as Error).message})`);
  }
  return parseLabelledStream(text, file, { requireStory });
}

function parsePositive(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new UsageError(`${name} must be a positive number, got "${value}"`);
  return number;
}

/**
 * A model or table an option names: missing, a folder or unreadable is a usage error, as for the streams; what the
 * file holds is checked by its loader.
 */
function checkInputFile(file: string, missing: string): void {
  if (!existsSync(file)) throw new UsageError(missing);
  if (statSync(file).isDirectory()) throw new UsageError(`cannot read ${file}: it is a folder, not a file`);
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function loadModelOption(path: string | undefined): ClusterModel {
  const file = path ?? loadConfig().cluster.model ?? DEFAULT_MODEL_PATH;
  checkInputFile(file, `no cluster model at ${file} (train one with: parallax train cluster)`);
  return loadClusterModel(file);
}

interface ClustererChoice {
  model?: string;
  simple?: boolean;
  windowDays?: string;
}

function makeClusterer(options: ClustererChoice): () => StoryClusterer {
  const windowDays = parsePositive(options.windowDays, '--window-days') ?? loadConfig().cluster.windowDays;
  if (options.simple) return () => createSimpleClusterer({ windowDays });
  const model = loadModelOption(options.model);
  return () => createClusterer(model, { windowDays });
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function rounded(e: StreamEvaluation): StreamEvaluation {
  const pr = (p: StreamEvaluation['pairwise']) => ({
    precision: round4(p.precision),
    recall: round4(p.recall),
    f1: round4(p.f1),
  });
  return {
    ...e,
    seconds: round4(e.seconds),
    articles_per_second: Math.round(e.articles_per_second),
    pairwise: pr(e.pairwise),
    bcubed: pr(e.bcubed),
  };
}

function formatTable(rows: readonly { name: string; e: StreamEvaluation }[]): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [
    `${'clusterer'.padEnd(10)} ${'docs'.padStart(7)} ${'gold'.padStart(6)} ${'pred'.padStart(6)}   pairwise P/R/F1        BCubed P/R/F1      seconds  articles/s`,
  ];
  for (const { name, e } of rows) {
    lines.push(
      `${name.padEnd(10)} ${String(e.documents).padStart(7)} ${String(e.gold_stories).padStart(6)} ${String(e.predicted_stories).padStart(6)}  ` +
        `${pct(e.pairwise.precision)}${pct(e.pairwise.recall)}${pct(e.pairwise.f1)}  ` +
        `${pct(e.bcubed.precision)}${pct(e.bcubed.recall)}${pct(e.bcubed.f1)}  ${e.seconds.toFixed(2).padStart(8)}  ${Math.round(e.articles_per_second).toString().padStart(10)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function registerClusterRun(program: Command): void {
  program
    .command('cluster')
    .description('Cluster a labelled stream (DESIGN §4 JSON Lines; gold labels ignored) into stories.')
    .requiredOption(
      '--input <file>',
      'labelled stream, one article per line in publication order (.gz allowed)',
    )
    .requiredOption('--output <file>', 'where to write one {"id","story"} line per article')
    .option('--model <file>', 'trained model (default: config cluster.model, else data/cluster/model.json)')
    .option('--simple', 'use the simple TF-IDF threshold clusterer instead of the learned model')
    .option('--window-days <n>', 'days a story stays open after its newest article (default: config)')
    .option('--explain', 'also write isNew, duplicateOf, supersedes and the explanation of each assignment')
    .action((opts: ClustererChoice & { input: string; output: string; explain?: boolean }) => {
      checkOutputFile(opts.output, '--output');
      const articles = readStream(opts.input, false);
      const clusterer = makeClusterer(opts)();
      const line = (a: Assignment) =>
        opts.explain
          ? {
              id: a.id,
              story: a.story,
              isNew: a.isNew,
              duplicateOf: a.duplicateOf ?? null,
              supersedes: a.supersedes ?? null,
              explanation: a.explanation,
            }
          : { id: a.id, story: a.story };
      const progress = createProgress();
      progress.start(articles.length, 'cluster');
      const out = articles.map((a) => {
        const text = `${JSON.stringify(line(clusterer.assign(a.input)))}\n`;
        progress.increment();
        return text;
      });
      progress.stop();
      writeFileSync(opts.output, out.join(''));
    });
}

function registerEvalCluster(program: Command): void {
  evalCommand(program)
    .command('cluster')
    .description(
      'Pairwise and BCubed precision/recall/F1 of the learned clusterer on labelled streams, beside the simple ' +
        'clusterer in the same run. Several files are scored one by one and macro-averaged.',
    )
    .requiredOption('--data <files...>', 'labelled streams (.jsonl or .jsonl.gz), each one stream')
    .option(
      '--json',
      'print {"documents","gold_stories","predicted_stories","seconds","articles_per_second",…}',
    )
    .option('--model <file>', 'trained model (default: config cluster.model, else data/cluster/model.json)')
    .option(
      '--against <file>',
      'a second model scored on the same streams, with the streams each F1 rose or fell on (e.g. yours against the shipped one)',
    )
    .option('--window-days <n>', 'days a story stays open after its newest article (default: config)')
    .action((opts: ClustererChoice & { data: string[]; json?: boolean; against?: string }) => {
      const streams = opts.data.map((file) => ({ file, articles: readStream(file) }));
      for (const { file, articles } of streams) {
        if (articles.length === 0) throw new UsageError(`${file} holds no articles`);
      }
      const learned = makeClusterer(opts);
      const simple = makeClusterer({ ...opts, simple: true });
      const other = opts.against === undefined ? undefined : makeClusterer({ ...opts, model: opts.against });
      // Per article of every stream, through each clusterer in turn: UCI's 23 days take about a minute.
      const progress = createProgress();
      progress.start(
        streams.reduce((n, s) => n + s.articles.length, 0),
        'eval',
      );
      const per = streams.map(({ file, articles }) => {
        const scored = {
          file,
          model: evaluateStream(articles, learned()).evaluation,
          baseline: evaluateStream(articles, simple()).evaluation,
          against: other && evaluateStream(articles, other()).evaluation,
        };
        progress.increment(articles.length);
        return scored;
      });
      progress.stop();
      const model = rounded(combineEvaluations(per.map((p) => p.model)));
      const baseline = rounded(combineEvaluations(per.map((p) => p.baseline)));
      const range = per.length > 1 ? roundedRange(f1Range(per.map((p) => p.model))) : undefined;
      const againstScores = other && per.map((p) => p.against!);
      const against = againstScores && {
        file: opts.against!,
        ...rounded(combineEvaluations(againstScores)),
        streams_ours_better_worse_level: pairedCounts(
          per.map((p) => p.model),
          againstScores,
        ),
      };
      if (opts.json) {
        const streamsOut = per.map((p) => ({
          file: p.file,
          ...rounded(p.model),
          baseline: rounded(p.baseline),
          ...(p.against ? { against: rounded(p.against) } : {}),
        }));
        process.stdout.write(
          `${JSON.stringify({ ...model, baseline, ...(range ? { f1_range: range } : {}), ...(against ? { against } : {}), streams: streamsOut })}\n`,
        );
        return;
      }
      const rows = (p: {
        model: StreamEvaluation;
        baseline: StreamEvaluation;
        against?: StreamEvaluation;
      }) => [
        { name: 'parallax', e: p.model },
        ...(p.against ? [{ name: 'against', e: p.against }] : []),
        { name: 'simple', e: p.baseline },
      ];
      if (per.length > 1) {
        for (const p of per) process.stdout.write(`${p.file}\n${formatTable(rows(p))}\n`);
        process.stdout.write(`mean over ${per.length} streams (scores macro-averaged)\n`);
      }
      process.stdout.write(formatTable(rows({ model, baseline, against })));
      if (range) {
        const span = ([low, high]: readonly [number, number]) =>
          `${(100 * low).toFixed(1)}–${(100 * high).toFixed(1)}`;
        process.stdout.write(
          `parallax F1 over the streams: pairwise ${span(range.pairwise)}, BCubed ${span(range.bcubed)}\n`,
        );
      }
      if (against) {
        const { pairwise, bcubed } = against.streams_ours_better_worse_level;
        const counted = (c: typeof pairwise) => `${c.better} better, ${c.worse} worse, ${c.level} level`;
        process.stdout.write(
          `parallax against ${opts.against} on ${per.length} streams: pairwise F1 ${counted(pairwise)}; BCubed F1 ${counted(bcubed)}\n`,
        );
      }
    });
}

function roundedRange(range: F1Range): F1Range {
  const pair = ([low, high]: readonly [number, number]) => [round4(low), round4(high)] as const;
  return { pairwise: pair(range.pairwise), bcubed: pair(range.bcubed) };
}

interface TrainOptions {
  data: string[];
  out?: string;
  documentFrequencies?: string;
  rounds?: string;
  augment?: boolean;
  windowDays?: string;
}

function registerTrainCluster(program: Command): void {
  trainCommand(program)
    .command('cluster')
    .description(
      'Learn the clustering weights (ranking + join-or-new, per article shape) from labelled streams and write the model.',
    )
    .requiredOption(
      '--data <files...>',
      'labelled streams (.jsonl or .jsonl.gz), each one stream in publication order',
    )
    .option('--out <file>', 'model file to write', DEFAULT_MODEL_PATH)
    .option(
      '--document-frequencies <file>',
      'IDF prior and names lexicon the model uses (scripts/build-document-frequencies.ts)',
      DEFAULT_DOCUMENT_FREQUENCIES_PATH,
    )
    .option('--rounds <n>', 'on-policy rounds after the teacher-forced one', '1')
    .option('--no-augment', 'do not also learn from copies of the streams without times / without body text')
    .option('--window-days <n>', 'days a story stays open after its newest article (default: config)')
    .action((opts: TrainOptions) => {
      const rounds = Number(opts.rounds);
      if (!Number.isInteger(rounds) || rounds < 0)
        throw new UsageError(`--rounds must be 0 or more, got "${opts.rounds}"`);
      const windowDays = parsePositive(opts.windowDays, '--window-days') ?? loadConfig().cluster.windowDays;
      checkOutputFile(opts.out!, '--out');
      checkInputFile(opts.documentFrequencies!, `no such file: ${opts.documentFrequencies}`);
      const documentFrequencies = loadDocumentFrequencies(opts.documentFrequencies);
      const streams = opts.data.map((file) => {
        const articles = readStream(file);
        // A model learnt from no articles has no profile: nothing could load it, not even `parallax start`.
        if (articles.length === 0) throw new UsageError(`${file} holds no articles`);
        return { name: basename(file), articles };
      });
      const started = Date.now();
      const model = trainClusterModel(streams, {
        windowDays,
        documentFrequencies,
        augment: opts.augment !== false,
        onPolicyRounds: rounds,
        onProgress: (message) => process.stderr.write(`train cluster: ${message}\n`),
      });
      const out = resolve(opts.out!);
      const documentFrequencyFile = relative(dirname(out), resolve(opts.documentFrequencies!));
      writeFileSync(out, serializeClusterModel({ ...model, documentFrequencyFile }));
      const articles = streams.reduce((n, s) => n + s.articles.length, 0);
      process.stderr.write(
        `train cluster: ${articles} articles in ${streams.length} streams -> ${out} ` +
          `(${((Date.now() - started) / 1000).toFixed(0)} s; profiles ${Object.keys(model.profiles).join(', ')})\n`,
      );
    });
}

/** `parallax cluster`, `parallax eval cluster` and `parallax train cluster`. */
export function registerCluster(program: Command): void {
  registerClusterRun(program);
  registerEvalCluster(program);
  registerTrainCluster(program);
}
