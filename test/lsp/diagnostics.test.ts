/** Pushed diagnostics: what they carry, which version they belong to, and that only the latest is published. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { analyze } from '../../server/analysis/analyze.js';
import { ruleDocsUrl } from '../../server/analysis/docs.js';
import { readRepo } from '../helpers.js';
import { positionOf, startClient, type TestClient } from './harness.js';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What analyze() says about `text`, in the shape the server publishes. */
function expected(text: string) {
  return analyze(text).findings.map((f) => ({
    code: f.rule,
    range: f.range,
    message: f.message,
    severity: SEVERITY[f.severity],
  }));
}

const shape = (ds: Diagnostic[]) =>
  ds.map((d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity }));

describe('push diagnostics', () => {
  let client: TestClient;
  before(async () => (client = await startClient()));
  after(() => client.dispose());

  it('publishes what analyze() finds, with the document version, rule code, docs link and source', async () => {
    const text = readRepo('examples', 'weak-modal.policy');
    await client.open('file:///w/weak.policy', text);
    const published = await client.diagnostics('file:///w/weak.policy');
    assert.equal(published.version, 1);
    assert.deepEqual(shape(published.diagnostics), expected(text));
    const weak = published.diagnostics.find((d) => d.code === 'weak-modal')!;
    assert.equal(weak.source, 'redline');
    assert.equal(weak.severity, DiagnosticSeverity.Warning);
    assert.equal(weak.codeDescription?.href, ruleDocsUrl('weak-modal'));
    assert.deepEqual(weak.range.start, positionOf(text, 'should notify'));
    const data = weak.data as {
      rule: string;
      version: number;
      line: number;
      fixes: { title: string; edits: unknown[] }[];
    };
    assert.equal(data.rule, 'weak-modal');
    assert.equal(data.version, 1);
    assert.equal(data.line, positionOf(text, '  2.2 ').line);
    assert.deepEqual(data.fixes[0]!.edits, [{ range: weak.range, newText: 'shall' }]);
  });

  it('points a contradiction at the other clause through relatedInformation', async () => {
    const text = readRepo('examples', 'contradiction.policy');
    await client.open('file:///w/contradiction.policy', text);
    const { diagnostics } = await client.diagnostics('file:///w/contradiction.policy');
    const contradictions = diagnostics.filter((d) => d.code === 'contradiction');
    assert.equal(contradictions.length, 2);
    const [first, second] = contradictions as [Diagnostic, Diagnostic];
    assert.equal(first.severity, DiagnosticSeverity.Error);
    assert.equal(first.relatedInformation?.[0]?.location.uri, 'file:///w/contradiction.policy');
    assert.deepEqual(first.relatedInformation?.[0]?.location.range.start.line, second.range.start.line);
    assert.deepEqual(second.relatedInformation?.[0]?.location.range.start.line, first.range.start.line);
  });

  it('publishes only the latest version after a burst of incremental edits', async () => {
    const uri = 'file:///w/burst.policy';
    const text = readRepo('examples', 'weak-modal.policy');
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    const before = client.published.length;
    let version = 1;
    // Type " Officers should" at the end of clause 2.3, one character at a time.
    const at = positionOf(text, 'any person.', 'any person'.length);
    const typed = ' Officers should';
    for (let i = 0; i < typed.length; i++)
      version = await client.change(uri, [
        {
          range: {
            start: { line: at.line, character: at.character + i },
            end: { line: at.line, character: at.character + i },
          },
          text: typed[i]!,
        },
      ]);
    const last = await client.diagnostics(uri, (p) => p.version === version);
    const ours = client.published.slice(before).filter((p) => p.uri === uri);
    assert.deepEqual(
      ours.map((p) => p.version),
      [version],
      'no diagnostics for superseded versions',
    );
    assert.deepEqual(shape(last.diagnostics), expected(client.documents.get(uri)!.getText()));
  });

  it('marks an unused definition as unnecessary', async () => {
    const text =
      'define MPD as agency "M".\ndefine Clerk as member of MPD.\n\nsection 1 "A"\n  1.1 MPD shall keep records.\n';
    await client.open('file:///w/unused.policy', text);
    const { diagnostics } = await client.diagnostics('file:///w/unused.policy');
    const unused = diagnostics.find((d) => d.code === 'unused-definition');
    assert.ok(unused, 'unused-definition reported');
    assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
  });

  it('clears the diagnostics of a closed document', async () => {
    await client.closeDocument('file:///w/weak.policy');
    const cleared = await client.diagnostics('file:///w/weak.policy', (p) => p.diagnostics.length === 0);
    assert.equal(cleared.version, undefined);
  });

  it('reports a syntax error at its range and still checks the rest', async () => {
    const text = readRepo('test', 'fixtures', 'recovery', 'syntax-error.policy');
    await client.open('file:///w/syntax.policy', text);
    const { diagnostics } = await client.diagnostics('file:///w/syntax.policy');
    assert.ok(diagnostics.some((d) => d.code === 'syntax' && d.severity === DiagnosticSeverity.Error));
    assert.deepEqual(shape(diagnostics), expected(text));
  });
});
