/**
 * How an editor should start the Node language server for the least memory, shared by the VS Code
 * extension and the benchmarks so that what is measured is what users run.
 *
 * - `--max-semi-space-size=2`: the server's own thread holds documents and their facts and passes
 *   messages; V8 would let its young generation grow to 48 MB during a burst (a workspace opening),
 *   all of it resident afterwards. The small young generation costs that thread little.
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread its own malloc arenas and rarely returns their
 *   memory; the server has three threads and never needs more than two arenas. Other C libraries
 *   ignore it.
 *
 * With both, opening 1,000 policies takes about 50 MB less resident memory (bench/results.md).
 *
 * The price: V8 applies the flag to the worker threads too, overriding their resource limits, so
 * an analysis scavenges many times more often. Since an edit re-parses only the items it touches
 * and moves the rest in place (grammar/parse.ts), an analysis allocates little that survives, and
 * on a 5,000-clause draft an edit's diagnostics take about 300-400 ms (median) with the flag or
 * without it on this machine; it was 570 against 470 when every edit parsed the whole draft.
 * Editors that care more for the latency of very long drafts than for memory can still start the
 * server without the flag.
 * (Running the server on a worker thread behind a relay, so that only its thread gets the small
 * young generation, was tried: the relay's own isolate costs about 10 MB, more than it saves.)
 */
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=2'];

export const serverEnv: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
