import { makeLead } from '../text/index.ts';
import { parseNeusLine } from './parse-neus.ts';
import { scoreRouge } from './rouge.ts';
import { synthesizeStory } from './synthesize-story.ts';
import type { SynthesisOptions } from './types.ts';

/** Mean ROUGE F1 over stories. */
export interface RougeMeans {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeL: number;
}

/** ROUGE of Parallax and of the lead baseline over the same stories, and Parallax's text per story. */
export interface SummaryEvaluation {
  readonly stories: number;
  readonly parallax: RougeMeans;
  readonly lead: RougeMeans;
  readonly outputs: readonly string[];
}

/**
 * Runs synthesis over NeuS source lines and scores title + summary + key points against the target lines,
 * beside a lead baseline: the first article's opening words (headline, then text) cut to as many words as
 * Parallax wrote for that story. Articles carry no outlet or side, and no date.
 */
export function evaluateSummaries(
  sources: readonly string[],
  targets: readonly string[],
  options: SynthesisOptions = {},
): SummaryEvaluation {
  if (sources.length !== targets.length) {
    throw new Error(`summarize: ${sources.length} source lines but ${targets.length} target lines`);
  }
  const sums = { parallax: [0, 0, 0], lead: [0, 0, 0] };
  const outputs: string[] = [];
  sources.forEach((line, index) => {
    const articles = parseNeusLine(line).map((a, i) => ({
      id: i + 1,
      title: a.title,
      lead: makeLead(a.text),
      text: a.text,
      outletId: null,
      side: null,
      publishedAt: null,
    }));
    const target = parseNeusLine(targets[index]!)
      .map((a) => `${a.title} ${a.text}`)
      .join(' ');
    const result = synthesizeStory(articles, options);
    const text = [result.title, result.summary, ...result.keyPoints.map((p) => p.text)]
      .filter((s) => s !== '')
      .join(' ');
    outputs.push(text);
    const words = text.split(/\s+/).length;
    const first = articles[0];
    const lead =
      first === undefined ? '' : `${first.title} ${first.text}`.split(/\s+/).slice(0, words).join(' ');
    add(sums.parallax, scoreRouge(target, text));
    add(sums.lead, scoreRouge(target, lead));
  });
  const n = Math.max(1, sources.length);
  const mean = (s: number[]) => ({ rouge1: s[0]! / n, rouge2: s[1]! / n, rougeL: s[2]! / n });
  return { stories: sources.length, parallax: mean(sums.parallax), lead: mean(sums.lead), outputs };
}

function add(sum: number[], scores: ReturnType<typeof scoreRouge>): void {
  sum[0]! += scores.rouge1.f1;
  sum[1]! += scores.rouge2.f1;
  sum[2]! += scores.rougeL.f1;
}
