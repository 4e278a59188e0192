/** The string table that shares the strings of arriving facts keeps the facts as they were. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/analysis/analyze.js';
import { buildFacts } from '../../server/lsp/facts-builder.js';
import { StringTable } from '../../server/lsp/intern.js';
import { designExample } from '../helpers.js';

describe('string table', () => {
  it('leaves facts equal to what they were, nested lists and all', () => {
    const facts = buildFacts(analyze(designExample()), 'file:///i.policy', 3, 'r');
    const copy = structuredClone(facts);
    assert.deepEqual(new StringTable().intern(copy), facts);
  });

  it('keeps one entry per distinct string, across documents', () => {
    const table = new StringTable();
    table.intern({ rule: 'weak-modal', findings: [{ rule: 'weak-modal', severity: 'warning' }] });
    table.intern([{ rule: 'weak-modal', n: 1, ok: true, none: null }]);
    assert.equal(table.size, 2);
  });

  it('starts over when full, and goes on sharing', () => {
    const table = new StringTable(3);
    for (const text of ['a', 'b', 'c', 'd']) table.string(text);
    assert.equal(table.size, 1);
    assert.equal(table.string('d'), 'd');
    assert.equal(table.size, 1);
  });
});
