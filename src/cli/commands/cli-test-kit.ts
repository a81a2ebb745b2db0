// Helpers for tests of the feeds and ingest commands.

/** What a command printed and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs `parallax <args>` in this process, capturing what it prints (a child process would pay the CLI's start-up
 * again). The configuration is read once per process, so set PARALLAX_* variables before the first run.
 */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const { main } = await import('../main.ts');
  let out = '';
  let err = '';
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => {
    err += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await main(args), out, err };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}
