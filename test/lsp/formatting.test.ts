/** Formatting: the printer's canonical text as one minimal edit; nothing for a draft with syntax errors. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../../grammar/index.js';
import { print } from '../../grammar/printer.js';
import { designExample, readRepo } from '../helpers.js';
import { startClient, type TestClient } from './harness.js';

const MESSY = `define SPD as agency   "Springfield Police Department".

section 1 "Custody"
 1.1 SPD shall   report every request
   unless it is accompanied by a judicial warrant signed by a federal or state judge and the request is made in writing.
  1.2 SPD shall keep records.
`;

describe('formatting', () => {
  let client: TestClient;
  before(async () => (client = await startClient()));
  after(() => client.dispose());

  const format = async (uri: string, text: string) => {
    await client.open(uri, text);
    return client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
  };
  const apply = (text: string, edits: TextEdit[]) =>
    TextDocument.applyEdits(TextDocument.create('x', 'policy', 0, text), edits);

  it("gives the printer's canonical text, as one edit that leaves the unchanged start and end alone", async () => {
    const edits = await format('file:///fm/messy.policy', MESSY);
    assert.equal(apply(MESSY, edits), print(parse(MESSY)));
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0]!.range.start, { line: 0, character: 21 }, 'starts at the first difference');
    assert.equal(edits[0]!.range.end.line, 4, 'clause 1.2 was already canonical');
  });

  it('keeps CRLF line endings', async () => {
    const crlf = MESSY.replace(/\n/g, '\r\n');
    const result = apply(crlf, await format('file:///fm/crlf.policy', crlf));
    assert.equal(result, print(parse(MESSY)).replace(/\n/g, '\r\n'));
  });

  it('returns no edits for a canonical draft', async () => {
    const canonical = print(parse(designExample()));
    assert.deepEqual(await format('file:///fm/canonical.policy', canonical), []);
  });

  it('refuses a draft with syntax errors: no edits', async () => {
    assert.deepEqual(
      await format(
        'file:///fm/broken.policy',
        readRepo('test', 'fixtures', 'recovery', 'syntax-error.policy'),
      ),
      [],
    );
  });
});
