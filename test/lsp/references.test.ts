/** Find references: every use of a defined name, every § reference to a clause. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { designExample } from '../helpers.js';
import { positionOf, startClient, type TestClient } from './harness.js';

const TEXT = designExample();
const URI = 'file:///r/design.policy';
const doc = TextDocument.create(URI, 'policy', 1, TEXT);
const texts = (locations: Location[]) => locations.map((l) => doc.getText(l.range));
const lines = (locations: Location[]) => locations.map((l) => l.range.start.line + 1);

describe('references', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
    await client.open(URI, TEXT);
  });
  after(() => client.dispose());

  const references = (needle: string, includeDeclaration: boolean, delta = 0, nth = 0) =>
    client.request<Location[]>('textDocument/references', {
      textDocument: { uri: URI },
      position: positionOf(TEXT, needle, delta, nth),
      context: { includeDeclaration },
    });

  it('finds every use of a defined name, plurals included, from its define', async () => {
    const found = await references('Officer as member', true, 1);
    assert.deepEqual(texts(found), ['Officer', 'Officers', 'Officers', 'Officers']);
    assert.deepEqual(lines(found), [10, 26, 27, 36]);
    assert.ok(found.every((l) => l.uri === URI));
  });

  it('leaves out the declaration when asked, from a use', async () => {
    const found = await references('Officers shall not routinely', false, 1);
    assert.deepEqual(texts(found), ['Officers', 'Officers', 'Officers']);
  });

  it("finds an agency's uses in member definitions, notes and possessives", async () => {
    const found = await references('define MPD', false, 'define '.length);
    const ls = lines(found);
    for (const line of [10, 11, 12, 13, 19, 20, 23, 25, 30])
      assert.ok(ls.includes(line), `line ${line} in ${ls.join(',')}`);
    assert.ok(texts(found).includes("MPD's"));
  });

  it('finds the references to a clause from its number and from a reference, as their numbers', async () => {
    const fromNumber = await references('2.5 MPD may', true);
    const fromReference = await references('§2.5', true, 1, 1);
    assert.deepEqual(fromNumber, fromReference);
    assert.deepEqual(texts(fromNumber), ['2.5', '2.5', '2.5']);
    assert.deepEqual(lines(fromNumber), [15, 28, 30]);
  });

  it('reads references written with a no-break space (probe round 13)', async () => {
    const text =
      'define MPD as agency.\n2.1 MPD shall record each request.\n2.2 MPD shall follow §\u00a02.1 and clause\u00a02.1.\n';
    const uri = 'file:///r/nbsp.policy';
    await client.open(uri, text);
    const found = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 1, character: 1 },
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      found.map((l) => [l.range.start.line, l.range.start.character]),
      [
        [2, 23],
        [2, 38],
      ],
    );
  });

  it('finds nothing on an ordinary word', async () => {
    assert.deepEqual(await references('community policing', true, 2), []);
  });
});
