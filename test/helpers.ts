/** Shared helpers for tests: repository paths and small readers. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  // out/ may hold a copy of package.json (tsc emits imported JSON), so look for tsconfig.json too.
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'tsconfig.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the tests');
    dir = up;
  }
  return dir;
}

/** The repository's root folder. */
export const root = findRoot();

/** Absolute path of a repository file. */
export const repoPath = (...parts: string[]): string => join(root, ...parts);

/** A repository file's text. */
export const readRepo = (...parts: string[]): string => readFileSync(repoPath(...parts), 'utf8');

/** The DESIGN example, verbatim (examples/madison-design.policy). */
export const designExample = (): string => readRepo('examples', 'madison-design.policy');
