/**
 * `redline lsp --stdio`: the language server for any LSP client (Neovim, Emacs, Helix, …); also
 * `--node-ipc`, `--socket=PORT` and `--pipe=NAME`. The connection reads the transport from the
 * command line itself (and, on stdio, sends console output to the client instead of stdout).
 * The run ends when the client disconnects or sends `exit`.
 *
 * The server and its LSP library are loaded only when this command runs: every other command
 * would otherwise spend its start-up evaluating them.
 */
import type { Command } from 'commander';
import { UsageError, type CliIO } from './io.js';

/** The options of `lsp`. */
export interface LspOptions {
  stdio?: boolean;
  nodeIpc?: boolean;
  socket?: string;
  pipe?: string;
  clientProcessId?: string;
}

/** Registers `lsp`. */
export function registerLsp(program: Command, _io: CliIO): void {
  program
    .command('lsp')
    .description('Run the Redline language server (for editors other than VS Code: --stdio).')
    .option('--stdio', 'talk LSP over stdin and stdout')
    .option('--node-ipc', 'talk LSP over the Node IPC channel')
    .option('--socket <port>', 'talk LSP over a TCP socket')
    .option('--pipe <name>', 'talk LSP over a named pipe')
    .option('--clientProcessId <pid>', 'exit when this process does')
    .action((options: LspOptions) => runLsp(options));
}

/** Starts the server; the returned promise settles only if it cannot start. */
export async function runLsp(options: LspOptions): Promise<never> {
  const transports = [options.stdio, options.nodeIpc, options.socket, options.pipe].filter(
    (t) => t !== undefined,
  );
  if (transports.length !== 1)
    throw new UsageError(
      'lsp needs exactly one transport: --stdio (or --node-ipc, --socket PORT, --pipe NAME)',
    );
  const [{ createConnection, ProposedFeatures }, { nodePlatform }, { startServer }] = await Promise.all([
    import('vscode-languageserver/node.js'),
    import('../lsp/node-platform.js'),
    import('../lsp/server.js'),
  ]);
  startServer(createConnection(ProposedFeatures.all), { platform: nodePlatform() });
  return new Promise<never>(() => {});
}
