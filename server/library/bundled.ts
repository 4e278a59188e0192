/**
 * The library where there is no file system (the browser language server): the shipped corpus
 * comes from shipped-corpus.json, bundled at build time (regenerate it with
 * scripts/shipped-corpus.ts after changing clauses/); workspace drafts arrive by `addDocument`.
 */
import corpus from './shipped-corpus.json' with { type: 'json' };
import { ClauseLibrary } from './clause-library.js';
import { memoryFiles } from './files.js';
import type { LibraryOptions } from './types.js';

/** The shipped clauses, by path (`clauses/NAME.policy`). */
export const bundledCorpus: Record<string, string> = corpus;

/** A library of the bundled corpus; `options` as for `ClauseLibrary.load` (files and folders are set here). */
export function loadBundledLibrary(
  options: Omit<LibraryOptions, 'files' | 'folders'> = {},
): Promise<ClauseLibrary> {
  return ClauseLibrary.load({ ...options, files: memoryFiles(bundledCorpus), folders: ['clauses'] });
}
