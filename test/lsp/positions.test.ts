/**
 * Facts carry offsets and line starts, not ranges; the ranges the server derives from them are the
 * ones the facts used to carry (the parser's `LineIndex`), and the ones the client's document has.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/analysis/analyze.js';
import { diagnosticsOf } from '../../server/lsp/diagnostics.js';
import type { Span } from '../../server/lsp/document-facts.js';
import { buildFacts } from '../../server/lsp/facts-builder.js';
import { positionAt, rangeOf } from '../../server/lsp/positions.js';
import { readRepo } from '../helpers.js';

const DESIGN = readRepo('examples', 'madison-design.policy');

/** Drafts with every kind of line break, astral characters, a BOM and a syntax error. */
const TEXTS: Record<string, string> = {
  design: DESIGN,
  crlf: DESIGN.replace(/\n/g, '\r\n'),
  'lone cr': DESIGN.replace(/\n/g, '\r'),
  'no final newline': DESIGN.trimEnd(),
  'bom and astral characters': `\uFEFF${DESIGN.replace('Officers should', 'Officers 🚓 should')}`,
  contradiction: readRepo('examples', 'contradiction.policy'),
  duplicate: readRepo('examples', 'duplicate-clause.policy'),
  'syntax error': readRepo('test', 'fixtures', 'recovery', 'syntax-error.policy'),
};

/** Every object with an offset and an end in `value`, however deep. */
function spans(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) for (const item of value) spans(item, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.offset === 'number' && typeof o.end === 'number') out.push(o as unknown as Span);
    for (const v of Object.values(o)) spans(v, out);
  }
  return out;
}

describe('positions from line starts', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`match the parser's and the client's positions at every offset (${name})`, () => {
      const analysis = analyze(text);
      const facts = buildFacts(analysis, 'file:///p.policy', 1, 'r');
      const client = TextDocument.create('file:///p.policy', 'policy', 1, text);
      for (let offset = 0; offset <= text.length; offset++) {
        const derived = positionAt(facts, offset);
        assert.deepEqual(derived, analysis.doc.lines.position(offset), `offset ${offset}`);
        const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
        if (!insideCrlf) assert.deepEqual(derived, client.positionAt(offset), `offset ${offset}`);
      }
    });

    it(`give every span of the facts the range it used to carry (${name})`, () => {
      const analysis = analyze(text);
      const facts = buildFacts(analysis, 'file:///p.policy', 1, 'r');
      const all = spans(facts);
      assert.ok(all.length > 10);
      for (const span of all)
        assert.deepEqual(rangeOf(facts, span), analysis.doc.lines.range(span.offset, span.end));
    });

    it(`put the analysis's ranges on diagnostics, their fixes and related places (${name})`, () => {
      const analysis = analyze(text);
      const diagnostics = diagnosticsOf(buildFacts(analysis, 'file:///p.policy', 1, 'r'));
      assert.deepEqual(
        diagnostics.map((d) => ({
          range: d.range,
          edits: (d.data as { fixes?: { edits: { range: unknown }[] }[] }).fixes?.map((f) =>
            f.edits.map((e) => e.range),
          ),
          related: d.relatedInformation?.map((r) => r.location.range),
        })),
        analysis.findings.map((f) => ({
          range: f.range,
          edits: f.fixes?.map((fix) => fix.edits.map((e) => e.range)),
          related: f.related?.map((r) => r.range),
        })),
      );
    });
  }

  it('have related places and fixes to check', () => {
    const findings = Object.values(TEXTS).flatMap((text) => analyze(text).findings);
    assert.ok(findings.some((f) => f.related?.length));
    assert.ok(findings.some((f) => f.fixes?.length));
  });
});
