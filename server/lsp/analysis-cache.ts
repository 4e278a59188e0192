/**
 * The analysis of open documents, keyed by URI and version: a change waits out a short debounce,
 * then one run per document goes to the engine; a newer version cancels the run of an older one,
 * and only the latest version's facts are ever kept or published. Requests ask for the facts of
 * the document as it is now and get them as soon as they exist.
 */
import type { CancellationToken, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver';
import type { ConfigResolver } from './config-resolver.js';
import type { DocumentFacts } from './document-facts.js';
import type { RedlineEngine } from './engine.js';

/** Thrown to a request whose document changed before its facts were ready. */
export class Superseded extends Error {
  constructor(uri: string) {
    super(`${uri} changed`);
    this.name = 'Superseded';
  }
}

interface Deferred {
  promise: Promise<DocumentFacts>;
  resolve(facts: DocumentFacts): void;
  reject(error: Error): void;
}

function deferred(): Deferred {
  let resolve!: (facts: DocumentFacts) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<DocumentFacts>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {});
  return { promise, resolve, reject };
}

interface Target {
  key: string;
  version: number;
  result: Deferred;
  timer?: ReturnType<typeof setTimeout>;
  source?: CancellationTokenSource;
}

interface Entry {
  facts?: DocumentFacts;
  key?: string;
  target?: Target;
  /** How long the last analysis of this document took, in ms. */
  lastDuration?: number;
  /** When the document last changed (Date.now()). */
  lastChange?: number;
  /** How many times its configuration changed while it was open. */
  configurations?: number;
}

/** What a run's facts are valid for: this version of the text, checked under this configuration. */
function keyOf(doc: TextDocument, entry: Entry): string {
  return `${doc.version}:${entry.configurations ?? 0}`;
}

/** The shortest wait after a keystroke: enough to coalesce the messages that came with it. */
const MIN_DEBOUNCE = 10;

/** Open documents' analyses. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners: ((facts: DocumentFacts) => void)[] = [];
  private runs = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly engine: RedlineEngine,
    private readonly configs: ConfigResolver,
    private readonly debounce = 150,
  ) {}

  /** Calls `listener` with every run's facts that are still current when they arrive. */
  onDidAnalyze(listener: (facts: DocumentFacts) => void): void {
    this.listeners.push(listener);
  }

  /** The document changed (or opened: `immediate`); schedules its analysis. */
  changed(uri: string, immediate = false): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const entry = this.entry(uri);
    const key = keyOf(doc, entry);
    if (entry.key === key) return;
    if (entry.target?.key === key) {
      if (immediate) this.start(uri, entry.target);
      return;
    }
    const target: Target = { key, version: doc.version, result: deferred() };
    this.supersede(uri, entry, target);
    entry.target = target;
    const now = Date.now();
    const delay = this.delayFor(entry, now - (entry.lastChange ?? -Infinity));
    entry.lastChange = now;
    if (immediate) this.start(uri, target);
    else target.timer = setTimeout(() => this.start(uri, target), delay);
  }

  /**
   * The debounce. A change after a pause at least as long as the document's last analysis is a
   * single edit, not a burst: it waits only the shortest debounce, since nothing is coming to
   * coalesce it with. In a burst the wait adapts to the document: a short one is checked almost at
   * once (its analysis is cheap), a long one waits up to the configured debounce, about half its
   * last analysis time, so that a run is not spent on a version about to be superseded.
   */
  private delayFor(entry: Entry, sinceLastChange: number): number {
    const last = entry.lastDuration;
    if (last === undefined) return Math.min(this.debounce, 30);
    if (sinceLastChange >= last) return Math.min(this.debounce, MIN_DEBOUNCE);
    return Math.min(this.debounce, Math.max(MIN_DEBOUNCE, last / 2));
  }

  /** The document was closed: forget it. */
  closed(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) this.supersede(uri, entry);
    this.entries.delete(uri);
  }

  /** The configuration of these open documents changed: each is checked again now. */
  invalidate(uris: Iterable<string>): void {
    for (const uri of uris) {
      if (!this.documents.get(uri)) continue;
      const entry = this.entry(uri);
      entry.configurations = (entry.configurations ?? 0) + 1;
      this.changed(uri, true);
    }
  }

  /** The last facts of `uri`, whatever their version. */
  latest(uri: string): DocumentFacts | undefined {
    return this.entries.get(uri)?.facts;
  }

  /**
   * The facts of the document as it is now; `flush` skips the debounce (interactive requests).
   * Rejects with `Superseded` when it changes first; undefined when it is not open or cancelled.
   */
  async current(uri: string, token?: CancellationToken, flush = true): Promise<DocumentFacts | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const entry = this.entry(uri);
    if (entry.key === keyOf(doc, entry) && entry.facts) return entry.facts;
    this.changed(uri, flush);
    const target = entry.target;
    if (!target) return entry.facts;
    if (!token) return target.result.promise;
    return new Promise<DocumentFacts | undefined>((resolve, reject) => {
      const listener = token.onCancellationRequested(() => resolve(undefined));
      target.result.promise.then(resolve, reject).finally(() => listener.dispose());
    });
  }

  private entry(uri: string): Entry {
    let entry = this.entries.get(uri);
    if (!entry) this.entries.set(uri, (entry = {}));
    return entry;
  }

  /**
   * Cancels the pending run. Who waits for its facts is refused if the text changed; if only the
   * configuration did (same version), they wait for the `next` run's facts instead: a request
   * about an unchanged document has no reason to fail.
   */
  private supersede(uri: string, entry: Entry, next?: Target): void {
    const old = entry.target;
    if (!old) return;
    clearTimeout(old.timer);
    old.source?.cancel();
    if (next && next.version === old.version) next.result.promise.then(old.result.resolve, old.result.reject);
    else old.result.reject(new Superseded(uri));
    entry.target = undefined;
  }

  private start(uri: string, target: Target): void {
    if (target.source) return;
    clearTimeout(target.timer);
    target.source = new CancellationTokenSource();
    void this.run(uri, target, target.source.token);
  }

  private async run(uri: string, target: Target, token: CancellationToken): Promise<void> {
    try {
      const { config, notices } = await this.configs.resolve(uri);
      const doc = this.documents.get(uri);
      if (token.isCancellationRequested || !doc || this.entries.get(uri)?.target !== target) return;
      const runId = `${target.key}:${++this.runs}`;
      const job = { uri, version: doc.version, text: doc.getText(), config, runId, notices };
      const started = Date.now();
      const facts = await this.engine.analyze(job, token);
      const entry = this.entries.get(uri);
      if (entry && facts) entry.lastDuration = Date.now() - started;
      if (!facts || token.isCancellationRequested || entry?.target !== target) return;
      entry.facts = facts;
      entry.key = target.key;
      entry.target = undefined;
      target.result.resolve(facts);
      for (const listener of this.listeners) listener(facts);
    } catch (error) {
      const entry = this.entries.get(uri);
      if (entry?.target === target) entry.target = undefined;
      target.result.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
