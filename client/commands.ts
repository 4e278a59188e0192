/**
 * The extension's commands. Each asks the language server for a Markdown report and opens it;
 * the client only picks inputs and shows results, all analysis stays in the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  RedlineRequests,
  type CompareParams,
  type DocumentParams,
  type MarkdownResult,
} from '../server/lsp/redline-protocol.js';
import { readAtRevision, repositoryOf } from './git.js';

const METHOD_NOT_FOUND = -32601;

/** What the commands need from the extension. */
export interface CommandHost {
  client(): BaseLanguageClient | undefined;
  restart(): Promise<void>;
}

/** The active editor's policy document, or undefined after telling the user why not. */
function activePolicy(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === 'policy') return document;
  void vscode.window.showInformationMessage('Redline: open a .policy file first.');
  return undefined;
}

/** Opens Markdown in a new untitled editor beside the policy, ready to save or preview. */
async function showMarkdown(markdown: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/** Sends one of Redline's requests and shows its report; failures become one-line messages. */
async function report(
  host: CommandHost,
  what: string,
  method: string,
  params: DocumentParams,
): Promise<void> {
  const client = host.client();
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(
      `Redline: the language server is not running, so ${what} is not available.`,
    );
    return;
  }
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `Redline: ${what}` },
      () => client.sendRequest<MarkdownResult>(method, params),
    );
    await showMarkdown(result.markdown);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message =
      code === METHOD_NOT_FOUND
        ? `${what} is not available yet in this version of the language server.`
        : `${what} failed: ${(error as Error).message}`;
    void vscode.window.showErrorMessage(`Redline: ${message}`);
  }
}

interface OldVersionPick extends vscode.QuickPickItem {
  uri?: vscode.Uri;
  git?: boolean;
  browse?: boolean;
}

/** Asks which older version to compare with: another policy file, a git revision, or a file chosen by browsing. */
async function pickOldVersion(
  current: vscode.TextDocument,
): Promise<{ text: string; label: string } | undefined> {
  const files = await vscode.workspace.findFiles('**/*.policy', '**/node_modules/**', 500);
  const others = files.filter((uri) => uri.toString() !== current.uri.toString());
  const items: OldVersionPick[] = [
    {
      label: '$(git-commit) Git revision…',
      description: 'the file as committed, e.g. HEAD or main',
      git: true,
    },
    { label: '$(folder-opened) Browse…', browse: true },
    ...others.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    placeHolder: `Compare ${fileName(current.uri)} with…`,
  });
  if (!pick) return undefined;
  if (pick.git) return pickRevision(current.uri);
  const uri = pick.uri ?? (pick.browse ? await browse() : undefined);
  return uri && readPolicy(uri);
}

async function browse(): Promise<vscode.Uri | undefined> {
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { Policies: ['policy'] },
  });
  return chosen?.[0];
}

async function pickRevision(uri: vscode.Uri): Promise<{ text: string; label: string } | undefined> {
  const repository = await repositoryOf(uri);
  if (typeof repository === 'string') {
    void vscode.window.showErrorMessage(`Redline: cannot compare with a git revision: ${repository}.`);
    return undefined;
  }
  const ref = await vscode.window.showInputBox({
    prompt: 'Git revision to compare with (a branch, tag or commit)',
    value: 'HEAD',
    validateInput: (value) => (value.trim() ? undefined : 'Name a revision, e.g. HEAD'),
  });
  if (!ref) return undefined;
  try {
    return await readAtRevision(repository, uri, ref.trim());
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Redline: cannot read the file at ${ref}: ${(error as Error).message}`,
    );
    return undefined;
  }
}

async function readPolicy(uri: vscode.Uri): Promise<{ text: string; label: string }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  return { text, label: vscode.workspace.asRelativePath(uri) };
}

const fileName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** Registers every command; `compareWith` also accepts the old version's URI as an argument. */
export function registerCommands(host: CommandHost): vscode.Disposable {
  const register = vscode.commands.registerCommand;
  return vscode.Disposable.from(
    register('redline.restartServer', () => host.restart()),
    register('redline.showScorecard', async () => {
      const document = activePolicy();
      if (document)
        await report(host, 'the safeguard scorecard', RedlineRequests.scorecard, {
          uri: document.uri.toString(),
        });
    }),
    register('redline.exportMarkdown', async () => {
      const document = activePolicy();
      if (document)
        await report(host, 'export as Markdown', RedlineRequests.exportMarkdown, {
          uri: document.uri.toString(),
        });
    }),
    register('redline.compareWith', async (oldUri?: unknown) => {
      const document = activePolicy();
      if (!document) return;
      let old: { text: string; label: string } | undefined;
      try {
        old = oldUri instanceof vscode.Uri ? await readPolicy(oldUri) : await pickOldVersion(document);
      } catch (error) {
        void vscode.window.showErrorMessage(
          `Redline: cannot read the older version: ${(error as Error).message}`,
        );
        return;
      }
      if (!old) return;
      const params: CompareParams = { uri: document.uri.toString(), oldText: old.text, oldLabel: old.label };
      await report(host, 'compare', RedlineRequests.compare, params);
    }),
  );
}
