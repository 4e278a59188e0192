/** Semantic tokens: each modal as a `modal` token whose modifier is the force of its clause. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readRepo } from '../helpers.js';
import { startClient, type TestClient } from './harness.js';

const TEXT = `define SPD as agency "Springfield Police Department".
define Officer as member of SPD.

section 1 "Duties"
  1.1 SPD is
      required to report every request from an immigration authority.
  1.2 No Officer shall ask about immigration status.
  1.3 Officers may decline a request.
  1.4 Officers should not delay a release.
  1.5 Officers should record the reason.
  1.6 Every person has the right to file a report.
`;

/** The tokens as [text, modifiers] pairs, decoded from the relative encoding. */
function decode(tokens: SemanticTokens, legend: SemanticTokensLegend, text: string): [string, string[]][] {
  const doc = TextDocument.create('x', 'policy', 0, text);
  const out: [string, string[]][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = tokens.data.slice(i, i + 5) as [
      number,
      number,
      number,
      number,
      number,
    ];
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    assert.equal(legend.tokenTypes[type], 'modal');
    const modifiers = legend.tokenModifiers.filter((_, bit) => mods & (1 << bit));
    out.push([
      doc.getText({ start: { line, character }, end: { line, character: character + length } }),
      modifiers,
    ]);
  }
  return out;
}

describe('semantic tokens', () => {
  let client: TestClient;
  let legend: SemanticTokensLegend;
  before(async () => {
    client = await startClient();
    legend = (client.initialized.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend })
      .legend;
    await client.open('file:///t/a.policy', TEXT);
  });
  after(() => client.dispose());

  it('uses the legend the manifest contributes', () => {
    const manifest = JSON.parse(readRepo('package.json')) as {
      contributes: { semanticTokenTypes: { id: string }[]; semanticTokenModifiers: { id: string }[] };
    };
    assert.ok(manifest.contributes.semanticTokenTypes.some((t) => t.id === legend.tokenTypes[0]));
    assert.deepEqual(
      legend.tokenModifiers,
      manifest.contributes.semanticTokenModifiers.map((m) => m.id),
    );
  });

  it('colours every modal by its force, one token per line of a modal that breaks across lines', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri: 'file:///t/a.policy' },
    });
    assert.deepEqual(decode(tokens, legend, TEXT), [
      ['is', ['obligation']],
      ['required to', ['obligation']],
      ['shall', ['prohibition']],
      ['may', ['permission']],
      ['should not', ['discouragement']],
      ['should', ['recommendation']],
    ]);
  });

  it('answers a range request with the tokens of those lines only', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: 'file:///t/a.policy' },
      range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } },
    });
    assert.deepEqual(decode(tokens, legend, TEXT), [
      ['may', ['permission']],
      ['should not', ['discouragement']],
    ]);
  });
});
