/**
 * The workspace's `.policy` files that are not open: found once at start-up through the platform,
 * analysed in the background, and kept current one file at a time as the client reports changes.
 * Open documents shadow their file. Workspace symbols and workspace diagnostics read from here.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysis-cache.js';
import type { ConfigResolver } from './config-resolver.js';
import type { DocumentFacts } from './document-facts.js';
import type { RedlineEngine } from './engine.js';
import type { ServerPlatform } from './platform.js';

/** Indexed workspace files. */
export class WorkspaceIndex {
  private readonly files = new Map<string, DocumentFacts | undefined>();
  private readonly pending = new Map<string, number>();
  private readonly listeners: ((uri: string) => void)[] = [];
  private runs = 0;
  private generation = 0;
  /** Resolves when the first indexing is done. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly platform: ServerPlatform,
    private readonly engine: RedlineEngine,
    private readonly configs: ConfigResolver,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly log: (message: string) => void,
  ) {}

  /** Calls `listener` whenever a file's facts change. */
  onDidIndex(listener: (uri: string) => void): void {
    this.listeners.push(listener);
  }

  /** Finds and analyses the `.policy` files of the workspace folders. */
  start(folderUris: string[]): Promise<void> {
    this.ready = (async () => {
      const found = await Promise.all(
        folderUris.map((f) =>
          this.platform
            .listPolicyFiles(f)
            .catch((error: Error) => (this.log(`cannot list ${f}: ${error.message}`), [])),
        ),
      );
      await Promise.all(found.flat().map((uri) => this.update(uri)));
    })();
    return this.ready;
  }

  /** A file was created or changed on disk. */
  update(uri: string): Promise<void> {
    if (!this.files.has(uri)) this.files.set(uri, undefined);
    return this.analyze(uri);
  }

  /** A file was deleted. */
  remove(uri: string): void {
    this.files.delete(uri);
    this.pending.delete(uri);
    void this.engine.libraryDocument(uri, undefined);
    this.emit(uri);
  }

  /** Workspace folders were removed: their files leave the index (open documents stay open). */
  removeFolders(folderUris: readonly string[]): void {
    const prefixes = folderUris.map((f) => (f.endsWith('/') ? f : `${f}/`));
    for (const uri of [...this.files.keys()]) if (prefixes.some((p) => uri.startsWith(p))) this.remove(uri);
  }

  /** The configuration of these files changed: each that is indexed is analysed again. */
  invalidate(uris: Iterable<string>): Promise<void> {
    this.generation++;
    const indexed = [...uris].filter((uri) => this.files.has(uri));
    return Promise.all(indexed.map((uri) => this.analyze(uri))).then(() => {});
  }

  /** Every indexed file's URI. */
  uris(): string[] {
    return [...this.files.keys()];
  }

  /** The facts of every document: open ones as last analysed, the rest from disk. */
  all(): DocumentFacts[] {
    const out: DocumentFacts[] = [];
    for (const doc of this.documents.all()) {
      const facts = this.cache.latest(doc.uri);
      if (facts) out.push(facts);
    }
    for (const [uri, facts] of this.files) if (facts && !this.documents.get(uri)) out.push(facts);
    return out;
  }

  /** The facts of one file from disk. */
  facts(uri: string): DocumentFacts | undefined {
    return this.files.get(uri);
  }

  private async analyze(uri: string): Promise<void> {
    const ticket = ++this.runs;
    this.pending.set(uri, ticket);
    try {
      const text = await this.platform.readFile(uri);
      void this.engine.libraryDocument(uri, text);
      const { config, notices } = await this.configs.resolve(uri);
      const runId = `disk:${this.generation}:${ticket}`;
      const job = { uri, version: 0, text, config, runId, notices, background: true };
      const facts = await this.engine.analyze(job);
      if (this.pending.get(uri) !== ticket || !facts) return;
      this.files.set(uri, facts);
      this.emit(uri);
    } catch (error) {
      this.log(`cannot index ${uri}: ${(error as Error).message}`);
    } finally {
      if (this.pending.get(uri) === ticket) this.pending.delete(uri);
    }
  }

  private emit(uri: string): void {
    for (const listener of this.listeners) listener(uri);
  }
}
