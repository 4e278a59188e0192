/**
 * V8 settings for Redline's own Node processes: the CLI (bin/redline.js) and the language server
 * (server/lsp/main-node.ts; its worker threads share the process's flags). They are flags of the
 * whole process, so only those entry points apply them, never the analysis core, which also runs
 * in a browser worker and inside other programs. The benchmark applies them too, so that it
 * measures what users run.
 *
 * Allocation-site pretenuring off. V8 notices that most objects made where the parser builds words,
 * runs and nodes outlive their first scavenge, and starts allocating them directly in the old
 * generation. Measured here on generated drafts (bench/): with it off, lexing, parsing and building
 * the tree of 10,000 clauses take about 25% less time (median), and a full check about 15% less;
 * edit latency and the server's memory are unchanged, and so are write-good's and textlint's times
 * in the same process.
 */
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS } from './lsp/launch.js';

export { V8_FLAGS };

/** Applies `V8_FLAGS`; call it first thing in an entry point, before any analysis runs. */
export function applyV8Settings(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
