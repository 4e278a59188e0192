/**
 * `redline library search QUERY… [--format text|json] [--limit N]`: the clauses of the library
 * (the shipped corpus plus the folders named by `library` in redline.json) that best match QUERY,
 * with provenance and the checks' verdict. Library files that cannot be used are named on stderr;
 * the search still runs on the rest (exit 0). Exit 2 on usage or configuration errors.
 */
import { Option, type Command } from 'commander';
import { ConfigError } from '../analysis/config.js';
import { ConfigFiles } from '../analysis/config-files.js';
import type { SearchHit } from '../library/types.js';
import { loadNodeLibrary } from '../library/node-files.js';
import { plainText } from '../library/segments.js';
import { describeVerdict } from '../library/verdict.js';
import { displayPath } from './files.js';
import { colorsFor, UsageError, type CliIO, type Colors } from './io.js';
import { integerOption } from './options.js';

/** The options of `library search`. */
export interface LibrarySearchOptions {
  format: 'text' | 'json';
  limit: number;
}

/** Registers `library` and its `search` subcommand. */
export function registerLibrary(program: Command, io: CliIO): void {
  const library = program.command('library').description('Search the clause library used for completions.');
  library
    .command('search')
    .description('Print the library clauses that best match QUERY, strong clauses first.')
    .argument('<query...>', 'words to look for, e.g. "detainer judicial warrant"')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('-n, --limit <n>', 'how many clauses to print', integerOption('--limit', 1), 10)
    .action(async (query: string[], options: LibrarySearchOptions) =>
      io.exitWith(await runLibrarySearch(query.join(' '), options, io)),
    );
}

/** Runs `library search` and returns its exit code. */
export async function runLibrarySearch(
  query: string,
  options: LibrarySearchOptions,
  io: CliIO,
): Promise<number> {
  if (!query.trim()) throw new UsageError('library search: give some words to search for');
  let config;
  try {
    config = new ConfigFiles().forFolder(io.cwd);
  } catch (error) {
    if (error instanceof ConfigError)
      throw new UsageError(`${displayPath(error.file, io.cwd)}: ${error.problems.join('; ')}`);
    throw error;
  }
  const library = await loadNodeLibrary({
    folders: config.library,
    config,
    onProblem: (p) =>
      io.stderr.write(`redline: ${displayPath(p.file, io.cwd)}: ${p.reason}; left out of the library\n`),
  });
  const hits = library.search(query, { limit: options.limit });
  io.stdout.write(
    options.format === 'json'
      ? `${JSON.stringify(hits.map(toJson), null, 2)}\n`
      : toText(hits, colorsFor(io.stdout, io.env)),
  );
  return 0;
}

function toJson(hit: SearchHit) {
  const { entry, score } = hit;
  const p = entry.provenance;
  return {
    file: p.display,
    line: p.line,
    clause: p.clause,
    title: p.title,
    agency: p.agency ?? null,
    effective: p.effective ?? null,
    text: plainText(entry.segments).replace(/\s+/g, ' '),
    verdict: describeVerdict(entry.verdict),
    force: entry.verdict.force,
    warrantGated: entry.verdict.warrantGated,
    rules: entry.verdict.rules,
    strength: round(entry.verdict.strength),
    score: round(score),
  };
}

function toText(hits: SearchHit[], c: Colors): string {
  if (!hits.length) return 'No clause in the library matches.\n';
  return hits
    .map(({ entry, score }, i) => {
      const p = entry.provenance;
      const source = [p.title, p.agency, p.effective && `effective ${p.effective}`]
        .filter(Boolean)
        .join(' · ');
      const verdict = describeVerdict(entry.verdict);
      const text = plainText(entry.segments).replace(/\n/g, '\n   ');
      return [
        `${c.bold(`${i + 1}. ${p.display}:${p.line} §${p.clause}`)} ${c.dim(`(score ${round(score)})`)}`,
        `   ${source}`,
        `   ${entry.verdict.rules.length ? c.yellow(verdict) : c.green(verdict)}`,
        `   ${p.clause} ${text}`,
      ].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
