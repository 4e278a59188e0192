/** The clause library and its completions (DESIGN §6); see clause-library.ts for the API. */
export { ClauseLibrary } from './clause-library.js';
export type { CompleteOptions } from './complete.js';
export { memoryFiles, decodeLibraryFile, documentKey } from './files.js';
export { describeVerdict } from './verdict.js';
export { clauseDocumentation, provenanceLine } from './documentation.js';
export type * from './types.js';
