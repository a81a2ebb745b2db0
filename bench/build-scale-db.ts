// Builds a SQLite database of the scale corpus (bench/scale-corpus.ts) with its gold stories, e.g. to time
// `parallax migrate-store` on a million articles. Usage: build-scale-db.ts OUT.db [ARTICLES=1000000]
import { existsSync } from 'node:fs';
import { openStore } from '../src/store/index.ts';
import { assignGoldStories, loadArticles } from './load-scale-store.ts';
import { corpusAvailable, loadScaleCorpus } from './scale-corpus.ts';

const [path, count = '1000000'] = process.argv.slice(2);
if (!path || existsSync(path)) {
  console.error('usage: build-scale-db.ts OUT.db [ARTICLES] (OUT.db must not exist)');
  process.exit(2);
}
if (!corpusAvailable()) {
  console.error('build-scale-db: ../shared/data is missing');
  process.exit(1);
}
const articles = Number(count);
const corpus = await loadScaleCorpus({ perYear: articles });
const store = await openStore({ sqlitePath: path });
const load = await loadArticles(store, corpus, articles);
const assignSeconds = await assignGoldStories(store, corpus, articles);
await store.analyze();
console.log(
  `${path}: ${load.articles} articles in ${load.seconds.toFixed(1)} s, ${await store.stories.count()} stories in ${assignSeconds.toFixed(1)} s`,
);
await store.close();
