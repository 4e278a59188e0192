/**
 * Semantic tokens: every modal, coloured by the force it gives its clause. The legend matches the
 * manifest's `semanticTokenTypes` / `semanticTokenModifiers` (token type `modal`, one modifier
 * per force). A modal written across a line break becomes one token per line.
 */
import { SemanticTokensBuilder, type Range, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Force } from '../../grammar/index.js';
import type { DocumentFacts } from './document-facts.js';
import { rangeOf } from './positions.js';
import { analysed, type Provider } from './provider.js';

const FORCES: Force[] = ['obligation', 'prohibition', 'permission', 'recommendation', 'discouragement'];

/** The token legend. */
export const legend: SemanticTokensLegend = { tokenTypes: ['modal'], tokenModifiers: FORCES };

/** One token: line, start character, length, modifier bits. */
export type Token = [line: number, character: number, length: number, modifiers: number];

/** The modal tokens of a document, within `range` if given. */
export function modalTokens(document: TextDocument, facts: DocumentFacts, range?: Range): Token[] {
  const out: Token[] = [];
  for (const clause of facts.clauses) {
    const modal = clause.modal;
    if (!modal) continue;
    const { start, end } = rangeOf(facts, modal);
    if (range && (end.line < range.start.line || start.line > range.end.line)) continue;
    const bits = 1 << FORCES.indexOf(modal.force);
    for (let line = start.line; line <= end.line; line++) {
      const text = document
        .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
        .replace(/\r?\n$|\r$/, '');
      const from = line === start.line ? start.character : text.length - text.trimStart().length;
      const to = line === end.line ? end.character : text.trimEnd().length;
      if (to > from) out.push([line, from, to - from, bits]);
    }
  }
  return out;
}

/** Semantic tokens (full document and range). */
export const semanticTokensProvider: Provider = {
  capabilities: () => ({ semanticTokensProvider: { legend, full: true, range: true } }),
  register(services) {
    const build = async (uri: string, token: Parameters<typeof analysed>[2], range?: Range) => {
      const current = await analysed(services, uri, token);
      const builder = new SemanticTokensBuilder();
      if (current)
        for (const t of modalTokens(current.document, current.facts, range))
          builder.push(t[0], t[1], t[2], 0, t[3]);
      return builder.build();
    };
    services.connection.languages.semanticTokens.on(({ textDocument }, token) =>
      build(textDocument.uri, token),
    );
    services.connection.languages.semanticTokens.onRange(({ textDocument, range }, token) =>
      build(textDocument.uri, token, range),
    );
  },
};
