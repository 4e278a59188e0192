/**
 * `redline fmt FILE…`: print the canonical form of each file (`print()`), keeping its line endings
 * and byte-order mark; `--write` rewrites files in place, `--check` only says which are not
 * formatted (exit 1). A file with syntax errors is never formatted: its first error is reported and
 * the run exits 2. Of the configuration only `maxFileSize` counts, as `check` reads it (or
 * `--max-file-size`); a redline.json that cannot be read holds no formatting back, and the default
 * limit applies.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse } from '../../grammar/index.js';
import { print } from '../../grammar/printer.js';
import { ConfigError, DEFAULT_MAX_FILE_SIZE } from '../analysis/config.js';
import { collectFiles, configSource, displayPath, readPolicyFile } from './files.js';
import type { CliIO } from './io.js';
import { integerOption } from './options.js';

/** The options of `fmt`. */
export interface FmtOptions {
  write?: boolean;
  check?: boolean;
  maxFileSize?: number;
}

/** Registers `fmt`. */
export function registerFmt(program: Command, io: CliIO): void {
  program
    .command('fmt')
    .description('Print .policy files in canonical form (or rewrite them, or check them).')
    .argument('<files...>', 'files or folders to format')
    .option('-w, --write', 'rewrite the files in place')
    .option('--check', 'exit 1 if a file is not formatted; change nothing')
    .option(
      '--max-file-size <bytes>',
      'refuse files larger than this (default: maxFileSize, 5000000)',
      integerOption('--max-file-size', 1),
    )
    .action(async (files: string[], options: FmtOptions) => io.exitWith(await runFmt(files, options, io)));
}

/** The canonical text of `text`, or its first syntax error as `line:col message` (1-based). */
export function formatText(text: string): { ok: true; text: string } | { ok: false; error: string } {
  // An empty (or blank) file is already formatted: the printer would give it a lone line break.
  if (text.trim() === '') return { ok: true, text: '' };
  const doc = parse(text);
  const first = doc.errors[0];
  if (first)
    return {
      ok: false,
      error: `${first.range.start.line + 1}:${first.range.start.character + 1} ${first.message}`,
    };
  return { ok: true, text: print(doc, { eol: text.includes('\r\n') ? '\r\n' : '\n' }) };
}

/** Runs `fmt` and returns its exit code. */
export async function runFmt(paths: string[], options: FmtOptions, io: CliIO): Promise<number> {
  if (options.write && options.check) {
    io.stderr.write('redline: fmt: use --write or --check, not both\n');
    return 2;
  }
  let code = 0;
  const { files, problems } = await collectFiles(paths, io.cwd);
  for (const p of problems) io.stderr.write(`redline: ${p.file}: ${p.reason}\n`);
  if (problems.length) code = 2;
  const configFor = configSource(undefined, io.cwd);
  const limitFor = (file: string): number => {
    if (options.maxFileSize !== undefined) return options.maxFileSize;
    const config = configFor(file);
    return config instanceof ConfigError ? DEFAULT_MAX_FILE_SIZE : config.maxFileSize;
  };
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    const read = await readPolicyFile(file, limitFor(file));
    if (!read.ok) {
      io.stderr.write(`redline: ${shown}: ${read.reason}\n`);
      code = 2;
      continue;
    }
    const formatted = formatText(read.text);
    if (!formatted.ok) {
      io.stderr.write(`${shown}:${formatted.error}\n`);
      code = 2;
      continue;
    }
    const same = formatted.text === read.text;
    if (options.check) {
      if (!same) {
        io.stdout.write(`${shown}: not formatted\n`);
        code = Math.max(code, 1);
      }
    } else if (options.write) {
      if (!same) {
        await writeFile(file, (read.bom ? '\uFEFF' : '') + formatted.text);
        io.stdout.write(`${shown}: formatted\n`);
      }
    } else io.stdout.write(formatted.text);
  }
  return code;
}
