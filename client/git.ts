/**
 * Reading a file as it was at a git revision, through VS Code's built-in git extension. Going
 * through its API rather than running git ourselves keeps the promise that Redline executes nothing
 * from a workspace: the git extension applies workspace trust and the user's git settings itself.
 */
import * as vscode from 'vscode';

/** The part of the git extension's API (vscode.git, version 1) that Redline uses. */
interface GitRepository {
  readonly rootUri: vscode.Uri;
  show(ref: string, path: string): Promise<string>;
}

interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** The repository that holds `uri`, or a reason why there is none. */
export async function repositoryOf(uri: vscode.Uri): Promise<GitRepository | string> {
  if (uri.scheme !== 'file') return 'only files saved on disk have a git history';
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return 'the built-in Git extension is not available';
  const git = extension.isActive ? extension.exports : await extension.activate();
  if (!git.enabled) return 'the built-in Git extension is disabled';
  return git.getAPI(1).getRepository(uri) ?? 'the file is not in a git repository that VS Code has open';
}

/** The text of `uri` at `ref`, and a label for it (`HEAD:docs/sop.policy`). */
export async function readAtRevision(
  repository: GitRepository,
  uri: vscode.Uri,
  ref: string,
): Promise<{ text: string; label: string }> {
  const relative = vscode.workspace.asRelativePath(uri, false);
  const text = await repository.show(ref, uri.fsPath);
  return { text, label: `${ref}:${relative}` };
}
