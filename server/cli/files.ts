/**
 * Which files a command works on, and reading them safely: folders are searched for `*.policy`
 * (skipping node_modules and dot-folders); a file that cannot be read, is binary, is not UTF-8 or is
 * too large becomes a problem naming the file and why, and the other files are still processed.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';

/** A file that was not checked, and why. */
export interface FileProblem {
  /** Path as shown to the user (relative to the working folder, forward slashes). */
  file: string;
  reason: string;
}

/** The files named by `paths` (files as given, folders searched), sorted, without duplicates. */
export async function collectFiles(
  paths: string[],
  cwd: string,
): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files = new Set<string>();
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
      files.add(absolute);
      continue;
    }
    const found = await glob('**/*.policy', {
      cwd: absolute,
      absolute: true,
      dot: false,
      ignore: ['**/node_modules/**'],
    });
    if (found.length === 0)
      problems.push({ file: displayPath(absolute, cwd), reason: 'no .policy files in this folder' });
    for (const f of found) files.add(resolve(f));
  }
  return { files: [...files].sort(), problems };
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
  if (bytes.length > maxSize) return { ok: false, reason: tooLarge(bytes.length, maxSize) };
  if (bytes.includes(0))
    return { ok: false, reason: 'binary file (contains a NUL byte); not a .policy draft' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8; save it as UTF-8' };
  }
  // TextDecoder drops a byte-order mark; remember it so a rewrite keeps it.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text, bom };
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
