/**
 * Workspace symbols: sections, clauses and definitions of every open and indexed `.policy` file,
 * matched by the letters of the query in order (as editors filter), case-insensitively.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { DocumentFacts, Span } from './document-facts.js';
import { clauseName, definitionKind } from './document-symbol-provider.js';
import { rangeOf } from './positions.js';
import type { Provider } from './provider.js';

const LIMIT = 500;

/** Whether the letters of `query` occur in `name` in order. */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let i = 0;
  for (let k = 0; k < n.length && i < q.length; k++) if (n[k] === q[i]) i++;
  return i === q.length;
}

/** The symbols of one document that match `query`. */
export function documentSymbols(facts: DocumentFacts, query: string): SymbolInformation[] {
  const uri = facts.uri;
  const file = uri.slice(uri.lastIndexOf('/') + 1);
  const out: SymbolInformation[] = [];
  const add = (name: string, kind: SymbolKind, span: Span, container: string) => {
    if (!fuzzyMatch(query, name)) return;
    out.push({ name, kind, location: { uri, range: rangeOf(facts, span) }, containerName: container });
  };
  const titleOf = new Map(facts.sections.map((s) => [s.number, `${s.number} ${s.title}`]));
  for (const s of facts.sections)
    add(`${s.number} ${s.title}`, SymbolKind.Namespace, s.extent, facts.title ?? file);
  for (const c of facts.clauses)
    add(`${clauseName(c)} ${c.summary}`, SymbolKind.Field, c, (c.section && titleOf.get(c.section)) ?? file);
  for (const d of facts.definitions) add(d.name, definitionKind(d), d, facts.title ?? file);
  return out;
}

/** Workspace symbols. */
export const workspaceSymbolProvider: Provider = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(services) {
    services.connection.onWorkspaceSymbol(async ({ query }, token) => {
      await services.workspace.ready;
      const out: SymbolInformation[] = [];
      for (const facts of services.workspace.all()) {
        if (token.isCancellationRequested || out.length >= LIMIT) break;
        out.push(...documentSymbols(facts, query));
      }
      return out.slice(0, LIMIT);
    });
  },
};
