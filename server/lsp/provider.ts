/**
 * The shape of a provider (one capability per file) and what their handlers share: the facts of
 * a document together with its text, and turning a superseded analysis into the error LSP
 * clients expect for a request whose document changed.
 */
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Superseded } from './analysis-cache.js';
import type { DocumentFacts } from './document-facts.js';
import type { ClientSupport, RedlineServices } from './services.js';

/** One LSP capability: what it announces, and the handlers it registers. */
export interface Provider {
  capabilities(client: ClientSupport): ServerCapabilities;
  register(services: RedlineServices): void;
}

/** A document's current text with the facts of exactly that version. */
export interface Analysed {
  document: TextDocument;
  facts: DocumentFacts;
}

/** The current facts of an open document, or undefined (not open, cancelled). */
export async function analysed(
  services: RedlineServices,
  uri: string,
  token?: CancellationToken,
  flush = true,
): Promise<Analysed | undefined> {
  let facts: DocumentFacts | undefined;
  try {
    facts = await services.analysis.current(uri, token, flush);
  } catch (error) {
    if (error instanceof Superseded)
      throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    throw error;
  }
  const document = services.documents.get(uri);
  if (!facts || !document) return undefined;
  if (facts.version !== document.version)
    throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
  return { document, facts };
}
