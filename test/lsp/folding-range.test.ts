/** Folding ranges: header, sections, multi-line items, runs of definitions, comment blocks. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FoldingRange } from 'vscode-languageserver';
import { startClient, type TestClient } from './harness.js';

const TEXT = `// Drafting notes for the detainer policy.
// Counsel reviewed sections 3 and 4.
// Do not circulate.

policy "Detainers"
  agency: "Springfield Police Department"
  effective: 2026-01-01

define SPD as agency "Springfield Police Department".
define Officer as member of SPD.

define ICE as immigration authority "ICE".

section 3 "Custody"
  3.1 SPD shall not hold any person for ICE.
  // One-line comment, not a block.
  3.2 SPD shall not honor a detainer
      unless it is accompanied by a judicial warrant
      signed by a federal or state judge.
  note: A detainer is a request,
        not an order.
section 4 "Records"
  4.1 SPD shall keep a record of every request from ICE.
`;

const line = (needle: string) => TEXT.slice(0, TEXT.indexOf(needle)).split('\n').length - 1;

describe('folding ranges', () => {
  let client: TestClient;
  let ranges: FoldingRange[];
  before(async () => {
    client = await startClient();
    await client.open('file:///f/a.policy', TEXT);
    ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', {
      textDocument: { uri: 'file:///f/a.policy' },
    });
  });
  after(() => client.dispose());

  const has = (start: number, end: number, kind?: string) =>
    assert.ok(
      ranges.some((r) => r.startLine === start && r.endLine === end && r.kind === kind),
      `${start}-${end} ${kind ?? ''} in ${JSON.stringify(ranges)}`,
    );

  it('folds the comment block at the top, not a lone comment line', () => {
    has(0, 2, 'comment');
    assert.ok(!ranges.some((r) => r.startLine === line('// One-line')));
  });

  it('folds the header and the run of definitions across a blank line', () => {
    has(line('policy "'), line('effective:'), 'region');
    has(line('define SPD'), line('define ICE'), 'region');
  });

  it('folds each section down to its last child, and multi-line clauses and notes', () => {
    has(line('section 3'), line('not an order'), 'region');
    has(line('3.2 SPD'), line('signed by'));
    has(line('note:'), line('not an order'));
    assert.ok(!ranges.some((r) => r.startLine === line('3.1 SPD')), 'a one-line clause does not fold');
    has(line('section 4'), line('4.1 SPD'), 'region');
  });

  it('gives each range once, outer ones first', () => {
    const keys = ranges.map((r) => `${r.startLine}:${r.endLine}`);
    assert.equal(new Set(keys).size, keys.length);
    for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i - 1]!.startLine <= ranges[i]!.startLine);
  });
});
