/**
 * The clause library (DESIGN §6): every clause of the shipped corpus, of configured folders and of
 * the workspace's own drafts, with provenance and the checks' verdict, in a MiniSearch index.
 *
 * API (the language server and the CLI use only this):
 * - `await ClauseLibrary.load({ files, folders, config, onProblem })` reads and indexes folders of
 *   `.policy` files through `files` (`nodeFiles` or `memoryFiles`); Node adapters call
 *   `loadNodeLibrary({ folders })` (node-files.ts), which adds the shipped `clauses/`.
 * - `addDocument(uri, text, { analysis? })` / `removeDocument(uri)` keep workspace drafts current;
 *   a changed file re-indexes only that file (pass the `analyze()` result you already have).
 * - `search(query, { limit })` → clauses with `score`, for `redline library search`.
 * - `complete(text, offset, { uri })` → `{ items, isIncomplete }` (`CompletionSuggestion`s whose
 *   `insertText` is always an LSP snippet and whose `replace` gives the offsets to replace).
 * - `resolve(item.data)` → the item's Markdown documentation (text, provenance, verdict).
 * - `problems`: files that could not be used, each reported once (also via `onProblem`).
 */
import { analyze, type Analysis } from '../analysis/analyze.js';
import { defaultConfig, DEFAULT_MAX_FILE_SIZE } from '../analysis/config.js';
import { completeAt, type CompleteOptions } from './complete.js';
import { resolveDocumentation } from './documentation.js';
import { buildEntries } from './entries.js';
import { baseName, decodeLibraryFile, documentKey, readFolder } from './files.js';
import { queryTerms, segmentTerms, terms } from './normalize.js';
import { rankHits } from './ranking.js';
import { TermIndex, type IndexRecord } from './search-index.js';
import type {
  CompletionResult,
  ForceFamily,
  LibraryClause,
  LibraryCondition,
  LibraryOptions,
  LibraryProblem,
  SearchHit,
  SearchOptions,
} from './types.js';

const CLAUSE_FIELDS = ['text', 'action', 'subject', 'section', 'classes', 'source'];
/** Completion ranks this many best text matches; strength scales scores by at most half, so more rarely matter. */
const CANDIDATES = 300;
/** A term in more than this share of clauses is too common to search for… */
const COMMON_SHARE = 0.2;
/** …in a library this large; a small library is searched for every term. */
const COMMON_MIN_LIBRARY = 2000;

/** The clause library. Create it with `ClauseLibrary.load` (or `new` for an empty one). */
export class ClauseLibrary {
  /** Files that could not be used, in the order met. */
  readonly problems: LibraryProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly clauses = new Map<string, LibraryClause>();
  private readonly conditionMap = new Map<string, LibraryCondition>();
  private readonly docs = new Map<string, LibraryClause[]>();
  private readonly clauseIndex = new TermIndex(CLAUSE_FIELDS);
  private readonly conditionIndex = new TermIndex(['text']);
  private conditionsByStrength: LibraryCondition[] | undefined;
  /** Documentation of the last completion's names and references, by data id. */
  readonly transientDocs = new Map<string, string>();

  constructor(private readonly options: LibraryOptions = {}) {}

  /** Reads and indexes every `.policy` file of `options.folders`. */
  static async load(options: LibraryOptions = {}): Promise<ClauseLibrary> {
    const library = new ClauseLibrary(options);
    for (const folder of options.folders ?? []) await library.addFolder(folder);
    return library;
  }

  /** Indexes the `.policy` files of one folder; unusable files become problems. */
  async addFolder(folder: string): Promise<void> {
    const files = this.options.files;
    if (!files) return this.report(folder, 'no file access was given to the library');
    const report = (file: string, reason: string) => this.report(file, reason);
    for await (const { path, text } of readFolder(files, folder, this.maxFileSize, report)) {
      const analysis = this.index(path, text, this.options.display?.(path) ?? path);
      if (!analysis.doc.clauses.length) this.report(path, noClauses(analysis));
    }
  }

  /**
   * Adds or replaces a workspace document; returns how many clauses it gave. Pass the `analysis`
   * the caller already made of `text` (the language server has one for diagnostics) to save a run.
   */
  addDocument(uri: string, text: string, options: { display?: string; analysis?: Analysis } = {}): number {
    const decoded = decodeLibraryFile(text, this.maxFileSize);
    if ('reason' in decoded) {
      this.removeDocument(uri);
      this.report(uri, decoded.reason);
      return 0;
    }
    const display = options.display ?? baseName(documentKey(uri));
    return this.index(uri, decoded.text, display, options.analysis).doc.clauses.length;
  }

  /** Forgets a document (deleted or closed without a file). */
  removeDocument(uri: string): void {
    const key = documentKey(uri);
    const old = this.docs.get(key);
    if (!old) return;
    this.clauseIndex.discard(old.map((c) => c.id));
    this.conditionIndex.discard(old.flatMap((c) => c.conditions.map((k) => k.id)));
    for (const c of old) {
      this.clauses.delete(c.id);
      for (const k of c.conditions) this.conditionMap.delete(k.id);
    }
    this.docs.delete(key);
    this.changed();
  }

  /** The number of clauses indexed. */
  get size(): number {
    return this.clauses.size;
  }

