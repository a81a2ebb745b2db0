// Cuts a timed labelled stream into its earlier and later stories: a validation split carved from training data,
// for choosing between variants without looking at the held-out test streams. The last --late-fraction of the
// stories (ordered by their newest article) go to --late, the rest to --early, each whole and in stream order.
// Usage: node --import tsx scripts/split-labelled-stream.ts --in FILE --early FILE --late FILE [--late-fraction 0.35]
// Example (the validation split of data/cluster/README.md):
//   node --import tsx scripts/split-labelled-stream.ts --in .parallax/streams/allsides/train.jsonl \
//     --early .parallax/validation/allsides-early.jsonl --late .parallax/validation/allsides-late.jsonl
import { readFileSync } from 'node:fs';
import { splitByStoryDate } from './labelled-streams/split-by-story-date.ts';
import { type StreamRecord, writeStream } from './labelled-streams/stream-record.ts';
import { exitWithUsageError, parseScriptArgs } from './script-args.ts';

function fail(message: string): never {
  console.error(`split-labelled-stream: ${message}`);
  process.exit(2);
}

const { values } = parseScriptArgs(import.meta.filename, {
  options: {
    in: { type: 'string' },
    early: { type: 'string' },
    late: { type: 'string' },
    'late-fraction': { type: 'string', default: '0.35' },
  },
});
if (!values.in || !values.early || !values.late) {
  exitWithUsageError(import.meta.filename, '--in, --early and --late are required');
}
const fraction = Number(values['late-fraction']);

const records: StreamRecord[] = readFileSync(values.in, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, i) => {
    const record = JSON.parse(line) as StreamRecord;
    if (typeof record.story !== 'string') fail(`${values.in}:${i + 1}: no story id`);
    return record;
  });
try {
  const { early, late } = splitByStoryDate(records, fraction);
  const stories = (list: StreamRecord[]) => new Set(list.map((r) => r.story)).size;
  writeStream(values.early, early);
  writeStream(values.late, late);
  console.log(`${values.early}: ${early.length} articles, ${stories(early)} stories`);
  console.log(`${values.late}: ${late.length} articles, ${stories(late)} stories`);
} catch (error) {
  fail((error as Error).message);
}
