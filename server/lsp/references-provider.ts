/**
 * Find references: every use of a defined name (plurals and possessives included, in clauses,
 * notes, definition texts and `member of`), every `§` reference to a clause or section.
 */
import { rangeOf } from './positions.js';
import { analysed, type Provider } from './provider.js';
import { occurrences, targetAt } from './symbols-at.js';

/** References. */
export const referencesProvider: Provider = {
  capabilities: () => ({ referencesProvider: true }),
  register(services) {
    services.connection.onReferences(async ({ textDocument, position, context }, token) => {
      const current = await analysed(services, textDocument.uri, token);
      if (!current) return [];
      const at = targetAt(current.facts, current.document.offsetAt(position));
      if (!at) return [];
      return occurrences(current.facts, at.target)
        .filter((o) => context.includeDeclaration || !o.declaration)
        .map((o) => ({ uri: textDocument.uri, range: rangeOf(current.facts, o.span) }));
    });
  },
};