  /** A clause by id. */
  entry(id: string): LibraryClause | undefined {
    return this.clauses.get(id);
  }

  /** A condition by id. */
  condition(id: string): LibraryCondition | undefined {
    return this.conditionMap.get(id);
  }

  /** Clauses matching `query`, strong ones first among equally relevant ones. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const filter = this.clauseFilter(options.family, options.exclude);
    const hits = this.clauseIndex.query({
      terms: queryTerms(query, options.agencies ?? []),
      boost: { text: 2, action: 1.5, classes: 1, subject: 1, section: 0.7, source: 0.5 },
      prefix: true,
      fuzzy: true,
      filter: (id) => filter(this.clauses.get(id)!),
    });
    return rankHits(hits, (id) => this.clauses.get(id), { topic: [], subject: [] })
      .slice(0, options.limit ?? 10)
      .map((r) => ({ ...r, entry: this.clauses.get(r.id)! }));
  }

  /** Completions at `offset` in `text` (the document being drafted). */
  complete(text: string, offset: number, options: CompleteOptions = {}): CompletionResult {
    return completeAt(this, text, offset, options);
  }

  /** The Markdown documentation of a completion item, from its `data`. */
  resolve(id: string): string | undefined {
    return resolveDocumentation(this, id);
  }

  /** The best `CANDIDATES` clauses for completion terms (no typo matching: it costs too much per keystroke). */
  queryClauses(
    termList: string[],
    boost: Record<string, number>,
    filter: (c: LibraryClause) => boolean,
    prefix: boolean,
  ) {
    return this.clauseIndex.query({
      terms: termList,
      boost,
      prefix,
      limit: CANDIDATES,
      filter: (id) => filter(this.clauses.get(id)!),
    });
  }

  /**
   * True when `term` is in so many clauses' `field` (a large library's "officer") that searching
   * for it costs much and tells little; completion then matches it as a filter instead.
   */
  isCommon(field: 'text' | 'action', term: string, prefix: boolean): boolean {
    return (
      this.clauses.size >= COMMON_MIN_LIBRARY && this.clauseIndex.share(field, term, prefix) > COMMON_SHARE
    );
  }

  /** The best `CANDIDATES` conditions for completion terms. */
  queryConditions(termList: string[], filter: (c: LibraryCondition) => boolean) {
    return this.conditionIndex.query({
      terms: termList,
      boost: { text: 1 },
      prefix: true,
      limit: CANDIDATES,
      filter: (id) => filter(this.conditionMap.get(id)!),
    });
  }

  /** Every clause, in the order indexed. */
  all(): IterableIterator<LibraryClause> {
    return this.clauses.values();
  }

  /** Every condition, strongest first (cached until the library changes). */
  strongestConditions(): LibraryCondition[] {
    this.conditionsByStrength ??= [...this.conditionMap.values()].sort((a, b) => b.strength - a.strength);
    return this.conditionsByStrength;
  }

  /** A filter on force family and document. */
  clauseFilter(family: ForceFamily | undefined, exclude: string | undefined): (c: LibraryClause) => boolean {
    const skip = exclude === undefined ? undefined : documentKey(exclude);
    return (c) => (!family || c.family === family) && c.doc !== skip;
  }

  private get maxFileSize(): number {
    return this.options.maxFileSize ?? this.options.config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }

  private index(file: string, text: string, display: string, given?: Analysis): Analysis {
    const key = documentKey(file);
    this.removeDocument(file);
    const analysis =
      given?.doc.text === text ? given : analyze(text, { config: this.options.config ?? defaultConfig() });
    const entries = buildEntries(analysis, { key, file, display });
    this.docs.set(key, entries);
    for (const c of entries) {
      this.clauses.set(c.id, c);
      for (const k of c.conditions) this.conditionMap.set(k.id, k);
    }
    this.clauseIndex.add(entries.map(clauseRecord));
    const conditions = entries.flatMap((c) => c.conditions);
    this.conditionIndex.add(conditions.map((k) => ({ id: k.id, text: k.key })));
    this.changed();
    return analysis;
  }

  private changed(): void {
    this.conditionsByStrength = undefined;
  }

  private report(file: string, reason: string): void {
    const key = `${file}\0${reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const problem = { file, reason };
    this.problems.push(problem);
    this.options.onProblem?.(problem);
  }
}

/** Why a file gave no clauses: "no clauses (3 syntax errors; first: line 1: …)". */
function noClauses({ doc }: Analysis): string {
  const first = doc.errors[0];
  if (!first) return 'no clauses';
  const n = doc.errors.length;
  return `no clauses (${n} syntax error${n === 1 ? '' : 's'}; first: line ${first.range.start.line + 1}: ${first.message})`;
}

function clauseRecord(c: LibraryClause): IndexRecord {
  return {
    id: c.id,
    text: segmentTerms(c.segments).join(' '),
    action: segmentTerms(c.actionSegments).join(' '),
    subject: segmentTerms(c.subjectSegments).join(' '),
    section: terms(c.sectionTitle ?? '').join(' '),
    classes: c.actionClasses.map((k) => k.replace(/^verb:/, '').replace(/-/g, ' ')).join(' '),
    source: terms(`${c.provenance.title} ${c.provenance.agency ?? ''}`).join(' '),
  };
}
