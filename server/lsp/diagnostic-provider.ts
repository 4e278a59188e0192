/**
 * Diagnostics, pushed or pulled. A client that can pull (LSP 3.17) asks for each document and for
 * the whole workspace, and is not also sent them; any other client gets them pushed after every
 * analysis, with the document version they belong to.
 */
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { diagnosticsOf } from './diagnostics.js';
import type { DocumentFacts } from './document-facts.js';
import { analysed, type Provider } from './provider.js';
import type { RedlineServices } from './services.js';

function report(facts: DocumentFacts, previous: string | undefined): DocumentDiagnosticReport {
  if (previous === facts.runId)
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: facts.runId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId: facts.runId, items: diagnosticsOf(facts) };
}

/** Push and pull diagnostics. */
export const diagnosticProvider: Provider = {
  capabilities: (client) =>
    client.pullDiagnostics
      ? {
          diagnosticProvider: {
            identifier: 'redline',
            interFileDependencies: false,
            workspaceDiagnostics: true,
          },
        }
      : {},

  register(services) {
    const { connection, analysis, client } = services;
    analysis.onDidAnalyze((facts) => {
      if (client.pullDiagnostics) return;
      void connection.sendDiagnostics({
        uri: facts.uri,
        version: facts.version,
        diagnostics: diagnosticsOf(facts),
      });
    });
    services.documents.onDidClose(({ document }) => {
      if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    connection.languages.diagnostics.on(async (params, token) => {
      const uri = params.textDocument.uri;
      let facts: DocumentFacts | undefined;
      try {
        facts = (await analysed(services, uri, token, false))?.facts;
      } catch (error) {
        if (error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified)
          throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', {
            retriggerRequest: true,
          });
        throw error;
      }
      facts ??= services.workspace.facts(uri);
      if (!facts) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      return report(facts, params.previousResultId);
    });
    connection.languages.diagnostics.onWorkspace(async (params) => {
      await services.workspace.ready;
      const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
      const items = services.workspace.all().map((facts): WorkspaceDocumentDiagnosticReport => ({
        uri: facts.uri,
        version: services.documents.get(facts.uri) ? facts.version : null,
        ...report(facts, previous.get(facts.uri)),
      }));
      return { items };
    });
  },
};

/** After a configuration change: pull clients are asked to pull again. */
export function refreshDiagnostics(services: RedlineServices): void {
  if (services.client.pullDiagnostics && services.client.capabilities.workspace?.diagnostics?.refreshSupport)
    void services.connection.languages.diagnostics.refresh();
}
