import type { Command } from 'commander';

/** Every command registers itself on the program; add new commands to this list. */
export const COMMANDS: readonly ((program: Command) => void)[] = [];
