/**
 * `redline check [PATHS…]`: analyse every .policy file named or found, report the findings in the
 * chosen format, and exit 0 (clean), 1 (findings at a failing level) or 2 (usage, I/O or config
 * error). All judgement is `analyze()`'s; this file only finds files, configs and changed lines.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { LineIndex } from '../../grammar/index.js';
import pkg from '../../package.json' with { type: 'json' };
import { analyze } from '../analysis/analyze.js';
import { ConfigError, type ResolvedConfig } from '../analysis/config.js';
import type { Finding, RuleMeta } from '../analysis/types.js';
import { rules } from '../rules/index.js';
import { changedLines, checkGitRef, touchesChanged, type ChangedLines } from './changed-lines.js';
import {
  collectFiles,
  configSource,
  decodePolicy,
  displayPath,
  readPolicyFile,
  repositoryRoot,
  skippedForConfig,
  type FileProblem,
} from './files.js';
import { fixText } from './fix.js';
import { formats } from './formats/index.js';
import type { FileReport } from './formats/types.js';
import { colorsFor, UsageError, type CliIO } from './io.js';
import { integerOption, maxWarningsOption } from './options.js';
import { Progress } from './progress.js';

/** The options of `check`, as commander parses them. */
export interface CheckOptions {
  format: string;
  config?: string;
  maxWarnings?: number;
  changedSince?: string;
  fix?: boolean;
  quiet?: boolean;
  maxFileSize?: number;
  stdin?: boolean;
  stdinFilename?: string;
}

/** Findings the analysis makes itself rather than through a registered rule. */
const builtinRules: RuleMeta[] = [
  {
    id: 'syntax',
    pack: 'core',
    severity: 'error',
    description: 'Text the parser cannot read as the policy language',
    messages: {},
    fixable: false,
  },
  {
    id: 'unused-suppression',
    pack: 'core',
    severity: 'warning',
    description: 'Suppression comments that silence nothing',
    messages: {},
    fixable: false,
  },
];

/** Registers `check`. */
export function registerCheck(program: Command, io: CliIO): void {
  program
    .command('check')
    .description('Check .policy files (folders are searched; default: the current folder).')
    .argument('[paths...]', 'files or folders to check')
    .addOption(
      new Option('-f, --format <name>', 'report format').choices(Object.keys(formats)).default('stylish'),
    )
    .option('-c, --config <file>', 'use this redline.json instead of discovering one per folder')
    .option(
      '--max-warnings <n>',
      'exit 1 when there are more than N warnings (-1: no limit); counted with --quiet too',
      maxWarningsOption,
    )
    .option('--changed-since <gitref>', 'report only findings on lines added or changed since a git ref')
    .option('--fix', 'apply quick fixes in place, then report what remains')
    .option('-q, --quiet', 'report errors only (and, with --fix, fix errors only)')
    .option(
      '--stdin',
      'check the draft on standard input instead of files (as editors and pipes run linters)',
    )
    .option(
      '--stdin-filename <path>',
      'with --stdin: the path to report the draft under, and whose folder redline.json is found from',
    )
    .option(
      '--max-file-size <bytes>',
      'refuse files larger than this (default: maxFileSize, 5000000)',
      integerOption('--max-file-size', 1),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings;\n' +
        '2 usage error, bad redline.json, a file or folder that could not be read, or a folder with no\n' +
        '.policy files (the other files are still checked and reported).',
    )
    .action(async (paths: string[], options: CheckOptions) =>
      io.exitWith(await runCheck(paths, options, io)),
    );
}

/** Runs `check` and returns its exit code; throws UsageError for errors that stop the run. */
export async function runCheck(paths: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const format = formats[options.format];
  if (!format) throw new UsageError(`unknown format '${options.format}'`);
  if (options.changedSince !== undefined) checkGitRef(options.changedSince);
  const configFor = configSource(options.config, io.cwd);
  if (options.stdin) return checkStdin(paths, options, configFor, format, io);
  if (options.stdinFilename !== undefined) throw new UsageError('--stdin-filename needs --stdin');
  const { files, problems } = await collectFiles(paths, io.cwd);
  const changed =
    options.changedSince !== undefined ? await changedLines(options.changedSince, files, io.cwd) : undefined;
  const reports: FileReport[] = [];
  const progress = new Progress(io, files.length);
  for (const file of files) {
    const config = configFor(file);
    if (config instanceof ConfigError) skippedForConfig(config, problems, io.cwd);
    else {
      const report = await checkFile(file, config, options, changed, io, problems);
      if (report) reports.push(report);
    }
    progress.tick();
  }
  progress.finish();
  return conclude(reports, problems, options, format, io);
}

/** Writes what could not be checked to stderr and the reports in `format` to stdout; the exit code. */
function conclude(
  reports: FileReport[],
  problems: FileProblem[],
  options: CheckOptions,
  format: Format,
  io: CliIO,
): number {
  for (const p of problems) io.stderr.write(`redline: ${p.file}: ${p.reason}\n`);
  const context = {
    cwd: io.cwd,
    repositoryRoot: options.format === 'sarif' ? repositoryRoot(io.cwd) : undefined,
    colors: colorsFor(io.stdout, io.env),
    problems,
    version: pkg.version,
    rules: [...rules.map((r) => r.meta), ...builtinRules],
  };
  io.stdout.write(format(options.quiet ? reports.map(errorsOnly) : reports, context));
  return exitCode(reports, problems, options, io);
}

