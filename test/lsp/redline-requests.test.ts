/** Redline's own requests behind the VS Code commands: scorecard, compare, export, each as Markdown. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver';
import { parse } from '../../grammar/index.js';
import { compare, comparisonToMarkdown } from '../../server/compare/index.js';
import { policyToMarkdown } from '../../server/export/markdown.js';
import { RedlineRequests, type MarkdownResult } from '../../server/lsp/redline-protocol.js';
import { scorecardOfText, scorecardToMarkdown } from '../../server/scorecard/index.js';
import { designExample } from '../helpers.js';
import { startClient, type TestClient } from './harness.js';

const URI = 'file:///requests/madison%20draft.policy';

describe('redline/* requests', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
    await client.open(URI, designExample());
  });
  after(() => client.dispose());

  const ask = (method: string, params: unknown) => client.request<MarkdownResult>(method, params);

  it('redline/scorecard gives the scorecard of the open text as Markdown, named by file', async () => {
    const { markdown } = await ask(RedlineRequests.scorecard, { uri: URI });
    const expected = scorecardToMarkdown(
      scorecardOfText(designExample(), { file: 'madison draft.policy' }),
      '#',
    );
    assert.equal(markdown, expected);
    assert.match(markdown, /^# Safeguard scorecard: madison draft\.policy$/m);
    assert.match(markdown, /\| No 287\(g\) agreement \| present \|/);
  });

  it('redline/scorecard follows edits: the scorecard is of the text as it is now', async () => {
    const uri = 'file:///requests/edited-scorecard.policy';
    await client.open(uri, designExample());
    await ask(RedlineRequests.scorecard, { uri });
    const line = designExample()
      .split('\n')
      .findIndex((l) => l.includes('287(g) agreement'));
    const at = designExample().split('\n')[line]!.indexOf('shall not');
    const version = await client.change(uri, [
      {
        range: { start: { line, character: at }, end: { line, character: at + 'shall not'.length } },
        text: 'may',
      },
    ]);
    const { markdown } = await ask(RedlineRequests.scorecard, { uri });
    const text = client.documents.get(uri)!.getText();
    assert.equal(version, 2);
    assert.equal(
      markdown,
      scorecardToMarkdown(scorecardOfText(text, { file: 'edited-scorecard.policy' }), '#'),
    );
    assert.doesNotMatch(markdown, /\| No 287\(g\) agreement \| present \|/);
  });

  it('redline/compare compares the given old text with the open document', async () => {
    const old = designExample().replace('2.4 Officers should obtain', '2.4 Officers shall obtain');
    const { markdown } = await ask(RedlineRequests.compare, {
      uri: URI,
      oldText: old,
      oldLabel: 'HEAD:madison.policy',
    });
    const expected = comparisonToMarkdown(compare(old, designExample()), {
      old: 'HEAD:madison.policy',
      new: 'madison draft.policy',
    });
    assert.equal(markdown, expected);
    assert.match(markdown, /Verdict: \*\*weakened\*\*/);
    assert.match(markdown, /§2\.4/);
  });

  it('redline/exportMarkdown renders the open text for circulation', async () => {
    const { markdown } = await ask(RedlineRequests.exportMarkdown, { uri: URI });
    assert.equal(markdown, policyToMarkdown(parse(designExample())));
  });

  it('follows edits: the export is of the text as it is now', async () => {
    const uri = 'file:///requests/edited.policy';
    await client.open(uri, 'policy "T"\n1.1 Officers should file a report.\n');
    await client.change(uri, [
      { range: { start: { line: 1, character: 13 }, end: { line: 1, character: 19 } }, text: 'shall' },
    ]);
    const { markdown } = await ask(RedlineRequests.exportMarkdown, { uri });
    assert.match(markdown, /^\*\*1\.1\*\* Officers shall file a report\.$/m);
  });

  it('answers a request without a usable document with a one-line InvalidParams error', async () => {
    const failures = [
      ask(RedlineRequests.scorecard, {}),
      ask(RedlineRequests.exportMarkdown, { uri: 'file:///requests/missing.policy' }),
      ask(RedlineRequests.compare, { uri: URI }),
    ];
    for (const failure of failures)
      await assert.rejects(failure, (error: ResponseError<unknown>) => {
        assert.equal(error.code, -32602);
        assert.doesNotMatch(error.message, /\n/);
        return true;
      });
  });
});
