/**
 * Redline's own requests (redline-protocol.ts), behind the VS Code commands: the safeguard
 * scorecard, the comparison with an older version, and the Markdown export of a document. Each report is computed from the text the
 * server holds, with the document's configuration, by the same core functions the CLI uses. The
 * scorecard comes from the engine, off the server's thread, from the document's last analysis when
 * that is of the same text.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { parse } from '../../grammar/index.js';
import { compare, comparisonToMarkdown } from '../compare/index.js';
import { policyToMarkdown } from '../export/markdown.js';
import type { ResolvedConfig } from '../analysis/config.js';
import { scorecardToMarkdown } from '../scorecard/index.js';
import type { SafeguardFact } from './document-facts.js';
import type { Provider } from './provider.js';
import {
  RedlineRequests,
  type CompareParams,
  type DocumentParams,
  type MarkdownResult,
} from './redline-protocol.js';
import type { RedlineServices } from './services.js';

/** The text of an open document, or of a workspace file the server can read. */
export async function documentText(services: RedlineServices, uri: unknown): Promise<string> {
  if (typeof uri !== 'string')
    throw new ResponseError(ErrorCodes.InvalidParams, 'the request names no document uri');
  const open = services.documents.get(uri);
  if (open) return open.getText();
  try {
    return await services.platform.readFile(uri);
  } catch (error) {
    throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${uri}: ${(error as Error).message}`);
  }
}

/** The last part of a URI, decoded, for report headings. */
export function fileLabel(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The safeguards of the open document's `version` (or of a file's `text`), computed by the engine. */
async function safeguardsOfText(
  services: RedlineServices,
  uri: string,
  version: number | undefined,
  text: string,
  config: ResolvedConfig,
): Promise<SafeguardFact[]> {
  const facts =
    version === undefined ? undefined : await services.analysis.current(uri).catch(() => undefined);
  // A run id the engine has not analysed makes it analyse the text itself.
  const runId = facts?.version === version && facts ? facts.runId : 'redline/scorecard';
  const job = { uri, version: version ?? 0, text, config, runId };
  return (await services.engine.scorecard(job)) ?? [];
}

/** The scorecard, compare and export requests. */
export const redlineRequestsProvider: Provider = {
  capabilities: () => ({}),
  register(services) {
    const { connection, configs } = services;
    connection.onRequest(
      RedlineRequests.scorecard,
      async (params: DocumentParams): Promise<MarkdownResult> => {
        const version = services.documents.get(params?.uri)?.version;
        const text = await documentText(services, params?.uri);
        const { config } = await configs.resolve(params.uri);
        const safeguards = await safeguardsOfText(services, params.uri, version, text, config);
        return { markdown: scorecardToMarkdown({ file: fileLabel(params.uri), safeguards }, '#') };
      },
    );
    connection.onRequest(RedlineRequests.compare, async (params: CompareParams): Promise<MarkdownResult> => {
      const text = await documentText(services, params?.uri);
      if (typeof params.oldText !== 'string')
        throw new ResponseError(ErrorCodes.InvalidParams, 'the request has no oldText to compare with');
      const { config } = await configs.resolve(params.uri);
      const labels = { old: String(params.oldLabel ?? 'old version'), new: fileLabel(params.uri) };
      return { markdown: comparisonToMarkdown(compare(params.oldText, text, { config }), labels) };
    });
    connection.onRequest(
      RedlineRequests.exportMarkdown,
      async (params: DocumentParams): Promise<MarkdownResult> => {
        const text = await documentText(services, params?.uri);
        return { markdown: policyToMarkdown(parse(text)) };
      },
    );
  },
};
