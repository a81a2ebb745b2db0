import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/index.ts';
import { COMMANDS } from './commands/index.ts';
import { UsageError } from './usage-error.ts';

const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

/** The `parallax` command line: the composition root of the application. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('parallax')
    .description('Parallax: every news story from every side.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) })
    .showHelpAfterError('(run with --help for usage)');
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`parallax: ${(error as Error).message}\n`);
    if (process.env.PARALLAX_DEBUG) console.error(error);
    return 1;
  }
}
