/**
 * The status bar summary: how many errors and warnings Redline reports for the active policy
 * editor, or a check mark. Counted from VS Code's own diagnostics, so it agrees with the Problems
 * panel whether the server pushes diagnostics or the client pulls them.
 */
import * as vscode from 'vscode';

const SOURCE = 'redline';

/** The status bar text for diagnostics: "$(error) 2 $(warning) 5", or "Redline ✓" when none. */
export function summaryText(diagnostics: readonly vscode.Diagnostic[]): string {
  const ours = diagnostics.filter((d) => d.source === SOURCE);
  const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  if (errors === 0 && warnings === 0) return 'Redline ✓';
  return `$(error) ${errors} $(warning) ${warnings}`;
}

/** Creates the item and keeps it current; dispose it with the extension. */
export function createStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('summary', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Redline';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'policy') {
      item.hide();
      return;
    }
    item.text = summaryText(vscode.languages.getDiagnostics(document.uri));
    item.tooltip = 'Redline findings in this policy: click to show the Problems panel';
    item.show();
  };
  const active = () => vscode.window.activeTextEditor?.document.uri.toString();
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((uri) => uri.toString() === active())) update();
    }),
  );
}
