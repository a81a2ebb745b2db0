// Runs a feed farm (src/pipeline/feed-farm.ts) in a process of its own, so that the process measuring ingest
// (SQLite's driver is synchronous) never delays the farm's answers. Prints {"feedUrls": [...]} on one line,
// then serves until killed. Usage: feed-farm-process.ts FEEDS ITEMS_PER_FEED
import { startFeedFarm } from '../src/pipeline/feed-farm.ts';

const [feeds, items] = process.argv.slice(2).map(Number);
const farm = await startFeedFarm({ feeds: feeds ?? 10, itemsPerFeed: items ?? 10 });
process.stdout.write(`${JSON.stringify({ feedUrls: farm.feedUrls })}\n`);
process.once('SIGTERM', () => void farm.close().then(() => process.exit(0)));
