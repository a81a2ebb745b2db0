// The command-line options of the scripts in this folder: each script's opening comment is its help text.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** The comment block a source file opens with, without its comment markers. */
export function headerComment(source: string): string {
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join('\n');
}

/**
 * Parses a script's options. `--help` (or `-h`) prints the script's opening comment and exits 0; an unknown or
 * malformed option prints what is wrong, in one line without a stack trace, and exits 2.
 */
export function parseScriptArgs<T extends ParseArgsConfig>(
  scriptPath: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const argv = config.args ?? process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(headerComment(readFileSync(scriptPath, 'utf8')));
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    return exitWithUsageError(scriptPath, (error as Error).message);
  }
}

/** Says in one line what is wrong with a script's options (for checks parseArgs cannot make) and exits 2. */
export function exitWithUsageError(scriptPath: string, message: string): never {
  console.error(`${basename(scriptPath)}: ${message} (--help lists the options)`);
  process.exit(2);
}
