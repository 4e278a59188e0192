/**
 * What the desktop and web extensions share: the client options, the commands, the status bar,
 * and restarting. Each entry point only says how to start its server (a Node process or a Worker).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { registerCommands } from './commands.js';
import { createStatusBar } from './status-bar.js';

/** Creates a fresh, not yet started client; called again on every restart. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/** Client options for `selector`; `fileEvents` watch drafts and redline.json in the workspace. */
export function clientOptions(
  selector: DocumentSelector,
  output: vscode.OutputChannel,
): LanguageClientOptions {
  return {
    documentSelector: selector,
    outputChannel: output,
    synchronize: {
      configurationSection: 'redline',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.policy'),
        vscode.workspace.createFileSystemWatcher('**/redline.json'),
      ],
    },
  };
}

/** Starts the client and registers everything; the returned promise settles once the server is up. */
export async function activateRedline(
  context: vscode.ExtensionContext,
  selector: DocumentSelector,
  create: ClientFactory,
): Promise<void> {
  const output = vscode.window.createOutputChannel('Redline');
  let client: BaseLanguageClient | undefined;
  const start = async () => {
    client = create(clientOptions(selector, output));
    await client.start();
  };
  const restart = async () => {
    const old = client;
    client = undefined;
    // A server that crashed on start cannot be stopped; its client is discarded all the same.
    await old
      ?.dispose()
      .catch((error: Error) => output.appendLine(`redline: stopping the server: ${error.message}`));
    await start();
    void vscode.window.setStatusBarMessage('Redline: language server restarted', 3000);
  };
  context.subscriptions.push(output, createStatusBar(), registerCommands({ client: () => client, restart }), {
    dispose: () => void client?.dispose(),
  });
  await start();
}
