/** The browser build (VS Code for the Web) answers over a worker's message port, analysing in-process. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { after, before, describe, it } from 'node:test';
import type { CompletionList, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-languageserver/browser.js';
import { analyze } from '../../server/analysis/analyze.js';
import { readRepo, repoPath } from '../helpers.js';

describe('browser server', () => {
  let worker: Worker;
  let connection: MessageConnection;

  before(() => {
    const bundle = repoPath('dist', 'browser-server.js');
    if (!existsSync(bundle))
      assert.equal(spawnSync(process.execPath, ['scripts/build.js'], { cwd: repoPath() }).status, 0);
    worker = new Worker(new URL('./browser-host.js', import.meta.url), {
      env: { ...process.env, REDLINE_BROWSER_BUNDLE: bundle },
    });
    const port = {
      addEventListener: () => {},
      set onmessage(listener: (event: { data: unknown }) => void) {
        worker.on('message', (data: unknown) => listener({ data }));
      },
      postMessage: (message: unknown) => worker.postMessage(message),
    } as unknown as MessagePort;
    connection = createMessageConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
    connection.listen();
  });
  after(async () => {
    connection.dispose();
    await worker.terminate();
  });

  it('initializes and publishes what analyze() finds', async () => {
    const uri = 'vscode-vfs://github/redline/weak.policy';
    const text = readRepo('examples', 'weak-modal.policy');
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
        resolve(p),
      ),
    );
    const init = await connection.sendRequest<InitializeResult>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
    });
    assert.equal(init.serverInfo?.name, 'redline');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'policy', version: 1, text },
    });
    const { diagnostics, version } = await published;
    assert.equal(version, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      analyze(text).findings.map((f) => [f.rule, f.range]),
    );
  });

  it('completes whole clauses from the corpus bundled into it', async () => {
    const uri = 'vscode-vfs://github/redline/draft.policy';
    const text =
      'define MPD as agency "City of Madison Police Department".\ndefine Officer as member of MPD.\n\nsection 2 "Procedure"\n  2.1 ';
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'policy', version: 1, text },
    });
    const list = await connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 6 },
    });
    assert.ok(
      list.items.some((i) => /^Officers shall not detain or arrest/.test(i.label)),
      list.items.map((i) => i.label).join('\n'),
    );
  });
});
