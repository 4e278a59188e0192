/**
 * Go to definition: from a defined name to its `define`, from a `§` reference to the clause or
 * section it names.
 */
import type { Location, LocationLink } from 'vscode-languageserver';
import type { Span } from './document-facts.js';
import { rangeOf } from './positions.js';
import { analysed, type Provider } from './provider.js';
import { declarationOf, targetAt } from './symbols-at.js';

/** Definition. */
export const definitionProvider: Provider = {
  capabilities: () => ({ definitionProvider: true }),
  register(services) {
    const links = () => services.client.capabilities.textDocument?.definition?.linkSupport === true;
    services.connection.onDefinition(
      async ({ textDocument, position }, token): Promise<Location[] | LocationLink[]> => {
        const current = await analysed(services, textDocument.uri, token);
        if (!current) return [];
        const at = targetAt(current.facts, current.document.offsetAt(position));
        const declaration = at && declarationOf(current.facts, at.target);
        if (!at || !declaration) return [];
        const uri = textDocument.uri;
        const range = (span: Span) => rangeOf(current.facts, span);
        if (!links()) return [{ uri, range: range(declaration.name) }];
        return [
          {
            originSelectionRange: range(at.span),
            targetUri: uri,
            targetRange: range(declaration.span),
            targetSelectionRange: range(declaration.name),
          },
        ];
      },
    );
  },
};
