// Scores how demo databases group the judged article sets of data/cluster/judged/demo-sets.jsonl: sets of demo
// snapshot articles that a reader partitioned into events, blind to any clustering (see data/cluster/README.md).
// Per sample group ("t": drawn where two dated thresholds changed the clustering, "u": drawn uniformly; a set drawn
// twice counts once), over all sets and over the sets the reader was sure of: the BCubed F1 of each set on its own,
// averaged (every set alike), and the pairs within the sets pooled: together in both, wrongly joined (one story, two
// events), missed (one event, two stories), which a large set split in two can outweigh. With several databases,
// each after the first is also compared with it set by set. A database is a demo built by `npm start`. Only pairs
// within a set are judged: a clustering that joins articles of two sets is not caught here (data/cluster/README.md).
// Usage: node --import tsx scripts/measure-judged-sets.ts --db FILE [--db FILE …] [--sets FILE] [--judge A]
// Example: PARALLAX_DB=/tmp/demo.db npm start (stop it once it serves), then
//   node --import tsx scripts/measure-judged-sets.ts --db /tmp/demo.db
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import {
  distinctSets,
  type JudgedSet,
  parseJudgedSet,
  scoreJudgedSets,
} from './judged-sets/score-judged-sets.ts';
import { exitWithUsageError, parseScriptArgs } from './script-args.ts';

const { values } = parseScriptArgs(import.meta.filename, {
  options: {
    db: { type: 'string', multiple: true },
    sets: { type: 'string', default: 'data/cluster/judged/demo-sets.jsonl' },
    judge: { type: 'string', default: 'A' },
  },
});
if (!values.db?.length) exitWithUsageError(import.meta.filename, '--db is required');

const all: JudgedSet[] = readFileSync(values.sets, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, i) => parseJudgedSet(JSON.parse(line), `${values.sets}:${i + 1}`));
const sets = all.filter((s) => s.judge === values.judge);
const groups = [...new Set(sets.map((s) => s.sample.charAt(0)))].sort();
const fixed = (x: number) => x.toFixed(3);

const errorsOf = new Map<string, readonly number[]>();
for (const [index, path] of values.db.entries()) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const storyOf = new Map(
    (db.prepare('SELECT url, story_id AS story FROM articles').all() as { url: string; story: number }[]).map(
      (r) => [r.url, r.story],
    ),
  );
  db.close();
  console.log(`== ${path}`);
  for (const group of groups) {
    for (const sureOnly of [false, true]) {
      const label = `${group}${sureOnly ? ' sure' : ''}`;
      const chosen = distinctSets(sets.filter((s) => s.sample.startsWith(group) && (!sureOnly || !s.unsure)));
      const s = scoreJudgedSets(chosen, (url) => storyOf.get(url));
      let versus = '';
      const first = errorsOf.get(label);
      if (index === 0) errorsOf.set(label, s.errorsBySet);
      else if (first) {
        const fewer = s.errorsBySet.filter((e, i) => e < first[i]!).length;
        const more = s.errorsBySet.filter((e, i) => e > first[i]!).length;
        versus = `; against the first database: fewer errors in ${fewer} sets, more in ${more}`;
      }
      console.log(
        `  ${label.padEnd(6)} ${String(s.sets).padStart(3)} sets: mean set BCubed F1 ${fixed(s.meanSetBcubed)}; pairs P ${fixed(s.precision)} R ${fixed(s.recall)} F1 ${fixed(s.f1)}` +
          ` (together ${s.together}, wrongly joined ${s.wronglyJoined}, missed ${s.missed}; sets with a wrong join ${s.setsWithWrongJoin}, with a split ${s.setsWithSplit}${versus})`,
      );
    }
  }
}
// Where a second reader partitioned a sample too: how far two readers agree, the first reader's partition scored as
// a clustering against the second's (pairwise F1).
const eventOf = new Map<JudgedSet, Map<string, number>>();
for (const other of all.filter((s) => s.judge !== values.judge)) {
  const first = sets.find((s) => s.sample === other.sample && s.case === other.case);
  if (first)
    eventOf.set(other, new Map(first.partition.flatMap((g, i) => g.map((p) => [first.urls[p - 1]!, i]))));
}
if (eventOf.size > 0) {
  const s = scoreJudgedSets([...eventOf.keys()], (url, set) => eventOf.get(set)!.get(url));
  const same = s.errorsBySet.filter((e) => e === 0).length;
  console.log(
    `readers: ${s.sets} sets read twice, partitioned alike in ${same}; pairwise F1 of one reader against the other ${fixed(s.f1)}`,
  );
}
