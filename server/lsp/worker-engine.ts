/**
 * The Node engine: two worker threads, one for analysis and formatting, one for the clause library,
 * so that neither a long analysis nor a completion ever blocks the connection, and completions do
 * not wait behind an analysis. Jobs queue here (open documents before workspace files) and go to a
 * worker one at a time, so a queued job can be dropped when it goes stale; a stale job that has
 * run for long is stopped by restarting its worker, since a synchronous analysis cannot be told.
 */
import { setFlagsFromString } from 'node:v8';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
  type ResourceLimits,
  type WorkerOptions,
} from 'node:worker_threads';
import type { CompletionResult } from '../library/index.js';
import type { DocumentFacts, SafeguardFact } from './document-facts.js';
import type { AnalysisJob, Cancellable, RedlineEngine } from './engine.js';
import { StringTable } from './intern.js';
import { addSlice, type FactsSlice, type WorkerMethod, type WorkerReply } from './worker-protocol.js';

/** How the worker engine behaves; the defaults suit editors. */
export interface WorkerEngineOptions {
  /** The worker script (default: engine-worker next to this module, `.cjs` in the bundles). */
  script?: URL;
  /** A stale job that has run this long is stopped by restarting the worker (ms). */
  restartAfter?: number;
  onLog?: (message: string) => void;
}

interface Job {
  method: WorkerMethod;
  args: unknown[];
  background: boolean;
  token: Cancellable | undefined;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * How long the server's thread takes facts slices before it lets other work run (ms): long enough
 * that a short draft's facts arrive in one turn, short enough that a long draft's never hold up a
 * request.
 */
const SLICE_BUDGET_MS = 8;

/**
 * The workers' heap limit. With a limit of 2 GB or more (the process's default here is 4 GB), V8
 * lets the old generation grow to 4 times what survived the last full collection; with 1 GB, to at
 * most 1.6 times, so a burst of analyses, as when a workspace opens, leaves tens of MB less garbage
 * resident. 1 GB still holds the analysis of the largest draft the default redline.maxFileSize
 * admits (5 MB, about 300 MB live).
 */
const OLD_GENERATION_MB = 1024;

/**
 * Young generations (V8 makes a young generation of 3 semi-spaces' size). The analysis worker asks
 * for 12 MB, twice what the server's own thread gets from `--max-semi-space-size=2` (launch.ts):
 * edits of a 5,000-clause draft then scavenge less and get their diagnostics about 100 ms sooner
 * (p95 about 350 ms instead of 450), for a few MB of resident memory. V8's default of 48 MB would
 * cut the latency a little more but costs about 30 MB, over the 200 MB the server may take with
 * 1,000 policies open. The library worker mostly searches and gets 6 MB, as the server's thread.
 */
const LIMITS: Record<'analysis' | 'library', ResourceLimits> = {
  analysis: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: 12 },
  library: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: 6 },
};

/**
 * A worker thread with the young generation its `resourceLimits` ask for, whatever
 * `--max-semi-space-size` the process was started with. V8 reads that flag when it makes an
 * isolate, and a set flag wins over a worker's limits; so it is cleared first (0 is V8's default,
 * "not set"). The server's own isolate was made at start-up and keeps the small young generation
 * the flag gave it (launch.ts).
 */
export function spawnWorker(script: string | URL, options: WorkerOptions): Worker {
  setFlagsFromString('--max-semi-space-size=0');
  return new Worker(script, options);
}

/** The default worker script: next to this module, as bundled or as compiled. */
export function defaultWorkerScript(): URL {
  const own = import.meta.url;
  return new URL(own.endsWith('.cjs') ? './engine-worker.cjs' : './engine-worker.js', own);
}

/** One worker thread and the queue of jobs waiting for it. */
class WorkerChannel {
  private worker: Worker | undefined;
  private data: MessagePort | undefined;
  private readonly queue: Job[] = [];
  private running: { id: number; job: Job; started: number } | undefined;
  private nextId = 1;
  /** Shares the strings of the facts that arrive (intern.ts). */
  private readonly strings = new StringTable();
  /** Calls replayed on a fresh worker (the library's state). */
  replay: { method: WorkerMethod; args: unknown[] }[] = [];

  constructor(
    private readonly name: keyof typeof LIMITS,
    private readonly options: Required<Pick<WorkerEngineOptions, 'script' | 'restartAfter'>> &
      WorkerEngineOptions,
  ) {}

