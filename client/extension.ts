/**
 * The desktop extension: starts the Node language server (`dist/server.cjs`) over IPC, with the
 * memory settings of server/lsp/launch.ts, and hands everything else to the shared activation.
 * Debug runs let a debugger attach to the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { serverEnv, serverExecArgv } from '../server/lsp/launch.js';
import { activateRedline } from './activate.js';

/** Activates Redline on a desktop (or code-server) VS Code. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
  const server: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv], env: serverEnv } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6009'], env: serverEnv },
    },
  };
  const selector = [
    { language: 'policy', scheme: 'file' },
    { language: 'policy', scheme: 'untitled' },
  ];
  await activateRedline(
    context,
    selector,
    (options) => new LanguageClient('redline', 'Redline', server, options),
  );
}

/** Nothing to do: the client is disposed with the extension's subscriptions. */
export function deactivate(): void {}
