/** Code actions: the findings' quick fixes and "Disable RULE for this line", applied and re-checked. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/analysis/analyze.js';
import { readRepo } from '../helpers.js';
import { richCapabilities, startClient, type TestClient } from './harness.js';

const WEAK = readRepo('examples', 'weak-modal.policy');
const URI = 'file:///ca/weak.policy';

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  if (change && 'textDocument' in change) {
    assert.equal(change.textDocument.uri, uri);
    return change.edits as TextEdit[];
  }
  return action.edit?.changes?.[uri] ?? [];
}

const apply = (text: string, edits: TextEdit[]) =>
  TextDocument.applyEdits(TextDocument.create('x', 'policy', 0, text), edits);

describe('code actions', () => {
  let client: TestClient;
  let published: PublishDiagnosticsParams;
  let weak: Diagnostic;
  before(async () => {
    client = await startClient();
    await client.open(URI, WEAK);
    published = await client.diagnostics(URI);
    weak = published.diagnostics.find((d) => d.code === 'weak-modal')!;
  });
  after(() => client.dispose());

  const actionsFor = (diagnostics: Diagnostic[], only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diagnostics[0]!.range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });

  it('offers the fix as the preferred quick fix, versioned, and applying it removes the finding', async () => {
    const actions = await actionsFor([weak]);
    const fix = actions.find((a) => a.title === "Change 'should' to 'shall'");
    assert.ok(fix);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [weak]);
    const change = fix.edit?.documentChanges?.[0] as { textDocument: { version: number } };
    assert.equal(change.textDocument.version, 1);
    const fixed = apply(WEAK, editsOf(fix, URI));
    assert.match(fixed, /2\.2 Officers shall notify a Sergeant/);
    assert.ok(!analyze(fixed).findings.some((f) => f.rule === 'weak-modal'));
  });

  it('offers to disable the rule above the clause, at its indentation, and that silences it cleanly', async () => {
    const actions = await actionsFor([weak]);
    const disable = actions.find((a) => a.title === 'Disable weak-modal for this line');
    assert.ok(disable);
    assert.equal(disable.isPreferred, undefined);
    const edits = editsOf(disable, URI);
    const clause = { line: WEAK.slice(0, WEAK.indexOf('  2.2 ')).split('\n').length - 1, character: 0 };
    assert.deepEqual(edits, [
      {
        range: { start: clause, end: clause },
        newText: '  // redline-disable-next-line weak-modal -- reason\n',
      },
    ]);
    const silenced = apply(WEAK, edits);
    const rules = analyze(silenced).findings.map((f) => f.rule);
    assert.ok(!rules.includes('weak-modal'));
    assert.ok(!rules.includes('unused-suppression'));
  });

  it('adds the rule to a disable comment that is already above the clause', async () => {
    const uri = 'file:///ca/both.policy';
    const text = readRepo('examples', 'hedged-duty.policy').replace(
      '  2.2 Officers shall notify',
      '  // redline-disable-next-line weak-modal -- approved by counsel\n  2.2 Officers should notify',
    );
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const hedged = diagnostics.find((d) => d.code === 'hedged-duty')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: hedged.range,
      context: { diagnostics: [hedged] },
    });
    const disable = actions.find((a) => a.title === 'Disable hedged-duty for this line')!;
    const result = apply(text, editsOf(disable, uri));
    assert.match(
      result,
      /\/\/ redline-disable-next-line weak-modal, hedged-duty -- approved by counsel\n {2}2\.2/,
    );
    assert.ok(!analyze(result).findings.some((f) => f.rule === 'hedged-duty' || f.rule === 'weak-modal'));
  });

  it('offers nothing for syntax errors but their fixes, and nothing when only refactorings are asked for', async () => {
    const uri = 'file:///ca/syntax.policy';
    await client.open(uri, readRepo('test', 'fixtures', 'recovery', 'syntax-error.policy'));
    const { diagnostics } = await client.diagnostics(uri);
    const syntax = diagnostics.filter((d) => d.code === 'syntax');
    assert.ok(syntax.length > 0);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: syntax[0]!.range,
      context: { diagnostics: syntax },
    });
    assert.ok(!actions.some((a) => a.title.startsWith('Disable')));
    assert.deepEqual(await actionsFor([weak], ['refactor']), []);
  });

  it('uses plain changes, only for the current version, when the client takes no versioned edits', async () => {
    const plain = await startClient({
      capabilities: { ...richCapabilities, workspace: { configuration: true } },
    });
    try {
      await plain.open(URI, WEAK);
      const { diagnostics } = await plain.diagnostics(URI);
      const d = diagnostics.find((x) => x.code === 'weak-modal')!;
      const ask = () =>
        plain.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: URI },
          range: d.range,
          context: { diagnostics: [d] },
        });
      const actions = await ask();
      assert.deepEqual(actions[0]!.edit?.changes?.[URI], [{ range: d.range, newText: 'shall' }]);
      await plain.change(URI, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' },
      ]);
      assert.deepEqual(await ask(), [], 'stale diagnostics get no edits');
    } finally {
      await plain.dispose();
    }
  });
});