/** A report format. */
type Format = NonNullable<(typeof formats)[string]>;

/**
 * `check --stdin`: the draft on standard input, reported under `--stdin-filename` (or `<stdin>`),
 * with the redline.json found from that path's folder, as ESLint's `--stdin --stdin-filename` does
 * for editors (ALE, efm-langserver, none-ls) and pipes. Nothing is written: `--fix` has no file to
 * fix, and `--changed-since` no file to compare.
 */
async function checkStdin(
  paths: string[],
  options: CheckOptions,
  configFor: (file: string) => ResolvedConfig | ConfigError,
  format: Format,
  io: CliIO,
): Promise<number> {
  if (paths.length)
    throw new UsageError('--stdin checks standard input; give no paths (name it with --stdin-filename)');
  if (options.fix)
    throw new UsageError('--fix cannot be used with --stdin: there is no file to write the fixes to');
  if (options.changedSince !== undefined)
    throw new UsageError('--changed-since cannot be used with --stdin: there is no file to compare with git');
  const path = resolve(io.cwd, options.stdinFilename ?? 'stdin.policy');
  const shown = options.stdinFilename !== undefined ? displayPath(path, io.cwd) : '<stdin>';
  const problems: FileProblem[] = [];
  const reports: FileReport[] = [];
  const config = configFor(path);
  if (config instanceof ConfigError) skippedForConfig(config, problems, io.cwd);
  else {
    const read = decodePolicy(await io.readStdin(), options.maxFileSize ?? config.maxFileSize);
    if (!read.ok) problems.push({ file: shown, reason: read.reason });
    else {
      const analysis = analyze(read.text, { config });
      reports.push({ file: shown, path, lines: analysis.doc.lines, findings: analysis.findings });
    }
  }
  return conclude(reports, problems, options, format, io);
}

/**
 * What `--quiet` shows of a report: its errors. Warnings are only hidden, not dropped: they still
 * count toward `--max-warnings`, as in ESLint, so adding --quiet to shorten a CI log cannot lift
 * the warning budget.
 */
const errorsOnly = (report: FileReport): FileReport => ({
  ...report,
  findings: report.findings.filter((f) => f.severity === 'error'),
});

async function checkFile(
  file: string,
  config: ResolvedConfig,
  options: CheckOptions,
  changed: ChangedLines | undefined,
  io: CliIO,
  problems: FileProblem[],
): Promise<FileReport | undefined> {
  const shown = displayPath(file, io.cwd);
  const read = await readPolicyFile(file, options.maxFileSize ?? config.maxFileSize);
  if (!read.ok) {
    problems.push({ file: shown, reason: read.reason });
    return undefined;
  }
  const inChanged = (f: Finding) => !changed || touchesChanged(changed.get(file), f.range);
  const unchanged = changed?.get(file);
  // Nothing in an unchanged file can be reported: skip the analysis (most files, in a pull request).
  if (unchanged instanceof Set && unchanged.size === 0)
    return { file: shown, path: file, lines: new LineIndex(read.text), findings: [] };
  let analysis;
  if (options.fix) {
    // With --changed-since, fix only what would be reported, in one pass: lines move after a fix.
    // With --quiet, only errors are fixed (ESLint's behaviour): a fix the user would not see is not made.
    const eligible = (f: Finding) => inChanged(f) && (!options.quiet || f.severity === 'error');
    const fixed = fixText(read.text, config, eligible, changed ? 1 : 10);
    analysis = fixed.analysis;
    if (fixed.text !== read.text) {
      try {
        await writeFile(file, (read.bom ? '\uFEFF' : '') + fixed.text);
      } catch (error) {
        problems.push({
          file: shown,
          reason: `cannot write the fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        });
        // Report what the file on disk says, not what it would have said.
        analysis = analyze(read.text, { config });
      }
      if (changed && options.changedSince !== undefined)
        changed.set(file, (await changedLines(options.changedSince, [file], io.cwd)).get(file) ?? new Set());
    }
  } else analysis = analyze(read.text, { config });
  const findings = analysis.findings.filter(inChanged);
  return { file: shown, path: file, lines: analysis.doc.lines, findings };
}

/**
 * Records that a file was skipped because its configuration is bad: the redline.json becomes one
 * problem (named once, however many files it governs) that counts the files it kept from the check.
 */

function exitCode(reports: FileReport[], problems: FileProblem[], options: CheckOptions, io: CliIO): number {
  if (problems.length) return 2;
  const all = reports.flatMap((r) => r.findings);
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const limit = options.maxWarnings ?? -1;
  const tooMany = limit >= 0 && warnings > limit;
  if (tooMany)
    io.stderr.write(
      `redline: too many warnings (${warnings}${options.quiet ? ', not shown with --quiet' : ''}; the maximum is ${limit})\n`,
    );
  return all.some((f) => f.severity === 'error') || tooMany ? 1 : 0;
}
