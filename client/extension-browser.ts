/**
 * The web extension (vscode.dev, github.dev, code-server's web worker host): runs the browser build
 * of the language server (`dist/browser-server.js`) in a Worker. Documents may live under any
 * scheme there (vscode-vfs, vscode-test-web), so the selector names only the language.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { activateRedline } from './activate.js';

/** Activates Redline in a browser. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  await activateRedline(context, [{ language: 'policy' }], (options) => {
    // A new Worker per start: a restarted client must not talk to the old server.
    const worker = new Worker(main.toString(true));
    return new LanguageClient('redline', 'Redline', options, worker);
  });
}

/** Nothing to do: the client is disposed with the extension's subscriptions. */
export function deactivate(): void {}
