/** Workspace symbols: sections, clauses and definitions of workspace files (indexed once) and open documents. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { fuzzyMatch } from '../../server/lsp/workspace-symbol-provider.js';
import { memoryPlatform } from '../../server/lsp/platform.js';
import { designExample, readRepo } from '../helpers.js';
import { startClient, type TestClient } from './harness.js';

describe('workspace symbols', () => {
  let client: TestClient;
  const files: Record<string, string> = {
    'file:///ws/design.policy': designExample(),
    'file:///ws/clauses/contradiction.policy': readRepo('examples', 'contradiction.policy'),
  };
  before(async () => {
    client = await startClient({
      platform: memoryPlatform(files),
      workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }],
    });
  });
  after(() => client.dispose());

  const query = (q: string) => client.request<SymbolInformation[]>('workspace/symbol', { query: q });

  it('finds definitions across workspace files that are not open', async () => {
    const found = await query('judicial warrant');
    assert.deepEqual(found.map((s) => [s.name, s.location.uri, s.kind]).sort(), [
      ['judicial warrant', 'file:///ws/clauses/contradiction.policy', SymbolKind.Constant],
      ['judicial warrant', 'file:///ws/design.policy', SymbolKind.Constant],
    ]);
  });

  it('finds clauses by number and words, with their section as container', async () => {
    const found = await query('§2.5 cooperate');
    assert.equal(found.length, 1);
    assert.match(found[0]!.name, /^§2\.5 MPD may cooperate with a lawful request of ICE/);
    assert.equal(found[0]!.containerName, '2 Procedure');
    assert.equal(found[0]!.location.range.start.line, 29);
  });

  it('finds sections, and an open document instead of its file on disk', async () => {
    const text = files['file:///ws/design.policy']!.replace(
      'section 2 "Procedure"',
      'section 2 "Procedures for Detainers"',
    );
    await client.open('file:///ws/design.policy', text);
    await client.diagnostics('file:///ws/design.policy');
    const found = await query('Procedures for Detainers');
    assert.deepEqual(
      found.map((s) => [s.name, s.kind]),
      [['2 Procedures for Detainers', SymbolKind.Namespace]],
    );
    const sections = (await query('')).filter(
      (s) => s.kind === SymbolKind.Namespace && s.location.uri === 'file:///ws/design.policy',
    );
    assert.deepEqual(
      sections.map((s) => s.name),
      ['1 Purpose', '2 Procedures for Detainers'],
      'not the file on disk too',
    );
  });

  it('picks up a file created after start-up when the client reports it', async () => {
    const uri = 'file:///ws/later.policy';
    files[uri] =
      'define Sheriff as agency "County Sheriff".\n\nsection 1 "Jail"\n  1.1 Sheriff shall keep records.\n';
    assert.deepEqual(await query('Sheriff'), []);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri, type: 1 }],
    });
    await new Promise<void>((resolve) => client.services.workspace.onDidIndex((u) => u === uri && resolve()));
    assert.ok((await query('Sheriff')).some((s) => s.name === 'Sheriff' && s.location.uri === uri));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri, type: 3 }],
    });
    await new Promise<void>((resolve) => client.services.workspace.onDidIndex((u) => u === uri && resolve()));
    assert.deepEqual(await query('Sheriff'), []);
  });
});

describe('workspace folders removed and added', () => {
  it('drops the files of a removed folder, and indexes an added one (probe round 13)', async () => {
    const files: Record<string, string> = {
      'file:///a/one.policy': 'define Sheriff as agency "County Sheriff".\n1.1 Sheriff shall keep records.\n',
      'file:///ab/two.policy': 'define Warden as agency "County Jail".\n1.1 Warden shall keep records.\n',
    };
    const client = await startClient({
      platform: memoryPlatform(files),
      workspaceFolders: [{ uri: 'file:///a', name: 'a' }],
    });
    try {
      await client.services.workspace.ready;
      const names = async () =>
        (await client.request<SymbolInformation[]>('workspace/symbol', { query: '' }))
          .filter((s) => s.kind === SymbolKind.Class)
          .map((s) => s.name);
      assert.deepEqual(await names(), ['Sheriff']);
      // "file:///ab" starts with "file:///a" but is another folder.
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: 'file:///ab', name: 'ab' }], removed: [{ uri: 'file:///a', name: 'a' }] },
      });
      // The notification has no reply: wait until the index has taken it in (or give up).
      for (let i = 0; i < 100 && JSON.stringify(await names()) !== '["Warden"]'; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(await names(), ['Warden']);
    } finally {
      await client.dispose();
    }
  });
});

describe('fuzzyMatch', () => {
  it('matches the letters of the query in order, ignoring case and blanks', () => {
    assert.ok(fuzzyMatch('jw', 'judicial warrant'));
    assert.ok(fuzzyMatch('Judicial Warrant', 'judicial warrant'));
    assert.ok(!fuzzyMatch('wj', 'judicial warrant'));
    assert.ok(fuzzyMatch('', 'anything'));
  });
});
