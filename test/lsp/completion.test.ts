/** Completion from the clause library: clauses, actions, conditions, § references; documentation on resolve. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadNodeLibrary } from '../../server/library/node-files.js';
import { snippetToText } from '../../server/lsp/completion-provider.js';
import { LocalEngine } from '../../server/lsp/engine.js';
import { memoryPlatform } from '../../server/lsp/platform.js';
import { cursor, richCapabilities, startClient, type ClientOptions, type TestClient } from './harness.js';

const HEAD = `define MPD as agency "City of Madison Police Department".
define Officer as member of MPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".

section 2 "Procedure"
  2.1 MPD shall keep a record of every request from ICE.
`;

const withLibrary = (options: ClientOptions = {}) =>
  startClient({
    ...options,
    platform: {
      ...memoryPlatform(),
      createEngine: () => new LocalEngine({ loadLibrary: (folders) => loadNodeLibrary({ folders }) }),
    },
  });

describe('completion', () => {
  let client: TestClient;
  let n = 0;
  before(async () => (client = await withLibrary()));
  after(() => client.dispose());

  const complete = async (marked: string, on: TestClient = client) => {
    const { text, offset } = cursor(marked);
    const uri = `file:///c/draft${n++}.policy`;
    await on.open(uri, text);
    const doc = TextDocument.create(uri, 'policy', 1, text);
    const list = await on.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: doc.positionAt(offset),
    });
    return { list, text, offset, doc };
  };

  it('announces § and blank as trigger characters, with resolve', () => {
    assert.deepEqual(client.initialized.capabilities.completionProvider, {
      triggerCharacters: ['§', ' '],
      resolveProvider: true,
    });
  });

  it('offers whole library clauses as snippets at a clause start, with the drafter’s names', async () => {
    const { list, offset, doc } = await complete(`${HEAD}  2.2 <|>`);
    assert.ok(list.isIncomplete);
    assert.ok(list.items.length > 5);
    const clause = list.items.find(
      (i) => i.kind === CompletionItemKind.Snippet && /not detain or arrest/.test(i.label),
    )!;
    assert.ok(clause, list.items.map((i) => i.label).join('\n'));
    assert.equal(clause.insertTextFormat, InsertTextFormat.Snippet);
    const edit = clause.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: doc.positionAt(offset), end: doc.positionAt(offset) });
    assert.match(snippetToText(edit.newText), /^Officers shall not detain or arrest an individual/);
  });

  it('offers nothing, and fails nothing, before or inside a clause number (probe round 13)', async () => {
    // A blank typed at the start of a clause line triggers completion: the number is still ahead.
    for (const marked of [
      `${HEAD}  <|>2.1 MPD shall keep a record.\n`,
      `${HEAD} <|> 2.1 MPD shall keep a record.\n`,
      `${HEAD}  2.<|>1 MPD shall keep a record.\n`,
    ]) {
      const { list } = await complete(marked);
      assert.deepEqual(list.items, [], marked);
    }
  });

  it('offers the kinds after "define NAME as", and agencies after "member of" (probe round 13)', async () => {
    const kinds = await complete(`define Sergeant as <|>\n${HEAD}`);
    assert.deepEqual(
      kinds.list.items.map((i) => i.label),
      ['agency', 'member of', 'role', 'immigration authority', 'authority', 'term', 'document'],
    );
    assert.ok(kinds.list.items.every((i) => i.kind === CompletionItemKind.Keyword));
    const typed = await complete(`define Sergeant as me<|>\n${HEAD}`);
    assert.deepEqual((typed.list.items[1]!.textEdit as TextEdit).range.start, { line: 0, character: 19 });
    // Only agencies, and not the name being defined.
    const members = await complete(
      `${HEAD}define "Jail Unit" as agency.\ndefine Sergeant as member of <|>\n`,
    );
    assert.deepEqual(members.list.items.map((i) => i.label).sort(), ['Jail Unit', 'MPD']);
    const self = await complete(`${HEAD}define Sergeant as agency.\ndefine Sergeant as member of <|>\n`);
    assert.deepEqual(
      self.list.items.map((i) => i.label),
      ['MPD'],
    );
  });

  it('offers conditions after a qualifier, judicial warrants first', async () => {
    const { list } = await complete(`${HEAD}  2.2 MPD shall not notify ICE unless <|>`);
    const first = list.items[0]!;
    assert.equal(first.kind, CompletionItemKind.Value);
    assert.match(first.label, /judicial warrant/);
  });

  it('offers the draft’s own clause numbers after §', async () => {
    const { list } = await complete(`${HEAD}  2.2 Officers shall follow §<|>`);
    assert.deepEqual(
      list.items.map((i) => [i.label, i.kind]),
      [['§2.1', CompletionItemKind.Reference]],
    );
  });

  it('resolves an item to its documentation: the clause, its provenance and its verdict', async () => {
    const { list } = await complete(`${HEAD}  2.2 <|>`);
    const item = list.items.find((i) => /not detain or arrest/.test(i.label))!;
    assert.equal(item.documentation, undefined, 'documentation waits for resolve');
    const resolved = await client.request<CompletionItem>('completionItem/resolve', item);
    const doc = resolved.documentation as MarkupContent;
    assert.equal(doc.kind, 'markdown');
    assert.match(doc.value, /```policy\n\d+\.\d+ Officers shall not detain or arrest/);
    assert.match(
      doc.value,
      /\*Enforcement of Immigration Laws\* — City of Madison Police Department, §\d+\.\d+/,
    );
    assert.match(doc.value, /\*\*Verdict:\*\*/);
  });

  it('sends plain text to a client without snippet support', async () => {
    const plain = await withLibrary({ capabilities: { ...richCapabilities, textDocument: {} } });
    try {
      const { list } = await complete(`${HEAD}  2.2 <|>`, plain);
      assert.ok(list.items.length > 0);
      for (const item of list.items) {
        assert.equal(item.insertTextFormat, InsertTextFormat.PlainText);
        assert.ok(!/\$\{\d+:/.test((item.textEdit as TextEdit).newText));
      }
    } finally {
      await plain.dispose();
    }
  });
});

describe('snippetToText', () => {
  it('keeps placeholders’ text and drops tab stops and escapes', () => {
    assert.equal(snippetToText('${1:MPD} shall pay \\$5 to ${2:ICE}$0'), 'MPD shall pay $5 to ICE');
    assert.equal(snippetToText('a \\} b ${3} c \\\\'), 'a } b  c \\');
  });
});
