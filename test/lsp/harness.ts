/**
 * An LSP client for tests: a real JSON-RPC connection to an in-process server over two stream
 * pairs. Tests wait on events (diagnostics published, a request answered), never on timers.
 * Texts may mark the cursor with `<|>`.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  createConnection,
  type MessageConnection,
} from 'vscode-languageserver/node.js';
import {
  ErrorCodes,
  type ClientCapabilities,
  type InitializeResult,
  type Position,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lifecycleStrategy } from '../../server/lsp/lifecycle.js';
import { startServer, type ServerOptions } from '../../server/lsp/server.js';
import type { RedlineServices } from '../../server/lsp/services.js';

/** What a client like VS Code announces; tests take away or add what they check. */
export const richCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    codeLens: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: true,
    },
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    definition: { linkSupport: true },
    rename: { prepareSupport: true },
  },
};

/** Options of `startClient`. */
export interface ClientOptions extends ServerOptions {
  capabilities?: ClientCapabilities;
  /** The `redline` settings answered to `workspace/configuration`. */
  settings?: Record<string, unknown>;
  workspaceFolders?: { uri: string; name: string }[];
}

/** A connected test client. */
export interface TestClient {
  connection: MessageConnection;
  services: RedlineServices;
  initialized: InitializeResult;
  settings: Record<string, unknown>;
  /** Every publishDiagnostics received, in order. */
  published: PublishDiagnosticsParams[];
  /** Requests the server sent the client, by method. */
  serverRequests: string[];
  /** The documents as the client has them. */
  documents: Map<string, TextDocument>;
  open(uri: string, text: string): Promise<void>;
  /** Applies edits (incremental) and sends them; resolves to the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number>;
  closeDocument(uri: string): Promise<void>;
  /** The next publishDiagnostics for `uri` that satisfies `accept` (or one already received). */
  diagnostics(
    uri: string,
    accept?: (p: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams>;
  request<R>(method: string, params: unknown): Promise<R>;
  /** Shuts the server down and closes both ends. */
  dispose(): Promise<void>;
}

/** The text without its `<|>` marker, and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('<|>');
  if (offset < 0) throw new Error('no <|> in the text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 3), offset };
}

/** The position of the `nth` occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not found`);
  }
  return TextDocument.create('x', 'policy', 0, text).positionAt(at + delta);
}

/** Starts a server and a client on a stream pair, and initializes them. */
export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(
    new StreamMessageReader(toServer),
    new StreamMessageWriter(toClient),
    { messageStrategy: lifecycleStrategy() },
  );
  const services = startServer(serverConnection, { debounce: 20, ...options });
  const connection = createMessageConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  );
  const published: PublishDiagnosticsParams[] = [];
  const waiters: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  const serverRequests: string[] = [];
  const documents = new Map<string, TextDocument>();
  const client = { settings: options.settings ?? {} } as TestClient;

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const w of waiters.splice(0)) {
      if (w.uri === params.uri && w.accept(params)) w.resolve(params);
      else waiters.push(w);
    }
  });
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest((method: string, params: unknown) => {
    serverRequests.push(method);
    if (method === 'workspace/configuration')
      return (params as { items: { section?: string }[] }).items.map((i) =>
        i.section === 'redline' ? client.settings : null,
      );
    return null;
  });
  connection.listen();

  const initialized = await connection.sendRequest<InitializeResult>('initialize', {
    processId: null,
    rootUri: null,
    capabilities: options.capabilities ?? richCapabilities,
    workspaceFolders: options.workspaceFolders ?? null,
  });
  await connection.sendNotification('initialized', {});

  return Object.assign(client, {
    connection,
    services,
    initialized,
    published,
    serverRequests,
    documents,
    async open(uri: string, text: string) {
      documents.set(uri, TextDocument.create(uri, 'policy', 1, text));
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'policy', version: 1, text },
      });
    },
    async change(uri: string, changes: TextDocumentContentChangeEvent[]) {
      const doc = documents.get(uri)!;
      const next = TextDocument.update(doc, changes, doc.version + 1);
      documents.set(uri, next);
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: next.version },
        contentChanges: changes,
      });
      return next.version;
    },
    async closeDocument(uri: string) {
      documents.delete(uri);
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true) {
      const already = published.find((p) => p.uri === uri && accept(p));
      if (already) return Promise.resolve(already);
      return new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({ uri, accept, resolve }));
    },
    request<R>(method: string, params: unknown) {
      return connection.sendRequest<R>(method, params);
    },
    async dispose() {
      // A server a test has shut down already refuses a second shutdown, as it should.
      await connection
        .sendRequest('shutdown')
        .catch((e: { code?: number }) => assert.equal(e.code, ErrorCodes.InvalidRequest));
      connection.dispose();
      serverConnection.dispose();
      toServer.end();
      toClient.end();
    },
  });
}

/** A policy with the DESIGN's definitions, for tests that need a few clauses. */
export const DEFINITIONS = `policy "Test"
  agency: "City of Madison Police Department"

define MPD as agency "City of Madison Police Department".
define Officer as member of MPD.
define Commander as member of MPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".
define "judicial warrant" as term: a warrant issued and signed by a federal or state judge.
`;

/** A draft of about `clauses` clauses: the DESIGN example's Procedure section, renumbered, over and over. */
export function bigPolicy(text: string, clauses: number): string {
  const start = text.indexOf('section 2 "Procedure"');
  const body = text.slice(start + 'section 2 "Procedure"\n'.length);
  const parts = [text.slice(0, start)];
  for (let s = 2, n = 0; n < clauses; s++, n += 7)
    parts.push(`section ${s} "Procedure ${s}"\n`, body.replace(/(^ {2}|§)2\.(\d)/gm, `$1${s}.$2`));
  return parts.join('');
}