  call(method: WorkerMethod, args: unknown[], token?: Cancellable, background = false): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const job: Job = { method, args, background, token, resolve, reject };
      const at = background ? this.queue.length : this.queue.findIndex((j) => j.background);
      this.queue.splice(at < 0 ? this.queue.length : at, 0, job);
      token?.onCancellationRequested(() => this.cancel(job));
      this.pump();
    });
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    this.running?.job.resolve(undefined);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.resolve(undefined);
    } else if (this.running?.job === job && Date.now() - this.running.started >= this.options.restartAfter) {
      this.options.onLog?.(
        `${this.name} worker: stopping a stale ${job.method} after ${Date.now() - this.running.started} ms`,
      );
      this.running = undefined;
      job.resolve(undefined);
      this.restart();
    }
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    if (job.token?.isCancellationRequested) {
      job.resolve(undefined);
      return this.pump();
    }
    const worker = this.ensureWorker();
    const id = this.nextId++;
    this.running = { id, job, started: Date.now() };
    worker.postMessage({ id, method: job.method, args: job.args });
  }

  /** Starts the worker thread ahead of the first job. */
  start(): void {
    this.ensureWorker();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const { port1, port2 } = new MessageChannel();
    const worker = spawnWorker(this.options.script, {
      workerData: { data: port2 },
      transferList: [port2],
      resourceLimits: LIMITS[this.name],
    });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => void this.onReply(worker, reply));
    worker.on('error', (error) => this.onFailure(worker, error));
    worker.on('exit', (code) =>
      this.onFailure(worker, new Error(`the ${this.name} worker exited (code ${code})`)),
    );
    this.worker = worker;
    this.data = port1;
    for (const call of this.replay) worker.postMessage({ id: 0, method: call.method, args: call.args });
    return worker;
  }

  private restart(): void {
    const old = this.worker;
    this.worker = undefined;
    this.data?.close();
    void old?.terminate();
    this.pump();
  }

  private async onReply(worker: Worker, reply: WorkerReply): Promise<void> {
    if (worker !== this.worker || reply.id === 0) return;
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    let result = reply.result;
    if (reply.slices && result) result = await this.collect(reply.id, reply.slices, result as DocumentFacts);
    if (this.running !== running) return;
    this.running = undefined;
    if (reply.error !== undefined) running.job.reject(new Error(reply.error));
    else running.job.resolve(result);
    this.pump();
  }

  /**
   * Takes the slices, sharing their strings, for at most `SLICE_BUDGET_MS` per event-loop turn; a
   * turn also ends when the next slice has not arrived yet.
   */
  private async collect(id: number, count: number, skeleton: DocumentFacts): Promise<DocumentFacts> {
    const port = this.data!;
    this.strings.intern(skeleton);
    let turn = performance.now();
    for (let taken = 0; taken < count;) {
      const message = receiveMessageOnPort(port)?.message as FactsSlice | undefined;
      if (message?.id === id) {
        addSlice(skeleton, this.strings.intern(message));
        taken++;
      } else if (!message && this.data !== port) break;
      if (!message || performance.now() - turn >= SLICE_BUDGET_MS) {
        await yieldToLoop();
        turn = performance.now();
      }
    }
    return skeleton;
  }

  private onFailure(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.options.onLog?.(`${this.name} worker failed: ${error.message}`);
    this.worker = undefined;
    const running = this.running;
    this.running = undefined;
    running?.job.reject(error);
    this.pump();
  }
}

/** The Node engine: analysis and library each in their own worker thread. */
export class WorkerEngine implements RedlineEngine {
  private readonly analysis: WorkerChannel;
  private readonly library: WorkerChannel;
  private readonly drafts = new Map<string, string>();
  private folders: string[] | undefined;

  constructor(options: WorkerEngineOptions = {}) {
    const resolved = { restartAfter: 1000, script: defaultWorkerScript(), ...options };
    this.analysis = new WorkerChannel('analysis', resolved);
    this.library = new WorkerChannel('library', resolved);
    // Started now, they load the analysis core while the client initializes, not on the first keystroke.
    this.analysis.start();
    this.library.start();
  }

  async analyze(job: AnalysisJob, token?: Cancellable): Promise<DocumentFacts | undefined> {
    return (await this.analysis.call('analyze', [job], token, job.background)) as DocumentFacts | undefined;
  }

  async scorecard(job: AnalysisJob, token?: Cancellable): Promise<SafeguardFact[] | undefined> {
    return (await this.analysis.call('scorecard', [job], token)) as SafeguardFact[] | undefined;
  }

  async format(text: string): Promise<string | undefined> {
    return (await this.analysis.call('format', [text])) as string | undefined;
  }

  async loadLibrary(folders: string[]): Promise<void> {
    await this.library.call('loadLibrary', [folders]);
    this.folders = folders;
    this.updateReplay();
  }

  async libraryDocument(uri: string, text: string | undefined): Promise<void> {
    await this.library.call('libraryDocument', [uri, text], undefined, true);
    if (text === undefined) this.drafts.delete(uri);
    else this.drafts.set(uri, text);
    this.updateReplay();
  }

  async complete(uri: string, text: string, offset: number): Promise<CompletionResult> {
    return (
      ((await this.library.call('complete', [uri, text, offset])) as CompletionResult | undefined) ?? {
        items: [],
        isIncomplete: true,
      }
    );
  }

  async resolveCompletion(data: string): Promise<string | undefined> {
    return (await this.library.call('resolveCompletion', [data])) as string | undefined;
  }

  async provenance(clauseText: string, uri: string): Promise<string | undefined> {
    return (await this.library.call('provenance', [clauseText, uri])) as string | undefined;
  }

  dispose(): void {
    this.analysis.dispose();
    this.library.dispose();
  }

  /** A restarted library worker gets the same folders and drafts back. */
  private updateReplay(): void {
    this.library.replay = [
      ...(this.folders ? [{ method: 'loadLibrary' as const, args: [this.folders] }] : []),
      ...[...this.drafts].map(([uri, text]) => ({ method: 'libraryDocument' as const, args: [uri, text] })),
    ];
  }
}
