/**
 * `redline scorecard PATHS… [--format md|json|csv]`: the safeguard scorecard of each policy (folders
 * are searched for *.policy). Exit 0, or 2 when a path cannot be read (the others are still scored).
 */
import { Option, type Command } from 'commander';
import { ConfigError } from '../analysis/config.js';
import { ConfigFiles } from '../analysis/config-files.js';
import { analyze } from '../analysis/analyze.js';
import {
  scorecard,
  scorecardsToCsv,
  scorecardsToJson,
  scorecardsToMarkdown,
  type Scorecard,
} from '../scorecard/index.js';
import { collectFiles, displayPath, readPolicyFile, skippedForConfig } from './files.js';
import { UsageError, type CliIO } from './io.js';

const FORMATS: Record<string, (cards: Scorecard[]) => string> = {
  md: scorecardsToMarkdown,
  json: scorecardsToJson,
  csv: scorecardsToCsv,
};

/** The options of `scorecard`. */
export interface ScorecardCliOptions {
  format: string;
}

/** Registers `scorecard`. */
export function registerScorecard(program: Command, io: CliIO): void {
  program
    .command('scorecard')
    .description(
      'Score .policy files against the safeguards of the immigration pack (present, weak or missing).',
    )
    .argument('<paths...>', 'files or folders (folders are searched for *.policy)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATS)).default('md'))
    .action(async (paths: string[], options: ScorecardCliOptions) =>
      io.exitWith(await runScorecard(paths, options, io)),
    );
}

/** Runs `scorecard` and returns its exit code. */
export async function runScorecard(
  paths: string[],
  options: ScorecardCliOptions,
  io: CliIO,
): Promise<number> {
  const format = FORMATS[options.format];
  if (!format) throw new UsageError(`unknown format '${options.format}' (use md, json or csv)`);
  const configs = new ConfigFiles();
  const { files, problems } = await collectFiles(paths, io.cwd);
  const cards: Scorecard[] = [];
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    const read = await readPolicyFile(file, Number.MAX_SAFE_INTEGER);
    if (!read.ok) {
      problems.push({ file: shown, reason: read.reason });
      continue;
    }
    let config;
    try {
      config = configs.forFile(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // A bad redline.json keeps only the files it governs from being scored, as in check.
      skippedForConfig(error, problems, io.cwd);
      continue;
    }
    if (read.text.length > config.maxFileSize) {
      problems.push({
        file: shown,
        reason: `too large (${read.text.length} characters; the limit is ${config.maxFileSize}, see maxFileSize)`,
      });
      continue;
    }
    const analysis = analyze(read.text, { config });
    const syntax = analysis.findings.filter((f) => f.rule === 'syntax').length;
    if (syntax) io.stderr.write(`redline: ${shown}: ${syntax} syntax error(s); scored what could be read\n`);
    cards.push({ file: shown, ...scorecard(analysis, { config }) });
  }
  for (const p of problems) io.stderr.write(`redline: ${p.file}: ${p.reason}\n`);
  if (cards.length) io.stdout.write(format(cards));
  return problems.length ? 2 : 0;
}
