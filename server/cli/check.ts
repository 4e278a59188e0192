/** `redline check`: placeholder until the command lands. */
import type { Command } from 'commander';
import type { CliIO } from './io.js';

/** Registers `check`. */
export function registerCheck(program: Command, _io: CliIO): void {
  program.command('check').description('Checks .policy files.');
}
