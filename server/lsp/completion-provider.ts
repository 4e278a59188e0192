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
  keyword: CompletionItemKind.Keyword,
};

/** A snippet as plain text, for clients without snippet support: placeholders keep their text. */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length) out += snippet[++i];
    else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) while (/\d/.test(snippet[i + 1] ?? '')) i++;
    else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{\d+:?/.exec(snippet.slice(i));
      if (m) i += m[0].length - 1;
      else out += c;
    } else if (c !== '}') out += c;
  }
  return out;
}

/** Completion with resolve. */
export const completionProvider: Provider = {
  capabilities: () => ({ completionProvider: { triggerCharacters: ['§', ' '], resolveProvider: true } }),
  register(services) {
    const { connection, documents, engine, client } = services;
    const snippets = () =>
      client.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    connection.onCompletion(async ({ textDocument, position }, token): Promise<CompletionList> => {
      const document = documents.get(textDocument.uri);
      if (!document) return { isIncomplete: false, items: [] };
      await services.library;
      const result = await engine.complete(textDocument.uri, document.getText(), document.offsetAt(position));
      if (token.isCancellationRequested) return { isIncomplete: true, items: [] };
      const toItem = (s: CompletionSuggestion): CompletionItem => {
        const range = {
          start: document.positionAt(s.replace.offset),
          end: document.positionAt(s.replace.end),
        };
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
