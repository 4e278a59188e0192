/**
 * Completion from the clause library: whole clauses at a clause start, actions after a modal,
 * conditions after a qualifier, defined names, `§` references. Items carry snippets; their
 * documentation (text, provenance, verdict) is filled in on resolve.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
} from 'vscode-languageserver';
import type { CompletionSuggestion, SuggestionKind } from '../library/index.js';
import type { Provider } from './provider.js';

const KINDS: Record<SuggestionKind, CompletionItemKind> = {
  clause: CompletionItemKind.Snippet,
  action: CompletionItemKind.Function,
  condition: CompletionItemKind.Value,
  name: CompletionItemKind.Class,
  reference: CompletionItemKind.Reference,
};

/** A snippet as plain text, for clients without snippet support. */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

/** Completion with resolve. */
export const completionProvider: Provider = {
  capabilities: () => ({ completionProvider: { triggerCharacters: ['§', ' '], resolveProvider: true } }),
  register(services) {
    const { connection, documents, engine, client } = services;
    const snippets = () => client.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    connection.onCompletion(async ({ textDocument, position }, token): Promise<CompletionList> => {
      const document = documents.get(textDocument.uri);
      if (!document) return { isIncomplete: false, items: [] };
      await services.library;
      const result = await engine.complete(textDocument.uri, document.getText(), document.offsetAt(position));
      if (token.isCancellationRequested) return { isIncomplete: true, items: [] };
      const toItem = (s: CompletionSuggestion): CompletionItem => {
        const range = { start: document.positionAt(s.replace.offset), end: document.positionAt(s.replace.end) };
        const snippet = snippets();
        return {
          label: s.label,
          kind: KINDS[s.kind],
          detail: s.detail,
          filterText: s.filterText,
          sortText: s.sortText,
          insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          textEdit: { range, newText: snippet ? s.insertText : snippetToText(s.insertText) },
          data: s.data,
        };
      };
      return { isIncomplete: result.isIncomplete, items: result.items.map(toItem) };
    });
    connection.onCompletionResolve(async (item) => {
      if (typeof item.data !== 'string' || item.documentation) return item;
      await services.library;
      const markdown = await engine.resolveCompletion(item.data);
      if (markdown) item.documentation = { kind: MarkupKind.Markdown, value: markdown };
      return item;
    });
  },
};
