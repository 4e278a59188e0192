/**
 * How an editor should start the Node language server for the least memory, shared by the VS Code
 * extension and the benchmarks so that what is measured is what users run.
 *
 * - `--max-semi-space-size=2`: the server's own thread holds documents and their facts and passes
 *   messages; V8 would let its young generation grow to 48 MB during a burst (a workspace opening),
 *   all of it resident afterwards. The small young generation costs that thread little.
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread its own malloc arenas and rarely returns their
 *   memory; the server has three threads and never needs more than two arenas. Other C libraries
 *   ignore this setting and the next one.
 * - `MALLOC_TRIM_THRESHOLD_=131072`, glibc's initial 128 KB: glibc raises its trim and mmap
 *   thresholds as large blocks are freed (V8's compiler zones, message buffers), and then keeps
 *   freed memory instead of returning it. Setting one fixes both; it saves about 6 MB after 1,000
 *   policies are opened, with no measurable cost in latency.
 *
 * With these, opening 1,000 policies takes about 50 MB less resident memory (bench/results.md).
 *
 * V8 applies the flag to every isolate made while it is set, and a set flag overrides a worker's
 * resource limits; so the engine clears it before it starts its workers (`spawnWorker` in
 * worker-engine.ts), and each worker gets the young generation its limits ask for. The analysis
 * worker's is twice the server thread's: on a 5,000-clause draft an edit's diagnostics then come
 * about 100 ms sooner (p95 about 350 ms instead of 450) for a few MB more.
 * (Running the server on a worker thread behind a relay, so that only its thread gets the small
 * young generation, was tried before: the relay's own isolate costs about 10 MB, more than it saves.)
 */
/**
 * The V8 flags Redline's own processes set for themselves at start (server/v8-settings.ts says
 * why). Here, without importing `node:v8`, so that the extension's client can pass them too: given
 * on the command line, they hold from the first allocation on.
 */
export const V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];

export const serverExecArgv: readonly string[] = ['--max-semi-space-size=2', ...V8_FLAGS];

export const serverEnv: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_TRIM_THRESHOLD_: '131072',
};
