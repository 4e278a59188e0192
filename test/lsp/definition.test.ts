/** Go to definition: defined names to their `define`, § references to their clause or section. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Location, LocationLink } from 'vscode-languageserver';
import { designExample } from '../helpers.js';
import { positionOf, richCapabilities, startClient, type TestClient } from './harness.js';

const TEXT = designExample();
const URI = 'file:///d/design.policy';
const lineOf = (needle: string) => positionOf(TEXT, needle).line;

describe('definition', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
    await client.open(URI, TEXT);
  });
  after(() => client.dispose());

  const definition = (needle: string, delta = 0, nth = 0) =>
    client.request<LocationLink[]>('textDocument/definition', {
      textDocument: { uri: URI },
      position: positionOf(TEXT, needle, delta, nth),
    });

  it('goes from a plural use to the define, selecting the name', async () => {
    const [link] = await definition('Officers should', 2);
    assert.ok(link);
    assert.equal(link.targetUri, URI);
    assert.equal(link.targetRange.start.line, lineOf('define Officer '));
    assert.deepEqual(link.targetSelectionRange, {
      start: positionOf(TEXT, 'Officer as member'),
      end: positionOf(TEXT, 'Officer as member', 'Officer'.length),
    });
    assert.deepEqual(link.originSelectionRange, {
      start: positionOf(TEXT, 'Officers should'),
      end: positionOf(TEXT, 'Officers should', 'Officers'.length),
    });
  });

  it("goes from a possessive in a note and from 'member of MPD' to the agency", async () => {
    const fromNote = await definition("MPD's mission", 1);
    const fromMember = await definition('member of MPD.', 'member of '.length + 1);
    for (const [link] of [fromNote, fromMember])
      assert.equal(link?.targetRange.start.line, lineOf('define MPD'));
  });

  it('goes from a quoted phrase, matched case-insensitively, to its define', async () => {
    const [link] = await definition('serious crime.', 4);
    assert.equal(link?.targetRange.start.line, lineOf('define "serious crime"'));
  });

  it('goes from a § reference to the whole clause, selecting its number', async () => {
    const [link] = await definition('§2.5', 1, 1);
    assert.equal(link?.targetRange.start.line, lineOf('2.5 MPD may'));
    assert.equal(link?.targetRange.end.line, lineOf('c. the Chief'));
    assert.deepEqual(link?.targetSelectionRange, {
      start: positionOf(TEXT, '2.5 MPD may'),
      end: positionOf(TEXT, '2.5 MPD may', 3),
    });
  });

  it('finds nothing on ordinary words or a reference to nothing', async () => {
    assert.deepEqual(await definition('immigration-related', 2), []);
    const uri = 'file:///d/dangling.policy';
    const text = 'section 1 "A"\n  1.1 Officers shall act as set out in §9.9.\n';
    await client.open(uri, text);
    const none = await client.request('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(text, '§9.9', 2),
    });
    assert.deepEqual(none, []);
  });

  it('answers plain locations to a client without link support', async () => {
    const plain = await startClient({ capabilities: { ...richCapabilities, textDocument: {} } });
    try {
      await plain.open(URI, TEXT);
      const locations = await plain.request<Location[]>('textDocument/definition', {
        textDocument: { uri: URI },
        position: positionOf(TEXT, 'ICE\n', 1),
      });
      assert.deepEqual(locations, [
        { uri: URI, range: { start: positionOf(TEXT, 'ICE as'), end: positionOf(TEXT, 'ICE as', 3) } },
      ]);
    } finally {
      await plain.dispose();
    }
  });
});
