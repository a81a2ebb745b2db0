import type { Command } from 'commander';

/** The shared `parallax train` command group, created by whichever trainer registers first. */
export function trainCommand(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'train') ??
    program
      .command('train')
      .description(
        'Learn model weights from labelled data and write them (--out; the default replaces the shipped model).',
      )
  );
}
