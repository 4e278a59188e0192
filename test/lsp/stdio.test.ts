/**
 * The same server answers a plain stdio client: `redline lsp --stdio` from the built bundle, with
 * redline.json found on disk and the analysis in its worker thread.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, InitializeResult, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver/node.js';
import { runCli } from '../../server/cli/main.js';
import { serverEnv, serverExecArgv } from '../../server/lsp/launch.js';
import { readRepo, repoPath } from '../helpers.js';

describe('redline lsp --stdio', () => {
  let child: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  let folder: string;
  const stderr: string[] = [];

  before(() => {
    if (!existsSync(repoPath('dist', 'cli.cjs')) || !existsSync(repoPath('dist', 'engine-worker.cjs'))) {
      const built = spawnSync(process.execPath, ['scripts/build.js'], { cwd: repoPath(), stdio: 'inherit' });
      assert.equal(built.status, 0, 'the bundles build');
    }
    folder = mkdtempSync(join(tmpdir(), 'redline-lsp-'));
    writeFileSync(join(folder, 'redline.json'), '{ "rules": { "weak-modal": "error" } }');
    writeFileSync(join(folder, 'weak.policy'), readRepo('examples', 'weak-modal.policy'));
    child = spawn(process.execPath, [repoPath('bin', 'redline.js'), 'lsp', '--stdio'], { cwd: folder });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    connection.listen();
  });

  after(() => {
    connection.dispose();
    if (child.exitCode === null) child.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('initializes, checks an open file with the redline.json beside it, answers hover, and exits cleanly', async () => {
    const uri = pathToFileURL(join(folder, 'weak.policy')).href;
    const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification(
        'textDocument/publishDiagnostics',
        (p: PublishDiagnosticsParams) => p.uri === uri && resolve(p),
      ),
    );
    const init = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {},
    });
    assert.equal(init.serverInfo?.name, 'redline');
    assert.equal(init.capabilities.hoverProvider, true);
    await connection.sendNotification('initialized', {});
    const text = readRepo('examples', 'weak-modal.policy');
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'policy', version: 1, text },
    });

    const published = await diagnostics;
    assert.equal(published.version, 1);
    const weak = published.diagnostics.find((d) => d.code === 'weak-modal');
    assert.equal(weak?.severity, 1, `weak-modal is an error by redline.json (stderr: ${stderr.join('')})`);

    const hover = await connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: weak!.range.start,
    });
    assert.match((hover.contents as MarkupContent).value, /weak-modal/);

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});

describe('redline lsp without a transport', () => {
  it('exits 2 and says which transports there are', async () => {
    let err = '';
    const code = await runCli(['lsp'], {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (err += t) },
    });
    assert.equal(code, 2);
    assert.match(err, /^redline: lsp needs exactly one transport: --stdio/);
  });
});

describe('the server started as the VS Code extension starts it', () => {
  it('accepts the V8 flags and environment of launch.ts and answers initialize', async () => {
    const child = spawn(process.execPath, [...serverExecArgv, repoPath('dist', 'server.cjs'), '--stdio'], {
      env: { ...process.env, ...serverEnv },
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    connection.listen();
    try {
      const init = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
      });
      assert.equal(init.serverInfo?.name, 'redline', `stderr: ${err}`);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
