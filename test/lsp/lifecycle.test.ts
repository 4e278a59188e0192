/** The LSP lifecycle: nothing is answered before `initialize`, nothing after `shutdown` (probe round 13). */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import {
  createConnection,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import { ErrorCodes, type ResponseError } from 'vscode-languageserver';
import { lifecycleStrategy } from '../../server/lsp/lifecycle.js';
import { startServer } from '../../server/lsp/server.js';
import { richCapabilities, startClient } from './harness.js';

const hover = { textDocument: { uri: 'file:///l/a.policy' }, position: { line: 0, character: 0 } };
const refusedWith = (code: number) => (e: ResponseError<unknown>) => e.code === code;

describe('the lifecycle', () => {
  it('refuses a request before initialize with ServerNotInitialized, then initializes', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), {
      messageStrategy: lifecycleStrategy(),
    });
    const services = startServer(server, { debounce: 20 });
    const client = createMessageConnection(
      new StreamMessageReader(toClient),
      new StreamMessageWriter(toServer),
    );
    client.onRequest(() => null);
    client.onNotification(() => {});
    client.listen();
    try {
      await assert.rejects(
        client.sendRequest('textDocument/hover', hover),
        refusedWith(ErrorCodes.ServerNotInitialized),
      );
      const result = await client.sendRequest<{ capabilities: object }>('initialize', {
        processId: null,
        rootUri: null,
        capabilities: richCapabilities,
        workspaceFolders: null,
      });
      assert.ok(result.capabilities, 'initialize is answered');
    } finally {
      await services.engine.dispose();
      client.dispose();
      server.dispose();
    }
  });

  it('refuses a request whose params lack what it needs with InvalidParams, and goes on', async () => {
    const client = await startClient();
    try {
      for (const [method, params] of [
        ['textDocument/hover', { textDocument: { uri: 'file:///l/a.policy' } }],
        ['textDocument/references', hover],
        ['textDocument/rename', hover],
        ['workspace/symbol', {}],
        ['textDocument/codeAction', { textDocument: { uri: 'file:///l/a.policy' }, range: { start: 1 } }],
      ] as const)
        await assert.rejects(
          client.connection.sendRequest(method, params),
          refusedWith(ErrorCodes.InvalidParams),
        );
      // The server still answers a well-formed request.
      assert.deepEqual(
        await client.connection.sendRequest('workspace/symbol', { query: 'nothing here' }),
        [],
      );
    } finally {
      await client.dispose();
    }
  });

  it('refuses a request after shutdown with InvalidRequest, and publishes nothing more', async () => {
    const client = await startClient();
    try {
      await client.connection.sendRequest('shutdown');
      await assert.rejects(
        client.connection.sendRequest('textDocument/hover', hover),
        refusedWith(ErrorCodes.InvalidRequest),
      );
      // A document opened after shutdown is dropped: the server never holds it. (Messages are
      // handled in order, so once the request after it is refused, the notification was seen.)
      const uri = 'file:///l/b.policy';
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'policy', version: 1, text: '2.1 MPD should act.\n' },
      });
      await assert.rejects(
        client.connection.sendRequest('textDocument/hover', hover),
        refusedWith(ErrorCodes.InvalidRequest),
      );
      assert.equal(client.services.documents.get(uri), undefined);
    } finally {
      await client.dispose();
    }
  });
});
