/**
 * Reading library files without fs: decoding bytes with the checks that keep a bad file from
 * poisoning the library (binary, invalid UTF-8, too large), an in-memory file set for the browser
 * build, tests and benchmarks, and the key that makes a path and its `file://` URI the same document.
 */
import type { LibraryFiles } from './types.js';

/** The text of a file's bytes, or the reason it cannot be a library file. */
export function decodeLibraryFile(
  data: Uint8Array | string,
  maxSize: number,
): { text: string } | { reason: string } {
  const size = typeof data === 'string' ? data.length : data.byteLength;
  if (size > maxSize) return { reason: `too large (${size} bytes; the limit is ${maxSize})` };
  if (typeof data === 'string')
    return data.includes('\0') ? { reason: 'binary file (contains NUL characters)' } : { text: data };
  if (data.subarray(0, 8000).includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return { reason: 'not valid UTF-8' };
  }
}

/**
 * The usable `.policy` files of `folder`, read and decoded one at a time; each unusable one goes
 * to `report` when its turn comes, so problems are met in file order.
 */
export async function* readFolder(
  files: LibraryFiles,
  folder: string,
  maxSize: number,
  report: (file: string, reason: string) => void,
): AsyncGenerator<{ path: string; text: string }> {
  let paths: string[];
  try {
    paths = await files.listFiles(folder);
  } catch (error) {
    report(folder, `cannot read folder (${(error as Error).message})`);
    return;
  }
  for (const path of paths) {
    let data: Uint8Array | string;
    try {
      data = await files.readFile(path);
    } catch (error) {
      report(path, `cannot read file (${(error as Error).message})`);
      continue;
    }
    const decoded = decodeLibraryFile(data, maxSize);
    if ('reason' in decoded) report(path, decoded.reason);
    else yield { path, text: decoded.text };
  }
}

/** Files held in memory, by path: the browser build's corpus, tests, benchmarks. */
export function memoryFiles(files: Record<string, Uint8Array | string>): LibraryFiles {
  return {
    readFile(path) {
      const data = files[path];
      if (data === undefined) return Promise.reject(new Error('no such file'));
      return Promise.resolve(data);
    },
    listFiles(folder) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      const found = Object.keys(files).filter((p) => p.startsWith(prefix) && p.endsWith('.policy'));
      return found.length || Object.keys(files).some((p) => p.startsWith(prefix))
        ? Promise.resolve(found.sort())
        : Promise.reject(new Error('no such folder'));
    },
  };
}

/** One key per document whether it was named by path or by `file://` URI. */
export function documentKey(pathOrUri: string): string {
  if (!pathOrUri.startsWith('file://')) return pathOrUri.replace(/\\/g, '/');
  try {
    const path = decodeURIComponent(new URL(pathOrUri).pathname);
    // file:///c%3A/x → c:/x on Windows URIs.
    return /^\/[A-Za-z]:/.test(path) ? path.slice(1) : path;
  } catch {
    return pathOrUri;
  }
}

/** The last part of a path or URI. */
export function baseName(pathOrUri: string): string {
  const parts = pathOrUri.split(/[\\/]/);
  return parts[parts.length - 1] ?? pathOrUri;
}
