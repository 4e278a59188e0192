/**
 * `--changed-since GITREF`: which lines of each file were added or changed since a git ref, read
 * from `git diff --unified=0` hunk headers. Untracked files count as changed throughout.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Range } from '../../grammar/index.js';
import { UsageError } from './io.js';

const run = promisify(execFile);

/** Changed 1-based line numbers per absolute path; `all` when every line counts (untracked). */
export type ChangedLines = Map<string, Set<number> | 'all'>;

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new UsageError('--changed-since needs git, and git is not installed');
    const first = (e.stderr ?? e.message).trim().split('\n')[0] ?? '';
    throw new UsageError(`--changed-since: git ${args[0]} failed: ${first.replace(/^(fatal|error): /, '')}`);
  }
}

/**
 * Refuses a ref that cannot be one before any file is read: an empty ref (CI passing an unset
 * `$BASE_SHA`) would otherwise look like no `--changed-since` at all, and a ref starting with `-`
 * would be read by git as an option.
 */
export function checkGitRef(ref: string): void {
  if (ref.trim() === '')
    throw new UsageError(
      '--changed-since: the git ref is empty (is the variable that should hold it unset?)',
    );
  if (ref.startsWith('-')) throw new UsageError(`--changed-since: '${ref}' is not a git ref`);
}

/**
 * What `git diff` is asked for, whatever the user's git configuration says: plain `a/`/`b/` prefixes
 * (diff.noprefix and diff.mnemonicPrefix change them, and parseDiff strips `b/`), no colour, no
 * external diff tool or textconv filter (which change the lines), no rename detection.
 */
const DIFF_OPTIONS = [
  '--unified=0',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-renames',
];

/** The lines of `files` changed since `ref`; throws UsageError (exit 2) for a bad ref or no repo. */
export async function changedLines(ref: string, files: string[], cwd: string): Promise<ChangedLines> {
  checkGitRef(ref);
  const result: ChangedLines = new Map();
  for (const [top, repoFiles] of await groupByRepository(files, cwd)) {
    await git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => {
      throw new UsageError(`--changed-since: unknown git ref '${ref}'`);
    });
    // Git reports real paths; the user's may go through a symbolic link (macOS's /tmp).
    const paths = repoFiles.map((f) => relative(top, realpathSync(f)).split(sep).join('/'));
    // Past a few hundred paths, ask about the whole repository rather than risk the argument limit.
    const pathspec = paths.length > 300 ? [] : ['--', ...paths];
    const tracked = new Set((await git(top, ['ls-files', '-z', '--full-name', ...pathspec])).split('\0'));
    const diffArgs = ['diff', ...DIFF_OPTIONS, ref, ...pathspec];
    const diff = parseDiff(await git(top, diffArgs));
    for (const [i, path] of paths.entries())
      result.set(repoFiles[i]!, tracked.has(path) ? (diff.get(path) ?? new Set()) : 'all');
  }
  return result;
}

/** Files grouped by the top folder of their git repository. */
async function groupByRepository(files: string[], cwd: string): Promise<Map<string, string[]>> {
  const byRepo = new Map<string, string[]>();
  const tops = new Map<string, string>();
  for (const file of files) {
    const dir = dirname(file);
    let top = tops.get(dir);
    if (top === undefined) {
      top = await git(dir, ['rev-parse', '--show-toplevel']).then(
        (out) => resolve(out.trim()),
        (error: Error) => {
          if (!/not a git repository/i.test(error.message)) throw error;
          throw new UsageError(`--changed-since: ${relative(cwd, dir) || '.'} is not in a git repository`);
        },
      );
      tops.set(dir, top);
    }
    byRepo.set(top, [...(byRepo.get(top) ?? []), file]);
  }
  return byRepo;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Changed lines per repository-relative path in a `git diff --unified=0` output. */
export function parseDiff(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = unquote(line.slice(4).trimEnd());
      current = target === '/dev/null' ? undefined : new Set();
      if (current) out.set(target.replace(/^b\//, ''), current);
      continue;
    }
    const hunk = HUNK.exec(line);
    if (!hunk || !current) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    // A pure deletion changes the lines around it: a safeguard removed from a clause changes the clause.
    if (count === 0) for (const l of [start, start + 1]) current.add(l);
    for (let l = start; l < start + count; l++) current.add(l);
  }
  return out;
}

/** Git quotes paths with unusual characters C-style ("b/a\"b.policy"). */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether a range (0-based LSP lines) touches a changed line. */
export function touchesChanged(lines: Set<number> | 'all' | undefined, range: Range): boolean {
  if (lines === 'all') return true;
  if (!lines) return false;
  // A range that ends at the start of a line does not reach into that line.
  const last =
    range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  for (let l = range.start.line; l <= last; l++) if (lines.has(l + 1)) return true;
  return false;
}
