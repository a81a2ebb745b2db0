// Helpers for tests of the commands.
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { openStore } from '../../store/index.ts';

const BIN = join(resolve(import.meta.dirname, '../../..'), 'bin/parallax.js');

/** What a command printed and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** A stream's `write`, as the capture below replaces it. */
interface Writable {
  write: typeof process.stdout.write;
}

/**
 * Replaces `stream.write` so that the text written to it is collected instead of printed; anything else (bytes) still
 * goes through. Under `node --test` each test file reports its results over its own stdout as binary frames, and a
 * frame written while a command runs must reach the runner: swallowed, that test's result vanishes from the report
 * and its bytes end up in the command's output.
 */
export function captureText(stream: Writable): { text: () => string; restore: () => void } {
  const original = stream.write;
  let text = '';
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string')
      return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    text += chunk;
    return true;
  }) as typeof process.stdout.write;
  return {
    text: () => text,
    restore: () => {
      stream.write = original;
    },
  };
}

/**
 * Runs `parallax <args>` in this process, capturing what it prints (a child process would pay the CLI's start-up
 * again). The configuration is read once per process, so set PARALLAX_* variables before the first run.
 */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const { main } = await import('../main.ts');
  const out = captureText(process.stdout);
  const err = captureText(process.stderr);
  try {
    const code = await main(args);
    return { code, out: out.text(), err: err.text() };
  } finally {
    out.restore();
    err.restore();
  }
}

/** A `parallax` child process and what it has printed so far. */
export interface ParallaxProcess {
  readonly child: ChildProcess;
  readonly out: () => string;
  readonly err: () => string;
  /** Resolves when it exits, with its exit code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `parallax <args>` as a child process with `env` over this process's environment. */
export function spawnParallax(args: readonly string[], env: NodeJS.ProcessEnv = {}): ParallaxProcess {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    err += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, out: () => out, err: () => err, exited };
}

/** A time on 2024-03-01 (UTC), the day the seeded stories happen. */
export const seedTime = (hour: number) => new Date(Date.UTC(2024, 2, 1, hour)).toISOString();

/** One article of a seeded story: its story, title, hour, and what it copies or its language if any. */
export interface SeedArticle {
  readonly story: number;
  readonly title: string;
  readonly hour: number;
  readonly duplicateOf?: number;
  readonly language?: string;
}

/**
 * Saves `articles` in the SQLite file `db`, two outlets taking turns, and assigns each to its story (the first of a
 * story opens it, sharing `sharedTerms` with it like every other); returns their ids, in order.
 */
export async function seedStories(
  db: string,
  articles: readonly SeedArticle[],
  sharedTerms: readonly string[] = [],
): Promise<number[]> {
  const store = await openStore({ sqlitePath: db });
  try {
    const { changedIds } = await store.articles.save(
      articles.map((a, i) => ({
        url: `https://outlet${i % 2}.example/${a.story}/${i}`,
        outletId: `outlet${i % 2}.example`,
        title: a.title,
        lead: `${a.title}, the lead.`,
        publishedAt: seedTime(a.hour),
        fetchedAt: seedTime(14),
        contentHash: `h${i}`,
        ...(a.language && { language: a.language }),
      })),
      seedTime(14),
    );
    const ids = changedIds as number[];
    const opened = new Set<number>();
    await store.stories.applyAssignments(
      articles.map((a, i) => {
        const isNew = !opened.has(a.story);
        opened.add(a.story);
        return {
          articleId: ids[i]!,
          storyId: a.story,
          isNew,
          duplicateOf: a.duplicateOf ?? null,
          publishedAt: seedTime(a.hour),
          title: a.title,
          score: 0.5,
          runnerUp: null,
          sharedTerms: [...sharedTerms],
          sharedEntities: [],
        };
      }),
      seedTime(14),
    );
    return ids;
  } finally {
    await store.close();
  }
}
