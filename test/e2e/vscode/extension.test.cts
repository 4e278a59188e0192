/**
 * The extension in a desktop VS Code, for machines that can download one (`npm run test:vscode`,
 * configured in .vscode-test.mjs): the same checks as the code-server test, through VS Code's API.
 * CommonJS (.cts) because the test runner loads files with require inside the extension host.
 */
// The TypeScript form of a CommonJS import, the only one verbatimModuleSyntax allows in a .cts file.
/* eslint-disable @typescript-eslint/no-require-imports */
import assert = require('node:assert/strict');
import vscode = require('vscode');
/* eslint-enable @typescript-eslint/no-require-imports */

declare function suite(name: string, body: () => void): void;
declare function test(name: string, body: () => Promise<void>): void;

const DRAFT = `policy "Enforcement of Immigration Laws"
  agency: "City of Madison Police Department"

define MPD as agency "City of Madison Police Department".
define Officer as member of MPD.
define Commander as member of MPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".

section 2 "Procedure"
  2.4 Officers should obtain approval from a Commander before detaining any individual.
  2.5 MPD may cooperate with a lawful request of ICE.
`;

/** Resolves with the first value of `probe` that is not undefined, re-checked whenever `event` fires. */
function when<T>(event: vscode.Event<unknown>, probe: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, 30_000);
    const check = () => {
      const value = probe();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    };
    const listener = event(check);
    check();
  });
}

const positionOf = (doc: vscode.TextDocument, text: string): vscode.Position =>
  doc.positionAt(doc.getText().indexOf(text));

suite('Redline in VS Code', () => {
  let doc: vscode.TextDocument;

  test('opens a draft in the Policy language and reports findings', async () => {
    doc = await vscode.workspace.openTextDocument({ language: 'policy', content: DRAFT });
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'policy');
    const ours = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'redline');
    const found = await when(
      vscode.languages.onDidChangeDiagnostics,
      () => (ours().length ? ours() : undefined),
      'diagnostics',
    );
    const weak = found.find(
      (d) => d.code === 'weak-modal' || (d.code as { value?: unknown })?.value === 'weak-modal',
    );
    assert.ok(weak, `no weak-modal finding among ${found.map((d) => d.message).join('; ')}`);
    assert.equal(doc.getText(weak.range), 'should');
  });

  test('hovers a defined name with its definition', async () => {
    const at = positionOf(doc, 'Commander before').translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      at,
    );
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n');
    assert.match(text, /member of MPD/);
  });

  test('completes whole clauses from the shipped library', async () => {
    const editor = vscode.window.activeTextEditor!;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((edit) => edit.insert(end, '  2.6 '));
    const at = doc.positionAt(doc.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      at,
    );
    const fromLibrary = list.items.filter((i) => /§\d/.test(i.detail ?? ''));
    assert.ok(
      fromLibrary.length > 0,
      `no library clause among ${list.items.map((i) => i.detail).join('; ')}`,
    );
  });

  test("applies the quick fix that turns 'should' into 'shall'", async () => {
    const start = positionOf(doc, 'should');
    const range = new vscode.Range(start, start.translate(0, 'should'.length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      range,
    );
    const fix = actions.find((a) => a.title === "Change 'should' to 'shall'");
    assert.ok(fix?.edit, `no fix among ${actions.map((a) => a.title).join('; ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /2\.4 Officers shall obtain approval/);
  });

  test('exports the draft as Markdown', async () => {
    await vscode.commands.executeCommand('redline.exportMarkdown');
    const markdown = await when(
      vscode.window.onDidChangeActiveTextEditor,
      () =>
        vscode.window.activeTextEditor?.document.languageId === 'markdown'
          ? vscode.window.activeTextEditor.document
          : undefined,
      'the Markdown export',
    );
    assert.match(markdown.getText(), /^\*\*2\.4\*\* Officers shall obtain approval/m);
  });
});
