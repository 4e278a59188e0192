/**
 * `redline compare OLD NEW [--format md|json] [--fail-on-weakened]`: the semantic comparison of two
 * versions of a policy. OLD and NEW are files, or git revisions of a file (`main:policies/sop.policy`,
 * read with `git show` in the repository of the working folder, the path relative to its root).
 * Exit 0; 1 with --fail-on-weakened when the verdict is weakened or mixed and a safeguard got
 * weaker; 2 on usage or I/O errors.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Option, type Command } from 'commander';
import { ConfigError, defaultConfig, type ResolvedConfig } from '../analysis/config.js';
import { ConfigFiles, fixedConfig } from '../analysis/config-files.js';
import { compare, comparisonToJson, comparisonToMarkdown, safeguardWeakened } from '../compare/index.js';
import { displayPath, readPolicyFile } from './files.js';
import { UsageError, type CliIO } from './io.js';

const run = promisify(execFile);

/** The options of `compare`. */
export interface CompareCliOptions {
  format: 'md' | 'json';
  failOnWeakened?: boolean;
  config?: string;
}

/** Registers `compare`. */
export function registerCompare(program: Command, io: CliIO): void {
  program
    .command('compare')
    .description('Compare two versions of a policy: what each change does to each safeguard.')
    .argument('<old>', 'the old version: a file, or a git revision of one (main:policies/sop.policy)')
    .argument('<new>', 'the new version: a file, or a git revision of one')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['md', 'json']).default('md'))
    .option('--fail-on-weakened', 'exit 1 when the verdict is weakened or mixed and a safeguard got weaker')
    .option('-c, --config <file>', 'use this redline.json instead of discovering one')
    .action(async (before: string, after: string, options: CompareCliOptions) =>
      io.exitWith(await runCompare(before, after, options, io)),
    );
}

/** True when `spec` names a git object (`REV:PATH`) rather than a file that exists. */
export function isGitSpec(spec: string, cwd: string): boolean {
  if (existsSync(resolve(cwd, spec))) return false;
  const colon = spec.indexOf(':');
  // "C:\drafts\sop.policy" is a Windows path, not revision "C".
  return colon > 0 && !/^[A-Za-z]:[\\/]/.test(spec);
}

async function gitShow(spec: string, cwd: string): Promise<string> {
  // git would read a leading dash as an option.
  if (spec.startsWith('-')) throw new UsageError(`'${spec}' is neither a file nor a git revision`);
  try {
    const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
    const { stdout } = await run('git', ['show', spec], {
      cwd: top,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    const first = stderr.split('\n').find((l) => l.trim()) ?? 'git failed';
    throw new UsageError(`cannot read '${spec}' from git: ${first.replace(/^fatal: /, '')}`);
  }
}

/** The text of one version: a file, or `git show REV:PATH`. */
export async function readVersion(spec: string, cwd: string, maxSize: number): Promise<string> {
  if (isGitSpec(spec, cwd)) return gitShow(spec, cwd);
  const read = await readPolicyFile(resolve(cwd, spec), maxSize);
  if (!read.ok) throw new UsageError(`${displayPath(resolve(cwd, spec), cwd)}: ${read.reason}`);
  return read.text;
}

function configFor(options: CompareCliOptions, cwd: string): ResolvedConfig {
  try {
    if (options.config) return fixedConfig(resolve(cwd, options.config));
    return new ConfigFiles().forFolder(cwd);
  } catch (error) {
    if (error instanceof ConfigError)
      throw new UsageError(`${displayPath(error.file, cwd)}: ${error.problems.join('; ')}`);
    throw error;
  }
}

/** Runs `compare` and returns its exit code; throws UsageError on usage and I/O errors. */
export async function runCompare(
  before: string,
  after: string,
  options: CompareCliOptions,
  io: CliIO,
): Promise<number> {
  const config = configFor(options, io.cwd) ?? defaultConfig();
  const [oldText, newText] = await Promise.all([
    readVersion(before, io.cwd, config.maxFileSize),
    readVersion(after, io.cwd, config.maxFileSize),
  ]);
  const result = compare(oldText, newText, { config });
  const labels = { old: before, new: after };
  io.stdout.write(
    options.format === 'json' ? comparisonToJson(result, labels) : comparisonToMarkdown(result, labels),
  );
  const worse = (result.verdict === 'weakened' || result.verdict === 'mixed') && safeguardWeakened(result);
  return options.failOnWeakened && worse ? 1 : 0;
}
