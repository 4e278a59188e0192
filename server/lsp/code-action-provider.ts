/**
 * Code actions: each finding's fixes as quick fixes (the first preferred), and "Disable RULE for
 * this line", which writes `// redline-disable-next-line RULE -- reason` above the clause at its
 * indentation (or adds RULE to a directive already there). Built from the diagnostics' `data`; the
 * edits name the document version they were made for, so a client will not apply them to a
 * changed text.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './diagnostics.js';
import type { Provider } from './provider.js';

const UNSUPPRESSIBLE = new Set(['syntax', 'config', 'unused-suppression']);
const DIRECTIVE = /^(\s*\/\/\s*redline-disable-next-line\b)(.*?)(\s+--.*)?$/;

function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== 'redline' || !data || typeof data.rule !== 'string' || typeof data.line !== 'number')
    return undefined;
  if (typeof data.version !== 'number') return undefined;
  return data as DiagnosticData;
}

/** The text of line `line`, without its line break. */
function lineText(document: TextDocument, line: number): string {
  return document
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$|\r$/, '');
}

/** The edit that silences `rule` on the item starting at `line`. */
export function disableEdit(document: TextDocument, rule: string, line: number): TextEdit {
  const above = line > 0 ? lineText(document, line - 1) : '';
  const m = DIRECTIVE.exec(above);
  if (m) {
    const character = m[1]!.length + m[2]!.trimEnd().length;
    const listed = m[2]!.trim().length > 0;
    const position = { line: line - 1, character };
    return { range: { start: position, end: position }, newText: listed ? `, ${rule}` : ` ${rule}` };
  }
  const indent = /^\s*/.exec(lineText(document, line))![0];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const position = { line, character: 0 };
  return {
    range: { start: position, end: position },
    newText: `${indent}// redline-disable-next-line ${rule} -- reason${eol}`,
  };
}

/** Quick fixes and suppressions. */
export const codeActionProvider: Provider = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } }),

  register({ connection, documents, client }) {
    const edit = (document: TextDocument, version: number, edits: TextEdit[]): WorkspaceEdit | undefined => {
      if (client.capabilities.workspace?.workspaceEdit?.documentChanges === true)
        return { documentChanges: [{ textDocument: { uri: document.uri, version }, edits }] };
      return version === document.version ? { changes: { [document.uri]: edits } } : undefined;
    };
    connection.onCodeAction(({ textDocument, context }) => {
      const document = documents.get(textDocument.uri);
      if (!document) return [];
      if (context.only && !context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
      const fixes: CodeAction[] = [];
      const disables = new Map<string, CodeAction>();
      for (const diagnostic of context.diagnostics) {
        const data = dataOf(diagnostic);
        if (!data) continue;
        data.fixes?.forEach((fix, i) => {
          const change = edit(document, data.version, fix.edits);
          if (!change) return;
          fixes.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: i === 0,
            edit: change,
          });
        });
        if (UNSUPPRESSIBLE.has(data.rule) || data.version !== document.version) continue;
        const key = `${data.rule}@${data.line}`;
        const existing = disables.get(key);
        if (existing) existing.diagnostics!.push(diagnostic);
        else {
          const change = edit(document, data.version, [disableEdit(document, data.rule, data.line)])!;
          disables.set(key, {
            title: `Disable ${data.rule} for this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: change,
          });
        }
      }
      return [...fixes, ...disables.values()];
    });
  },
};
