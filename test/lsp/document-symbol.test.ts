/** Document symbols: sections holding their clauses, notes and definitions, nested by number. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { designExample } from '../helpers.js';
import { positionOf, richCapabilities, startClient, type TestClient } from './harness.js';

const NESTED = `policy "Detainers"

define SPD as agency "Springfield Police Department".
define ICE as immigration authority "ICE".

section 3 "Custody"
  3.1 SPD shall not hold any person for ICE.
  section 3.2 "Detainers"
    note: A detainer is a request, not an order.
    3.2.1 SPD shall not honor a detainer
        unless it is accompanied by a judicial warrant.
section 4 "Records"
  4.1 SPD shall keep a record of every request from ICE.
`;

type Tree = [string, SymbolKind, Tree[]];
const tree = (symbols: DocumentSymbol[]): Tree[] =>
  symbols.map((s) => [s.name, s.kind, tree(s.children ?? [])]);

describe('document symbols', () => {
  let client: TestClient;
  before(async () => (client = await startClient()));
  after(() => client.dispose());

  const symbols = async (uri: string, text: string) => {
    await client.open(uri, text);
    return client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  };

  it('nests subsections and puts each item in its innermost section', async () => {
    const result = await symbols('file:///s/nested.policy', NESTED);
    assert.deepEqual(tree(result), [
      ['SPD', SymbolKind.Class, []],
      ['ICE', SymbolKind.Class, []],
      [
        '3 Custody',
        SymbolKind.Namespace,
        [
          ['§3.1', SymbolKind.Field, []],
          [
            '3.2 Detainers',
            SymbolKind.Namespace,
            [
              ['note', SymbolKind.String, []],
              ['§3.2.1', SymbolKind.Field, []],
            ],
          ],
        ],
      ],
      ['4 Records', SymbolKind.Namespace, [['§4.1', SymbolKind.Field, []]]],
    ]);
  });

  it('gives each symbol its full range, a selection inside it and a useful detail', async () => {
    const result = await symbols('file:///s/nested.policy', NESTED);
    const custody = result.find((s) => s.name === '3 Custody')!;
    assert.equal(custody.range.start.line, positionOf(NESTED, 'section 3 ').line);
    assert.equal(custody.range.end.line, positionOf(NESTED, 'unless it is').line, 'down to its last child');
    assert.deepEqual(custody.selectionRange, {
      start: positionOf(NESTED, '"Custody"', 1),
      end: positionOf(NESTED, '"Custody"', 8),
    });
    const detainer = custody.children![1]!.children![1]!;
    assert.equal(
      detainer.detail,
      'SPD shall not honor a detainer unless it is accompanied by a judicial warrant.',
    );
    assert.deepEqual(detainer.selectionRange, {
      start: positionOf(NESTED, '3.2.1'),
      end: positionOf(NESTED, '3.2.1', 5),
    });
    for (const s of [custody, detainer]) {
      assert.ok(
        s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line,
      );
    }
  });

  it('outlines the DESIGN example: definitions, then the sections with their clauses', async () => {
    const result = await symbols('file:///s/design.policy', designExample());
    assert.deepEqual(
      result.map((s) => s.name),
      [
        'MPD',
        'Officer',
        'Commander',
        'OIC',
        'Chief of Police',
        'ICE',
        'serious crime',
        'judicial warrant',
        '1 Purpose',
        '2 Procedure',
      ],
    );
    assert.equal(result.find((s) => s.name === 'serious crime')!.kind, SymbolKind.Constant);
    assert.deepEqual(
      result.find((s) => s.name === '2 Procedure')!.children!.map((c) => c.name),
      ['§2.1', '§2.2', '§2.3', '§2.4', '§2.5', '§2.6', '§2.7'],
    );
  });

  it('answers a flat list with containers to a client without hierarchy support', async () => {
    const flat = await startClient({ capabilities: { ...richCapabilities, textDocument: {} } });
    try {
      await flat.open('file:///s/nested.policy', NESTED);
      const result = await flat.request<SymbolInformation[]>('textDocument/documentSymbol', {
        textDocument: { uri: 'file:///s/nested.policy' },
      });
      const detainer = result.find((s) => s.name === '§3.2.1')!;
      assert.equal(detainer.containerName, '3.2 Detainers');
      assert.equal(detainer.location.uri, 'file:///s/nested.policy');
      assert.equal(result.length, 9);
    } finally {
      await flat.dispose();
    }
  });
});
