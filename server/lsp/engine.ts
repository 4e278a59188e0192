/**
 * The engine: everything the language server asks of the analysis core, behind one asynchronous
 * interface so that it can run in-process (browser, tests) or in worker threads (Node), where a
 * 5,000-clause draft's analysis never blocks the connection. `LocalEngine` is the in-process one;
 * the Node worker runs a `LocalEngine` too.
 */
import { parse, type PolicyDocument } from '../../grammar/index.js';
import { print } from '../../grammar/printer.js';
import { analyze, type Analysis } from '../analysis/analyze.js';
import type { ResolvedConfig } from '../analysis/config.js';
import type { Severity } from '../analysis/types.js';
import { ClauseLibrary, clauseDocumentation, type CompletionResult } from '../library/index.js';
import { scorecard } from '../scorecard/index.js';
import { emptyFacts, type DocumentFacts, type FindingFact, type SafeguardFact } from './document-facts.js';
import { buildFacts } from './facts-builder.js';

/** One document version to analyse. */
export interface AnalysisJob {
  uri: string;
  version: number;
  text: string;
  config: ResolvedConfig;
  runId: string;
  /** Configuration problems to report on the document (a bad redline.json). */
  notices?: string[];
  /** Workspace files not open in the editor wait behind open documents. */
  background?: boolean;
}

/** Lets a caller give up on a pending answer. */
export interface Cancellable {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): unknown;
}

/** What the server asks of the analysis core. Every method may run elsewhere. */
export interface RedlineEngine {
  /** The facts of one version, or undefined when cancelled first. */
  analyze(job: AnalysisJob, token?: Cancellable): Promise<DocumentFacts | undefined>;
  /**
   * The safeguard scorecard of one version, or undefined when cancelled first. Asked for only when
   * shown, so that an edit's diagnostics never wait for it.
   */
  scorecard(job: AnalysisJob, token?: Cancellable): Promise<SafeguardFact[] | undefined>;
  /** The canonical text, or undefined when the text has syntax errors. */
  format(text: string): Promise<string | undefined>;
  /** (Re)loads the clause library from these folders (plus the shipped corpus where there is one). */
  loadLibrary(folders: string[]): Promise<void>;
  /** Adds or replaces a workspace draft in the library; `text` undefined removes it. */
  libraryDocument(uri: string, text: string | undefined): Promise<void>;
  complete(uri: string, text: string, offset: number): Promise<CompletionResult>;
  resolveCompletion(data: string): Promise<string | undefined>;
  /** The Markdown provenance of a library clause whose text is `clauseText`, if one matches. */
  provenance(clauseText: string, uri: string): Promise<string | undefined>;
  dispose(): void;
}

/** How a `LocalEngine` finds its clause library. */
export interface LocalEngineOptions {
  loadLibrary?: (folders: string[]) => Promise<ClauseLibrary>;
}

/**
 * The analysis of one job, synchronously: size limit, analyze(), facts; `analysis` unless skipped.
 * `previous` is the AST of an earlier version of the job's document, for an incremental parse.
 */
export function runJob(
  job: AnalysisJob,
  previous?: PolicyDocument,
): { facts: DocumentFacts; analysis?: Analysis } {
  const { config } = job;
  const size = byteLength(job.text, config.maxFileSize);
  if (size > config.maxFileSize) {
    const reason = `not analysed: ${size} bytes is more than the limit of ${config.maxFileSize} (redline.maxFileSize)`;
    const facts = emptyFacts(job.uri, job.version, job.runId, reason);
    facts.findings.push(notice(reason, 'info'));
    return { facts };
  }
  const analysis = analyze(job.text, { config, previous });
  const facts = buildFacts(analysis, job.uri, job.version, job.runId);
  if (job.notices?.length) facts.findings.unshift(...job.notices.map((m) => notice(m, 'error')));
  return { facts, analysis };
}

