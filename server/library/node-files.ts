/**
 * The library on Node: files read with fs, and the shipped `clauses/` corpus found next to the
 * package, whether this code runs from `dist/*.cjs` bundles or from `out/server/library/*.js`.
 * The browser build must not import this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import type { ResolvedConfig } from '../analysis/config.js';
import { ClauseLibrary } from './clause-library.js';
import type { LibraryFiles, LibraryProblem } from './types.js';

/**
 * The folder holding Redline's package.json, walking up from `from` (a file URL or path). The
 * outermost match wins: tsc copies an imported package.json into `out/`, which is not the package.
 */
export function findPackageRoot(from: string = import.meta.url): string {
  const cached = roots.get(from);
  if (cached) return cached;
  let dir = dirname(from.startsWith('file:') ? fileURLToPath(from) : resolve(from));
  let found: string | undefined;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isRedline(manifest)) found = dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (!found) throw new Error(`cannot find Redline's package.json above ${from}`);
  roots.set(from, found);
  return found;
}

const roots = new Map<string, string>();

function isRedline(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'redline';
  } catch {
    return false;
  }
}

/** The shipped clause corpus. */
export function shippedClausesFolder(): string {
  return join(findPackageRoot(), 'clauses');
}

/** Library files read from disk. */
export const nodeFiles: LibraryFiles = {
  readFile: (path) => readFile(path),
  async listFiles(folder) {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    const found = await glob('**/*.policy', {
      cwd: folder,
      absolute: true,
      dot: false,
      followSymbolicLinks: false,
    });
    return found.sort();
  },
};

/** What a Node adapter (CLI, language server) says about the library it wants. */
export interface NodeLibraryOptions {
  /** Folders from configuration (`ResolvedConfig.library`, `redline.library.paths`). */
  folders?: string[];
  /** Include the shipped corpus (default true). */
  shipped?: boolean;
  config?: ResolvedConfig;
  onProblem?: (problem: LibraryProblem) => void;
}

/** Loads the shipped corpus and the configured folders from disk. */
export async function loadNodeLibrary(options: NodeLibraryOptions = {}): Promise<ClauseLibrary> {
  const root = findPackageRoot();
  const folders = [...(options.shipped === false ? [] : [join(root, 'clauses')]), ...(options.folders ?? [])];
  return ClauseLibrary.load({
    files: nodeFiles,
    folders: folders.map((f) => resolve(f)),
    ...(options.config ? { config: options.config } : {}),
    ...(options.onProblem ? { onProblem: options.onProblem } : {}),
    display: (file) => {
      const rel = relative(root, file);
      return rel.startsWith('..') ? relative(process.cwd(), file) || file : rel.replace(/\\/g, '/');
    },
  });
}
