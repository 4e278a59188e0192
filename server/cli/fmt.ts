/** `redline fmt`: placeholder until the command lands. */
import type { Command } from 'commander';
import type { CliIO } from './io.js';

/** Registers `fmt`. */
export function registerFmt(program: Command, _io: CliIO): void {
  program.command('fmt').description('Formats .policy files.');
}
