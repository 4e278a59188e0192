/**
 * The `redline` command line: a thin adapter over `analyze()`. Each subcommand lives in its own
 * file and registers itself on the commander program; to add one, add one line to `commands`.
 */
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { registerCheck } from './check.js';
import { registerCompare } from './compare.js';
import { registerFmt } from './fmt.js';
import { registerLibrary } from './library.js';
import { UsageError, type CliIO, type Output } from './io.js';
import { registerLsp } from './lsp.js';
import { registerScorecard } from './scorecard.js';

export { applyV8Settings } from '../v8-settings.js';

/** A subcommand: adds itself to `program`; its action writes through `io` and sets the exit code. */
export type RegisterCommand = (program: Command, io: CliIO) => void;

/** Every subcommand, one line each (kept one per line so that adding one never conflicts). */
// prettier-ignore
export const commands: RegisterCommand[] = [
  registerCheck,
  registerFmt,
  registerLsp,
  registerLibrary,
  registerScorecard,
  registerCompare,
];

/** Where a run reads and writes; defaults to the process's own. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdout?: Output;
  stderr?: Output;
  /** What standard input holds (tests); the process's own when absent. */
  stdin?: string;
}

/** Runs the CLI on `argv` (arguments after the program name) and resolves to the exit code. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<number> {
  let exitCode = 0;
  const io: CliIO = {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    readStdin: () =>
      options.stdin !== undefined ? Promise.resolve(Buffer.from(options.stdin)) : readAll(process.stdin),
    exitWith: (code) => void (exitCode = Math.max(exitCode, code)),
  };
  try {
    await createProgram(io).parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, io);
  }
}

/** Everything `stream` yields, as one buffer. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The commander program with every subcommand registered. */
export function createProgram(io: CliIO): Command {
  const program = new Command('redline')
    .description('Checks and formats .policy drafts (police SOPs and other public policy).')
    .version(pkg.version, '-v, --version')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander says "error: …"; every message of ours starts with the program's name.
      outputError: (text, write) => write(text.replace(/^error: /, 'redline: ')),
    });
  for (const register of commands) register(program, io);
  return program;
}

function failure(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander only because of exitOverride.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`redline: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`redline: internal error: ${message}\n`);
  if (io.env.REDLINE_DEBUG === '1' && error instanceof Error && error.stack)
    io.stderr.write(`${error.stack}\n`);
  return 2;
}
