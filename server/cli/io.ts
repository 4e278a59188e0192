/**
 * What every subcommand writes through: the streams, the working folder and the environment, so
 * that tests can run the CLI in-process; and the one error type that ends a run with a message.
 */
import { createColors } from 'picocolors';

/** A stream the CLI writes to (process.stdout, or a buffer in tests). */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The world a CLI run sees. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  /** Standard input, read whole (for `check --stdin`). */
  readStdin(): Promise<Buffer>;
  /** Raises the run's exit code to at least `code` (0 clean, 1 findings, 2 usage or I/O error). */
  exitWith(code: number): void;
}

/** Ends the run with exit code 2 and `redline: <message>` on stderr (usage, I/O or config errors). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Whether to colour `stream`: NO_COLOR wins, then FORCE_COLOR, then whether it is a terminal. */
export function colorEnabled(stream: Output, env: CliIO['env']): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

/** Colours for `stream` (all identity functions when colour is off). */
export const colorsFor = (stream: Output, env: CliIO['env']) => createColors(colorEnabled(stream, env));

/** The colour functions a formatter uses. */
export type Colors = ReturnType<typeof createColors>;
