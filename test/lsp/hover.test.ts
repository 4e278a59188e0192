/** Hover: defined names, findings' rules, § references, and library provenance of a clause number. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { ruleDocsUrl } from '../../server/analysis/docs.js';
import { loadNodeLibrary } from '../../server/library/node-files.js';
import { LocalEngine } from '../../server/lsp/engine.js';
import { memoryPlatform } from '../../server/lsp/platform.js';
import { designExample } from '../helpers.js';
import { positionOf, startClient, type TestClient } from './harness.js';

const TEXT = designExample();
const URI = 'file:///h/design.policy';

describe('hover', () => {
  let client: TestClient;
  before(async () => {
    const platform = {
      ...memoryPlatform(),
      createEngine: () => new LocalEngine({ loadLibrary: (folders) => loadNodeLibrary({ folders }) }),
    };
    client = await startClient({ platform });
    await client.open(URI, TEXT);
  });
  after(() => client.dispose());

  const hover = (needle: string, delta = 0, nth = 0) =>
    client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: URI },
      position: positionOf(TEXT, needle, delta, nth),
    });
  const markdown = (h: Hover | null) => (h?.contents as MarkupContent).value;

  it('shows the definition of a defined name where it is used, plural and all', async () => {
    const h = await hover('Officers shall not detain', 3);
    assert.ok(h);
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match(markdown(h), /^\*\*Officer\*\* — member of MPD/);
    assert.match(markdown(h), /```policy\ndefine Officer as member of MPD\.\n```/);
    assert.match(markdown(h), /Defined on line 10\./);
    assert.deepEqual(h.range, {
      start: positionOf(TEXT, 'Officers shall not detain'),
      end: positionOf(TEXT, 'Officers shall not detain', 8),
    });
  });

  it('shows a quoted term with its definition text, from a use in another clause', async () => {
    const h = await hover('serious crime.', 2);
    assert.match(markdown(h), /\*\*serious crime\*\* — term/);
    assert.match(markdown(h), /an offense listed in §2\.5/);
  });

  it('explains the rule of a finding and links its docs page', async () => {
    const h = await hover('should obtain', 1);
    assert.match(markdown(h), /\*\*weak-modal\*\*: Recommendation words where a duty is meant/);
    assert.ok(markdown(h).includes(`[docs](${ruleDocsUrl('weak-modal')})`));
  });

  it('shows the long name of an acronym', async () => {
    const h = await hover('OIC\n', 1);
    assert.match(markdown(h), /\*\*OIC\*\* — member of MPD “Officer in Charge”/);
  });

  it('shows the clause a § reference points at', async () => {
    const h = await hover('§2.5', 2, 1);
    assert.match(markdown(h), /^\*\*§2\.5\*\* \(line 30\)/);
    assert.match(markdown(h), /2\.5 MPD may cooperate with a lawful request of ICE/);
  });

  it('shows the library provenance of a clause taken word for word from the library', async () => {
    const uri = 'file:///h/copied.policy';
    const text = `define MPD as agency "City of Madison Police Department".
define Officer as member of MPD.

section 2 "Procedure"
  2.1 Officers shall not detain or arrest an individual
      solely for a suspected violation of immigration law.
`;
    await client.open(uri, text);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, '2.1', 1),
    });
    assert.match(markdown(h), /From the clause library/);
    assert.match(
      markdown(h),
      /\*Enforcement of Immigration Laws\* — City of Madison Police Department, §\d+\.\d+/,
    );
  });

  it('answers null where there is nothing to say', async () => {
    assert.equal(await hover('Enforcement of Immigration Laws', 3), null);
  });
});
