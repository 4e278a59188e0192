/**
 * Go to definition: from a defined name to its `define`, from a `§` reference to the clause or
 * section it names.
 */
import type { Location, LocationLink } from 'vscode-languageserver';
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
        if (!links()) return [{ uri, range: declaration.name.range }];
        return [
          {
            originSelectionRange: at.span.range,
            targetUri: uri,
            targetRange: declaration.span.range,
            targetSelectionRange: declaration.name.range,
          },
        ];
      },
    );
  },
};
