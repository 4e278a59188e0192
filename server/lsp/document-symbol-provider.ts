/**
 * The outline: sections (nested by number) holding their clauses, notes and definitions;
 * top-level definitions and clauses beside them. Flat `SymbolInformation` for clients that do not
 * take a hierarchy.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { ClauseFact, DefinitionFact, DocumentFacts, Span } from './document-facts.js';
import { rangeOf, type Lines } from './positions.js';
import { analysed, type Provider } from './provider.js';

const ACTOR_KINDS = new Set(['agency', 'member', 'role', 'authority', 'immigration-authority']);

/** The symbol kind of a definition: actors are classes, terms and documents constants. */
export const definitionKind = (d: DefinitionFact): SymbolKind =>
  ACTOR_KINDS.has(d.kind) ? SymbolKind.Class : SymbolKind.Constant;

/** What a clause is called in outlines and symbol search. */
export const clauseName = (c: ClauseFact): string => `§${c.number}`;

function symbol(
  lines: Lines,
  name: string,
  detail: string,
  kind: SymbolKind,
  span: Span,
  selection: Span,
): DocumentSymbol {
  const range = rangeOf(lines, span);
  return { name, detail, kind, range, selectionRange: rangeOf(lines, selection), children: [] };
}

/** The hierarchical outline of a document. */
export function outline(facts: DocumentFacts): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const sections = facts.sections.map((s) =>
    symbol(facts, `${s.number} ${s.title}`, 'section', SymbolKind.Namespace, s.extent, s.titleSpan),
  );
  facts.sections.forEach((s, i) => (s.parent < 0 ? roots : sections[s.parent]!.children!).push(sections[i]!));
  const items: [number, DocumentSymbol][] = [
    ...facts.definitions.map((d): [number, DocumentSymbol] => [
      d.offset,
      symbol(facts, d.name, d.kindText, definitionKind(d), d, d.nameSpan),
    ]),
    ...facts.clauses.map((c): [number, DocumentSymbol] => [
      c.offset,
      symbol(facts, clauseName(c), c.summary, SymbolKind.Field, c, c.numberSpan),
    ]),
    ...facts.notes.map((n): [number, DocumentSymbol] => [
      n.offset,
      symbol(facts, 'note', '', SymbolKind.String, n, n),
    ]),
  ];
  items.sort((a, b) => a[0] - b[0]);
  // Sections are in source order, so a running index finds each item's innermost section.
  let s = -1;
  for (const [offset, item] of items) {
    while (s + 1 < facts.sections.length && facts.sections[s + 1]!.offset <= offset) s++;
    let holder = s;
    while (holder >= 0 && offset > facts.sections[holder]!.extent.end)
      holder = facts.sections[holder]!.parent;
    (holder < 0 ? roots : sections[holder]!.children!).push(item);
  }
  return sortTree(roots);
}

function sortTree(symbols: DocumentSymbol[]): DocumentSymbol[] {
  symbols.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  for (const s of symbols) if (s.children?.length) sortTree(s.children);
  return symbols;
}

/** The outline as a flat list. */
export function flatOutline(uri: string, facts: DocumentFacts): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (symbols: DocumentSymbol[], container?: string) => {
    for (const s of symbols) {
      out.push({
        name: s.name,
        kind: s.kind,
        location: { uri, range: s.range },
        ...(container ? { containerName: container } : {}),
      });
      walk(s.children ?? [], s.name);
    }
  };
  walk(outline(facts));
  return out;
}

/** Document symbols. */
export const documentSymbolProvider: Provider = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Redline' } }),
  register(services) {
    const hierarchical = () =>
      services.client.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    services.connection.onDocumentSymbol(async ({ textDocument }, token) => {
      const current = await analysed(services, textDocument.uri, token);
      if (!current) return [];
      return hierarchical() ? outline(current.facts) : flatOutline(textDocument.uri, current.facts);
    });
  },
};
