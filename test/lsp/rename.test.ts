/** Rename: defined names (with plural and possessive endings kept), clause and section numbers, with every reference. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResponseError, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/analysis/analyze.js';
import { renameUse } from '../../server/lsp/rename-provider.js';
import { designExample } from '../helpers.js';
import { positionOf, startClient, type TestClient } from './harness.js';

const TEXT = designExample();
const URI = 'file:///rn/design.policy';

function applyEdit(edit: WorkspaceEdit | null): string {
  const change = edit?.documentChanges?.[0];
  assert.ok(change && 'textDocument' in change, 'a versioned text document edit');
  assert.equal(change.textDocument.uri, URI);
  assert.equal(change.textDocument.version, 1);
  return TextDocument.applyEdits(TextDocument.create(URI, 'policy', 1, TEXT), change.edits as TextEdit[]);
}

const rules = (text: string) => analyze(text).findings.map((f) => `${f.rule}@${f.range.start.line}`);

describe('rename', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
    await client.open(URI, TEXT);
  });
  after(() => client.dispose());

  const at = (needle: string, delta = 0, nth = 0) => ({
    textDocument: { uri: URI },
    position: positionOf(TEXT, needle, delta, nth),
  });
  const rename = (needle: string, newName: string, delta = 0, nth = 0) =>
    client.request<WorkspaceEdit | null>('textDocument/rename', { ...at(needle, delta, nth), newName });

  it('prepares a rename with the range and the current name', async () => {
    const prepared = await client.request<{ range: Range; placeholder: string }>(
      'textDocument/prepareRename',
      at('Officers should', 3),
    );
    assert.deepEqual(prepared, {
      range: { start: positionOf(TEXT, 'Officers should'), end: positionOf(TEXT, 'Officers should', 8) },
      placeholder: 'Officer',
    });
    const onReference = await client.request<{ range: Range; placeholder: string }>(
      'textDocument/prepareRename',
      at('§2.5', 2, 1),
    );
    assert.deepEqual(onReference.range, {
      start: positionOf(TEXT, '§2.5', 1, 1),
      end: positionOf(TEXT, '§2.5', 4, 1),
    });
    assert.equal(onReference.placeholder, '2.5');
  });

  it('refuses to prepare a rename on an ordinary word, saying what can be renamed', async () => {
    await assert.rejects(
      client.request('textDocument/prepareRename', at('community', 2)),
      (e: ResponseError<unknown>) => /defined name, a clause number or a section number/.test(e.message),
    );
  });

  it('renames a defined name and every use, keeping plural endings, and the draft checks the same', async () => {
    const renamed = applyEdit(await rename('Officers shall not detain', 'Deputy', 1));
    assert.match(renamed, /define Deputy as member of MPD\./);
    assert.equal((renamed.match(/\bDeputys\b/g) ?? []).length, 3);
    assert.ok(!/\bOfficers?\b/.test(renamed.replace('"Officer in Charge"', '')));
    assert.deepEqual(rules(renamed), rules(TEXT));
  });

  it("renames an agency in 'member of', possessives and notes", async () => {
    const renamed = applyEdit(await rename('define MPD', 'SPD', 'define '.length));
    assert.match(renamed, /define Officer as member of SPD\./);
    assert.match(renamed, /SPD's mission/);
    assert.ok(!/\bMPD/.test(renamed));
    assert.deepEqual(rules(renamed), rules(TEXT));
  });

  it('quotes a one-word name that becomes a phrase, and keeps the quotes of a quoted term', async () => {
    const phrase = applyEdit(await rename('define Commander', 'Shift Commander', 'define '.length));
    assert.match(phrase, /define "Shift Commander" as member of MPD\./);
    assert.match(phrase, /from a Shift Commander or OIC/);
    const term = applyEdit(await rename('serious crime.', 'violent crime', 1));
    assert.match(term, /define "violent crime" as term/);
    assert.match(term, /committed a violent crime\./);
  });

  it('renames a clause number and every reference to it', async () => {
    const renamed = applyEdit(await rename('§2.5', '2.9', 2, 1));
    assert.match(renamed, /^ {2}2\.9 MPD may cooperate/m);
    assert.match(renamed, /an offense listed in §2\.9\./);
    assert.match(renamed, /for a reason listed in §2\.9$/m);
    assert.ok(!renamed.includes('2.5'));
  });

  it('refuses a clause number that exists or is not a clause number, and a name that is taken', async () => {
    const refused = (p: Promise<unknown>, message: RegExp) =>
      assert.rejects(p, (e: ResponseError<unknown>) => message.test(e.message));
    await refused(rename('2.5 MPD', '2.3', 1), /§2\.3 already exists/);
    await refused(rename('2.5 MPD', '7', 1), /'7' is not a clause number/);
    await refused(rename('define Commander', 'officer', 'define '.length), /'Officer' is already defined/);
  });

  it('refuses a name the parser would not read back as one (probe round 13)', async () => {
    for (const name of [
      'Sergeant // x',
      'Sergeant, Deputy',
      'Sergeant;',
      'shall',
      'Chief if Police',
      '"Sergeant',
    ]) {
      await assert.rejects(
        rename('define Commander', name, 'define '.length),
        (e: ResponseError<unknown>) => /cannot be a defined name/.test(e.message),
        name,
      );
    }
    // Words of letters and digits, with inner hyphens and apostrophes, are names.
    const renamed = applyEdit(await rename('define Commander', "Watch-Commander's Aide", 'define '.length));
    assert.match(renamed, /define "Watch-Commander's Aide" as/);
  });
});

describe('rename a repeated clause number', () => {
  const text = [
    'define MPD as agency.',
    '2.1 MPD shall record each request.',
    '2.2 MPD shall keep the record for a year.',
    '2.2 MPD shall publish the record.',
    '2.3 MPD shall follow §2.2.',
    '',
  ].join('\n');
  const uri = 'file:///rn/duplicate.policy';
  let client: TestClient;
  before(async () => {
    client = await startClient();
    await client.open(uri, text);
  });
  after(() => client.dispose());

  it('renumbers the repeated clause alone: references point at the first (probe round 13)', async () => {
    const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', {
      textDocument: { uri },
      position: positionOf(text, '2.2 MPD shall publish', 1),
      newName: '2.4',
    });
    const change = edit?.documentChanges?.[0];
    assert.ok(change && 'edits' in change);
    const renamed = TextDocument.applyEdits(
      TextDocument.create(uri, 'policy', 1, text),
      change.edits as TextEdit[],
    );
    assert.match(renamed, /^2\.2 MPD shall keep/m);
    assert.match(renamed, /^2\.4 MPD shall publish/m);
    assert.match(renamed, /follow §2\.2\./);
  });
});

describe('renameUse', () => {
  it('replaces the stem and keeps the ending', () => {
    assert.equal(renameUse('Officers', 'Officer', 'Deputy'), 'Deputys');
    assert.equal(renameUse("Officer's", 'Officer', 'Deputy'), "Deputy's");
    assert.equal(renameUse('Agencies', 'Agency', 'Authority'), 'Authorities');
    assert.equal(renameUse('"Chief of\n        Police"', 'Chief of Police', 'Chief'), '"Chief"');
    assert.equal(renameUse('officers', 'Officer', 'Deputy'), 'deputys');
  });
});
