/**
 * The language server's services, created in one place and handed to every provider: the
 * documents, the configuration, the engine, the analysis cache and the workspace index.
 */
import { TextDocuments, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis-cache.js';
import { ConfigResolver } from './config-resolver.js';
import type { RedlineEngine } from './engine.js';
import type { ServerPlatform } from './platform.js';
import { WorkspaceIndex } from './workspace-index.js';

/** What the client said it can do, as the providers need it. */
export interface ClientSupport {
  capabilities: ClientCapabilities;
  /** The client pulls diagnostics (LSP 3.17): the server does not also push them. */
  pullDiagnostics: boolean;
  workspaceFolders: { uri: string; name: string }[];
}

/** Every service of one server. */
export interface RedlineServices {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  platform: ServerPlatform;
  engine: RedlineEngine;
  configs: ConfigResolver;
  analysis: AnalysisCache;
  workspace: WorkspaceIndex;
  client: ClientSupport;
  /** Settles when the clause library last asked for has loaded. */
  library: Promise<void>;
  /** Settles when the last change of settings or of a redline.json has been applied. */
  configuration: Promise<void>;
  log(message: string): void;
}

/** Options of `createRedlineServices`. */
export interface ServiceOptions {
  /** Debounce between a change and its analysis (ms). */
  debounce?: number;
}

/** Creates the services of a server on `connection`. */
export function createRedlineServices(
  connection: Connection,
  platform: ServerPlatform,
  options: ServiceOptions = {},
): RedlineServices {
  const documents = new TextDocuments(TextDocument);
  const engine = platform.createEngine();
  const configs = new ConfigResolver(connection, platform);
  const analysis = new AnalysisCache(documents, engine, configs, options.debounce ?? 150);
  const log = (message: string) => connection.console.log(`redline: ${message}`);
  const workspace = new WorkspaceIndex(platform, engine, configs, documents, analysis, log);
  const client: ClientSupport = { capabilities: {}, pullDiagnostics: false, workspaceFolders: [] };
  return {
    connection,
    documents,
    platform,
    engine,
    configs,
    analysis,
    workspace,
    client,
    library: Promise.resolve(),
    configuration: Promise.resolve(),
    log,
  };
}
