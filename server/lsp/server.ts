/**
 * The Redline language server on any connection (stdio, node IPC, a browser worker, a test's
 * stream pair): creates the services, announces the providers' capabilities, keeps documents,
 * configuration and the workspace index current, and starts listening.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import pkg from '../../package.json' with { type: 'json' };
import { codeActionProvider } from './code-action-provider.js';
import { codeLensProvider } from './code-lens-provider.js';
import { completionProvider } from './completion-provider.js';
import { definitionProvider } from './definition-provider.js';
import { diagnosticProvider, refreshDiagnostics } from './diagnostic-provider.js';
import { documentSymbolProvider } from './document-symbol-provider.js';
import { foldingRangeProvider } from './folding-range-provider.js';
import { formattingProvider } from './formatting-provider.js';
import { hoverProvider } from './hover-provider.js';
import { registerRefusals } from './lifecycle.js';
import { memoryPlatform, type ServerPlatform } from './platform.js';
import type { Provider } from './provider.js';
import { redlineRequestsProvider } from './redline-requests.js';
import { referencesProvider } from './references-provider.js';
import { renameProvider } from './rename-provider.js';
import { semanticTokensProvider } from './semantic-tokens-provider.js';
import { createRedlineServices, type RedlineServices, type ServiceOptions } from './services.js';
import { workspaceSymbolProvider } from './workspace-symbol-provider.js';

/** Every capability, one provider each. */
export const providers: Provider[] = [
  diagnosticProvider,
  codeActionProvider,
  completionProvider,
  hoverProvider,
  definitionProvider,
  referencesProvider,
  renameProvider,
  documentSymbolProvider,
  workspaceSymbolProvider,
  foldingRangeProvider,
  semanticTokensProvider,
  formattingProvider,
  codeLensProvider,
  redlineRequestsProvider,
];

/** How to start a server. */
export interface ServerOptions extends ServiceOptions {
  /** Where it runs (default: no file system, analysis in-process, as in the browser). */
  platform?: ServerPlatform;
}

/** Starts a Redline language server on `connection` and returns its services. */
export function startServer(connection: Connection, options: ServerOptions = {}): RedlineServices {
  const services = createRedlineServices(connection, options.platform ?? memoryPlatform(), options);
  const { documents, analysis, workspace, configs, client } = services;

  connection.onInitialize((params): InitializeResult => {
    client.capabilities = params.capabilities;
    client.pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    client.workspaceFolders =
      params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    configs.pull = params.capabilities.workspace?.configuration === true;
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const provider of providers) Object.assign(capabilities, provider.capabilities(client));
    return { capabilities, serverInfo: { name: 'redline', version: pkg.version } };
  });

  connection.onInitialized(() => {
    const caps = client.capabilities.workspace;
    if (caps?.didChangeConfiguration?.dynamicRegistration)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'redline' });
    if (caps?.didChangeWatchedFiles?.dynamicRegistration)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.policy' }, { globPattern: '**/redline.json' }],
      });
    if (caps?.workspaceFolders)
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => f.uri));
        client.workspaceFolders = [...client.workspaceFolders.filter((f) => !gone.has(f.uri)), ...added];
        workspace.removeFolders([...gone]);
        void workspace.start(added.map((f) => f.uri));
      });
    void loadLibrary(services);
    void workspace.start(client.workspaceFolders.map((f) => f.uri));
  });

  documents.onDidOpen(({ document }) => analysis.changed(document.uri, true));
  documents.onDidChangeContent(({ document }) => analysis.changed(document.uri));
  documents.onDidClose(({ document }) => {
    analysis.closed(document.uri);
    if (workspace.facts(document.uri)) void workspace.update(document.uri);
  });

  connection.onDidChangeConfiguration(({ settings }) => {
    if (!configs.pull)
      configs.pushed = (settings as { redline?: typeof configs.pushed } | undefined)?.redline;
    void reconfigure(services);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    let config = false;
    for (const change of changes) {
      if (change.uri.endsWith('/redline.json')) config = true;
      else if (!change.uri.endsWith('.policy')) continue;
      else if (change.type === FileChangeType.Deleted) workspace.remove(change.uri);
      else void workspace.update(change.uri);
    }
    if (config) void reconfigure(services);
  });
  connection.onShutdown(() => services.engine.dispose());

  registerRefusals(connection);
  for (const provider of providers) provider.register(services);
  documents.listen(connection);
  connection.listen();
  return services;
}

/**
 * Settings or a redline.json may have changed: the documents whose configuration did change are
 * checked again, and only then is the client asked to refresh what it shows. One change is applied
 * at a time; `services.configuration` settles when the last has been.
 */
function reconfigure(services: RedlineServices): Promise<void> {
  const apply = async () => {
    const { configs, analysis, workspace, connection, client } = services;
    const changed = await configs.reload();
    void loadLibrary(services);
    if (changed.length === 0) return;
    analysis.invalidate(changed);
    void workspace.invalidate(changed);
    refreshDiagnostics(services);
    const caps = client.capabilities.workspace;
    if (caps?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh');
    if (caps?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
  };
  services.configuration = services.configuration
    .then(apply)
    .catch((error: Error) => services.log(`cannot apply the configuration: ${error.message}`));
  return services.configuration;
}

const libraryKeys = new WeakMap<RedlineServices, string>();

/** Loads the clause library: the folders of the first workspace folder's configuration. */
function loadLibrary(services: RedlineServices): Promise<void> {
  const load = async () => {
    const folder = services.client.workspaceFolders[0]?.uri;
    const probe = folder ? `${folder.replace(/\/$/, '')}/.redline` : 'untitled:.redline';
    const { config } = await services.configs.resolve(probe);
    const folders = config.library.map((p) => services.platform.libraryFolder(p, folder));
    const key = JSON.stringify(folders);
    if (libraryKeys.get(services) === key) return;
    libraryKeys.set(services, key);
    await services.engine.loadLibrary(folders);
  };
  // Loads run one after another, so `library` settles only when the last one has.
  services.library = services.library
    .then(load)
    .catch((error: Error) => services.log(`cannot load the library: ${error.message}`));
  return services.library;
}
