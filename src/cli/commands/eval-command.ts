import type { Command } from 'commander';

/** The shared `parallax eval` command group, created by whichever evaluation registers first. */
export function evalCommand(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'eval') ??
    program.command('eval').description('Measure Parallax on labelled data (clustering, summaries, …).')
  );
}
