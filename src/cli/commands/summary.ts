import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { evaluateSummaries } from '../../summarize/evaluate-summaries.ts';
import { checkOutputFile } from '../parse-options.ts';
import { UsageError } from '../usage-error.ts';
import { evalCommand } from './eval-command.ts';

interface SummaryOptions {
  source: string;
  target: string;
  json?: boolean;
  output?: string;
  limit?: string;
}

/**
 * `parallax eval summary --source FILE --target FILE [--json] [--output FILE] [--limit N]`: ROUGE-1/2/L F1 of
 * Parallax's title + summary + key points against NeuS neutral summaries, beside a lead baseline of equal length.
 */
export function registerSummary(program: Command): void {
  evalCommand(program)
    .command('summary')
    .description(
      'ROUGE (rouge-score with stemming; ROUGE-L is sentence-level) of Parallax and of a lead baseline against NeuS target summaries.',
    )
    .requiredOption('--source <file>', 'NeuS source file (.gz or plain): one story per line')
    .requiredOption('--target <file>', 'NeuS target file: the human neutral summary of each line')
    .option('--json', 'print {"stories","parallax":{"rouge1","rouge2","rougeL"},"lead":{…}}')
    .option('--output <file>', "write Parallax's text for each story, one line per story in input order")
    .option('--limit <n>', 'only the first N stories')
    .action((opts: SummaryOptions) => {
      const limit = parseLimit(opts.limit);
      if (opts.output !== undefined) checkOutputFile(opts.output, '--output');
      const sources = readLines(opts.source).slice(0, limit);
      const targets = readLines(opts.target).slice(0, limit);
      if (sources.length !== targets.length) {
        throw new UsageError(
          `${opts.source} has ${sources.length} lines but ${opts.target} has ${targets.length}`,
        );
      }
      const result = evaluateSummaries(sources, targets);
      if (opts.output !== undefined) writeFileSync(opts.output, result.outputs.map((o) => `${o}\n`).join(''));
      const round = (m: typeof result.parallax) => ({
        rouge1: round4(m.rouge1),
        rouge2: round4(m.rouge2),
        rougeL: round4(m.rougeL),
      });
      const report = { stories: result.stories, parallax: round(result.parallax), lead: round(result.lead) };
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      process.stdout.write(`stories ${report.stories}\n          ROUGE-1  ROUGE-2  ROUGE-L (F1)\n`);
      for (const name of ['parallax', 'lead'] as const) {
        const m = report[name];
        const cells = [m.rouge1, m.rouge2, m.rougeL].map((x) => (100 * x).toFixed(2).padStart(7));
        process.stdout.write(`${name.padEnd(9)} ${cells.join('  ')}\n`);
      }
    });
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit must be a positive integer, got "${value}"`);
  return n;
}

// The NeuS files are gzip-compressed; plain text works too.
function readLines(file: string): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const text =
    bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}
