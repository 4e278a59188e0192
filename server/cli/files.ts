/**
 * Which files a command works on, and reading them safely: folders are searched for `*.policy`
 * (skipping node_modules, dot-files and dot-folders, and not following symbolic links to folders);
 * a file or folder that cannot be read, a binary file, one that is not UTF-8 or is too large
 * becomes a problem naming it and why, and the other files are still processed.
 */
import { existsSync, type Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError, type ResolvedConfig } from '../analysis/config.js';
import { ConfigFiles, fixedConfig } from '../analysis/config-files.js';

/** Something that was not checked, and why. */
export interface FileProblem {
  /** Path as shown to the user (relative to the working folder, forward slashes). */
  file: string;
  reason: string;
  /**
   * What it is: a file that could not be read (the default), a folder that could not be read,
   * a folder with no .policy files, or a redline.json that is not valid.
   */
  kind?: 'file' | 'folder' | 'empty-folder' | 'config';
  /** For a bad redline.json: how many files it governs, which were not checked. */
  skipped?: number;
}

/**
 * The files named by `paths` (files as given, folders searched), sorted, each real file once.
 *
 * A folder is searched as ESLint searches one: symbolic links to files are taken, symbolic links to
 * folders are not followed (they would report the same files twice, or loop). A file reached by
 * several paths (given twice, given and found in its folder, or linked) is checked once, under a
 * path that is not itself a link when there is one.
 */
export async function collectFiles(
  paths: string[],
  cwd: string,
): Promise<{ files: string[]; problems: FileProblem[] }> {
  const found: string[] = [];
  const problems: FileProblem[] = [];
  for (const path of paths.length ? paths : ['.']) {
    const absolute = resolve(cwd, path);
    let kind: 'file' | 'folder';
    try {
      kind = (await stat(absolute)).isDirectory() ? 'folder' : 'file';
    } catch (error) {
      problems.push({ file: displayPath(absolute, cwd), reason: describeIoError(error) });
      continue;
    }
    if (kind === 'file') {
      found.push(absolute);
      continue;
    }
    const before = [found.length, problems.length];
    await walk(absolute, cwd, found, problems);
    if (found.length === before[0] && problems.length === before[1])
      problems.push({
        file: displayPath(absolute, cwd),
        reason: 'no .policy files in this folder',
        kind: 'empty-folder',
      });
  }
  return { files: await withoutDuplicates(found), problems };
}

/** Adds the `*.policy` files under `dir` to `found`; a folder that cannot be read is a problem. */
async function walk(dir: string, cwd: string, found: string[], problems: FileProblem[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: displayPath(dir, cwd), reason: describeIoError(error), kind: 'folder' });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, cwd, found, problems);
    else if (entry.name.endsWith('.policy') && (entry.isFile() || (await isLinkToFile(path))))
      found.push(path);
  }
}

/** A symbolic link to a file (a link to a folder is not followed; a broken link is skipped). */
async function isLinkToFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink() && (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `files` sorted, one path per real file: the first that is not itself a symbolic link, if any. */
async function withoutDuplicates(files: string[]): Promise<string[]> {
  const byReal = new Map<string, string[]>();
  for (const file of [...new Set(files)].sort()) {
    const real = await realpath(file).catch(() => file);
    byReal.set(real, [...(byReal.get(real) ?? []), file]);
  }
  const chosen: string[] = [];
  for (const paths of byReal.values()) {
    let pick = paths[0]!;
    if (paths.length > 1)
      for (const p of paths)
        if (
          !(await lstat(p).then(
            (s) => s.isSymbolicLink(),
            () => true,
          ))
        ) {
          pick = p;
          break;
        }
    chosen.push(pick);
  }
  return chosen.sort();
}

/**
 * The top folder of the git repository `dir` is in (the nearest folder upwards holding `.git`, a
 * folder or, in a worktree or submodule, a file), or undefined outside one. No git is run.
 */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** A path as shown to the user: relative to `cwd` when inside it, with forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  return (relative(cwd, absolute) || '.').split(sep).join('/');
}

/** The text of a policy file, or the reason it cannot be checked. */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads `file` as UTF-8 text no larger than `maxSize` bytes. */
export async function readPolicyFile(file: string, maxSize: number): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, reason: 'is a folder' };
    if (info.size > maxSize) return { ok: false, reason: tooLarge(info.size, maxSize) };
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, reason: describeIoError(error) };
  }
  return decodePolicy(bytes, maxSize);
}

/** `bytes` (a file's, or standard input's) as UTF-8 text no larger than `maxSize` bytes. */
export function decodePolicy(bytes: Buffer, maxSize: number): ReadResult {
  if (bytes.length > maxSize) return { ok: false, reason: tooLarge(bytes.length, maxSize) };
  // Windows' "Unicode" is UTF-16 with a byte-order mark; its NUL bytes do not make it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, reason: 'UTF-16 encoded; save it as UTF-8' };
  if (bytes.includes(0))
    return { ok: false, reason: 'binary file (contains a NUL byte); not a .policy draft' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    return {
      ok: false,
      reason: `not valid UTF-8 (the first bad byte is on line ${line}, at offset ${at}); save it as UTF-8`,
    };
  }
  // TextDecoder drops a byte-order mark; remember it so a rewrite keeps it.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text, bom };
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (the Unicode
 * standard's table 3-7: no overlong forms, surrogates or code points past U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const trail = b < 0x80 ? 0 : b < 0xc2 ? -1 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : b < 0xf5 ? 3 : -1;
    if (trail < 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= trail; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += trail + 1;
  }
  return -1;
}

function tooLarge(size: number, max: number): string {
  return `too large (${size.toLocaleString('en-US')} bytes; the limit is ${max.toLocaleString('en-US')}, see maxFileSize)`;
}

/** A one-phrase description of a file-system error. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read (${code ?? (error as Error).message})`;
  }
}

/**
 * Records that a file was skipped because the redline.json that governs it cannot be used: the
 * configuration is one problem, counting the files it kept from being checked, and the run goes on.
 */
export function skippedForConfig(error: ConfigError, problems: FileProblem[], cwd: string): void {
  const file = displayPath(error.file, cwd);
  const known = problems.find((p) => p.kind === 'config' && p.file === file);
  if (known) known.skipped = (known.skipped ?? 0) + 1;
  else problems.push({ file, reason: error.problems.join('; '), kind: 'config', skipped: 1 });
}

/**
 * Where each file's configuration comes from: `--config`, or discovery from its folder upwards. A
 * configuration that cannot be used comes back as its ConfigError, so that only the files it
 * governs are skipped and the rest of the run goes on.
 */
export function configSource(
  configFile: string | undefined,
  cwd: string,
): (file: string) => ResolvedConfig | ConfigError {
  const attempt = (load: () => ResolvedConfig): ResolvedConfig | ConfigError => {
    try {
      return load();
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
  };
  if (configFile) {
    const config = attempt(() => fixedConfig(resolve(cwd, configFile)));
    return () => config;
  }
  const discovered = new ConfigFiles();
  return (file) => attempt(() => discovered.forFile(file));
}
