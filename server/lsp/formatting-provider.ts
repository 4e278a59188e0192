/**
 * Formatting: the printer's canonical layout, as one edit covering only what changed. A document
 * with syntax errors is left alone (no edits), as `redline fmt` refuses it.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commonEnds } from '../../grammar/common-ends.js';
import type { Provider } from './provider.js';

/** The one edit that turns `document`'s text into `formatted`, or none when they are equal. */
export function minimalEdit(document: TextDocument, formatted: string): TextEdit[] {
  const text = document.getText();
  if (text === formatted) return [];
  let { prefix: start, suffix: end } = commonEnds(text, formatted);
  // Never split a CRLF pair or a surrogate pair.
  while (start > 0 && /[\r\uD800-\uDBFF]/.test(text[start - 1]!)) start--;
  while (end > 0 && /[\n\uDC00-\uDFFF]/.test(text[text.length - end]!)) end--;
  const range = { start: document.positionAt(start), end: document.positionAt(text.length - end) };
  return [{ range, newText: formatted.slice(start, formatted.length - end) }];
}

/** Document formatting. */
export const formattingProvider: Provider = {
  capabilities: () => ({ documentFormattingProvider: true }),
  register({ connection, documents, engine }) {
    connection.onDocumentFormatting(async ({ textDocument }, token) => {
      const document = documents.get(textDocument.uri);
      if (!document) return [];
      const version = document.version;
      const formatted = await engine.format(document.getText());
      if (formatted === undefined || token.isCancellationRequested || document.version !== version) return [];
      return minimalEdit(document, formatted);
    });
  },
};