/** A finding about the run itself (configuration, size), shown at the top of the document. */
function notice(message: string, severity: Severity): FindingFact {
  return { rule: 'config', severity, message, offset: 0, end: 0, clause: null };
}

/** UTF-8 size, counted only when it could matter. */
function byteLength(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

/** The canonical text of `text`, or undefined when it does not parse cleanly. */
export function formatPolicy(text: string): string | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const doc = parse(text);
  if (doc.errors.length) return undefined;
  return bom + print(doc, { eol: text.includes('\r\n') ? '\r\n' : '\n' });
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** How many documents' ASTs an engine keeps for incremental parsing. */
const RECENT_DOCUMENTS = 4;

/** The engine that runs everything in the calling thread. */
export class LocalEngine implements RedlineEngine {
  private library: ClauseLibrary = new ClauseLibrary();
  private readonly drafts = new Map<string, string>();
  /** The last open document's analysis, so that its scorecard does not analyse it again. */
  private last: { runId: string; analysis: Analysis } | undefined;
  /**
   * The ASTs of the documents edited last, by URI, the most recent last: the next version of one
   * reuses its unchanged items. Few, since each holds a whole document.
   */
  private readonly recent = new Map<string, PolicyDocument>();

  constructor(private readonly options: LocalEngineOptions = {}) {}

  async analyze(job: AnalysisJob, token?: Cancellable): Promise<DocumentFacts | undefined> {
    if (job.background) await new Promise((resolve) => setTimeout(resolve, 0));
    if (token?.isCancellationRequested) return undefined;
    // Let go of the previous analysis first: a long draft's would otherwise double the peak memory.
    if (!job.background) this.last = undefined;
    // Taken out first: parsing consumes it, even if the run went no further. Background runs (of
    // files not open) neither take nor keep one: `last` may still hold its analysis.
    const previous = job.background ? undefined : this.recent.get(job.uri);
    if (previous) this.recent.delete(job.uri);
    const { facts, analysis } = runJob(job, previous);
    if (!job.background && analysis) {
      this.last = { runId: job.runId, analysis };
      this.remember(job.uri, analysis.doc);
    }
    return facts;
  }

  private remember(uri: string, doc: PolicyDocument): void {
    this.recent.set(uri, doc);
    for (const key of this.recent.keys()) {
      if (this.recent.size <= RECENT_DOCUMENTS) break;
      this.recent.delete(key);
    }
  }

  async scorecard(job: AnalysisJob, token?: Cancellable): Promise<SafeguardFact[] | undefined> {
    if (token?.isCancellationRequested) return undefined;
    const { config } = job;
    const analysis = this.last?.runId === job.runId ? this.last.analysis : analyze(job.text, { config });
    return scorecard(analysis, { config }).safeguards;
  }

  async format(text: string): Promise<string | undefined> {
    return formatPolicy(text);
  }

  async loadLibrary(folders: string[]): Promise<void> {
    const library = this.options.loadLibrary ? await this.options.loadLibrary(folders) : new ClauseLibrary();
    for (const [uri, text] of this.drafts) library.addDocument(uri, text);
    this.library = library;
  }

  async libraryDocument(uri: string, text: string | undefined): Promise<void> {
    if (text === undefined) {
      this.drafts.delete(uri);
      this.library.removeDocument(uri);
    } else {
      this.drafts.set(uri, text);
      this.library.addDocument(uri, text);
    }
  }

  async complete(uri: string, text: string, offset: number): Promise<CompletionResult> {
    return this.library.complete(text, offset, { uri });
  }

  async resolveCompletion(data: string): Promise<string | undefined> {
    return this.library.resolve(data);
  }

  async provenance(clauseText: string, uri: string): Promise<string | undefined> {
    const wanted = normalize(clauseText);
    if (!wanted) return undefined;
    const hit = this.library.search(clauseText, { limit: 5, exclude: uri }).find((h) => {
      const e = h.entry;
      return normalize(e.segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')) === wanted;
    });
    return hit && clauseDocumentation(hit.entry);
  }

  dispose(): void {}
}
