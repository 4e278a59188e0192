/** Pull diagnostics (LSP 3.17): per document with result ids, and for the whole workspace; no push. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  DocumentDiagnosticReport,
  FullDocumentDiagnosticReport,
  WorkspaceDiagnosticReport,
} from 'vscode-languageserver';
import { analyze } from '../../server/analysis/analyze.js';
import { memoryPlatform } from '../../server/lsp/platform.js';
import { readRepo } from '../helpers.js';
import { richCapabilities, startClient, type TestClient } from './harness.js';

const capabilities = {
  ...richCapabilities,
  textDocument: { ...richCapabilities.textDocument, diagnostic: { relatedDocumentSupport: false } },
};

const WEAK = readRepo('examples', 'weak-modal.policy');
const HEDGED = readRepo('examples', 'hedged-duty.policy');
const CONTRADICTION = readRepo('examples', 'contradiction.policy');

describe('pull diagnostics', () => {
  let client: TestClient;
  before(async () => {
    const platform = memoryPlatform({
      'file:///ws/weak.policy': WEAK,
      'file:///ws/sub/hedged.policy': HEDGED,
      'file:///ws/notes.txt': 'not a policy',
    });
    client = await startClient({
      capabilities,
      platform,
      workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }],
    });
  });
  after(() => client.dispose());

  it('announces a diagnostic provider with workspace diagnostics', () => {
    assert.deepEqual(client.initialized.capabilities.diagnosticProvider, {
      identifier: 'redline',
      interFileDependencies: false,
      workspaceDiagnostics: true,
    });
  });

  it('answers textDocument/diagnostic with what analyze() finds, then "unchanged" for the same result id', async () => {
    const uri = 'file:///ws/contradiction.policy';
    await client.open(uri, CONTRADICTION);
    const full = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.equal(full.kind, 'full');
    const items = (full as FullDocumentDiagnosticReport).items;
    assert.deepEqual(
      items.map((d) => [d.code, d.range, d.message]),
      analyze(CONTRADICTION).findings.map((f) => [f.rule, f.range, f.message]),
    );
    assert.ok(full.resultId);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: full.resultId,
    });
    assert.deepEqual(again, { kind: 'unchanged', resultId: full.resultId });
  });

  it('gives a new report after an edit', async () => {
    const uri = 'file:///ws/contradiction.policy';
    const first = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' },
    ]);
    const next = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: first.resultId,
    });
    assert.equal(next.kind, 'full');
    assert.notEqual(next.resultId, first.resultId);
    const lines = (next as FullDocumentDiagnosticReport).items.map((d) => d.range.start.line);
    assert.deepEqual(
      lines,
      first.items.map((d) => d.range.start.line + 1),
    );
  });

  it('reports every workspace .policy file and open document, files found at start-up with version null', async () => {
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
      previousResultIds: [],
    });
    const byUri = new Map(report.items.map((i) => [i.uri, i]));
    assert.deepEqual([...byUri.keys()].sort(), [
      'file:///ws/contradiction.policy',
      'file:///ws/sub/hedged.policy',
      'file:///ws/weak.policy',
    ]);
    const hedged = byUri.get('file:///ws/sub/hedged.policy')!;
    assert.equal(hedged.version, null);
    assert.equal(hedged.kind, 'full');
    assert.deepEqual(
      (hedged as FullDocumentDiagnosticReport).items.map((d) => d.code),
      analyze(HEDGED).findings.map((f) => f.rule),
    );
    assert.equal(byUri.get('file:///ws/contradiction.policy')!.version, 2);
    const again = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
      previousResultIds: report.items.map((i) => ({ uri: i.uri, value: i.resultId! })),
    });
    assert.ok(again.items.every((i) => i.kind === 'unchanged'));
  });

  it('never pushes diagnostics to a client that pulls', () => {
    assert.equal(client.published.length, 0);
  });
});
