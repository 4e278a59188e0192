/** Configuration: redline.json per document, client settings merged over it, changes re-check open documents. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseConfig, resolveConfig } from '../../server/analysis/config.js';
import { mergeSettings } from '../../server/lsp/config-resolver.js';
import { memoryPlatform, type ServerPlatform } from '../../server/lsp/platform.js';
import { readRepo } from '../helpers.js';
import { richCapabilities, startClient, type TestClient } from './harness.js';

const WEAK = readRepo('examples', 'weak-modal.policy');
const rulesOf = (ds: { code?: string | number }[]) => ds.map((d) => d.code);

/** What /strict/redline.json sets weak-modal to; a test edits it. */
let strictLevel = 'error';

/** A platform whose redline.json sets weak-modal to `strictLevel` under /strict and is broken under /broken. */
function platform(): ServerPlatform {
  return {
    ...memoryPlatform(),
    fileConfig(uri) {
      if (uri.startsWith('file:///strict/'))
        return resolveConfig([
          {
            file: '/strict/redline.json',
            config: parseConfig(`{"rules":{"weak-modal":"${strictLevel}"}}`, '/strict/redline.json'),
          },
        ]);
      if (uri.startsWith('file:///broken/')) parseConfig('{"rulez":{}}', '/broken/redline.json');
      return undefined;
    },
  };
}

describe('configuration', () => {
  let client: TestClient;
  before(async () => (client = await startClient({ platform: platform() })));
  after(() => client.dispose());

  it('checks a document with the redline.json found for it', async () => {
    await client.open('file:///strict/a.policy', WEAK);
    const { diagnostics } = await client.diagnostics('file:///strict/a.policy');
    assert.equal(diagnostics.find((d) => d.code === 'weak-modal')?.severity, 1);
  });

  it('reports a broken redline.json on the document and checks with the defaults', async () => {
    await client.open('file:///broken/a.policy', WEAK);
    const { diagnostics } = await client.diagnostics('file:///broken/a.policy');
    const config = diagnostics.find((d) => d.code === 'config');
    assert.ok(config, 'a config diagnostic');
    assert.match(config.message, /\/broken\/redline\.json: unknown key 'rulez'/);
    assert.ok(diagnostics.some((d) => d.code === 'weak-modal' && d.severity === 2));
  });

  it('merges the redline.* settings over redline.json and re-checks open documents when they change', async () => {
    const before = client.published.length;
    client.settings = { rules: { 'weak-modal': 'off' }, packs: ['core'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const strict = await client.diagnostics(
      'file:///strict/a.policy',
      (p) => client.published.indexOf(p) >= before,
    );
    assert.ok(!rulesOf(strict.diagnostics).includes('weak-modal'), 'the setting wins over redline.json');
    const broken = await client.diagnostics(
      'file:///broken/a.policy',
      (p) => client.published.indexOf(p) >= before,
    );
    assert.ok(!rulesOf(broken.diagnostics).includes('weak-modal'));
    assert.ok(client.serverRequests.includes('workspace/configuration'));
    assert.ok(client.serverRequests.includes('workspace/codeLens/refresh'));
  });

  it('reports a bad setting instead of failing', async () => {
    const before = client.published.length;
    client.settings = { rules: { 'weak-modal': 'loud' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { diagnostics } = await client.diagnostics(
      'file:///strict/a.policy',
      (p) => client.published.indexOf(p) >= before,
    );
    assert.match(
      diagnostics.find((d) => d.code === 'config')?.message ?? '',
      /redline\.rules\.weak-modal must be off, info, warning or error/,
    );
    assert.equal(diagnostics.find((d) => d.code === 'weak-modal')?.severity, 1, 'redline.json still applies');
  });
});

describe('a configuration change that changes nothing, or only some documents', () => {
  let client: TestClient;
  /** The URIs the engine was asked to analyse, in order. */
  const analysed: string[] = [];
  const count = (method: string) => client.serverRequests.filter((m) => m === method).length;

  before(async () => {
    client = await startClient({ platform: platform() });
    const engine = client.services.engine;
    const analyze = engine.analyze.bind(engine);
    engine.analyze = (job, token) => (analysed.push(job.uri), analyze(job, token));
    await client.open('file:///strict/a.policy', WEAK);
    await client.open('file:///broken/a.policy', WEAK);
    await client.diagnostics('file:///strict/a.policy');
    await client.diagnostics('file:///broken/a.policy');
  });
  after(() => client.dispose());

  /** Sends `notify`, then waits until the server has applied it and anything it started has run. */
  async function applied(notify: () => Promise<void>): Promise<void> {
    const asked = count('workspace/configuration');
    await notify();
    while (count('workspace/configuration') === asked) await new Promise((r) => setTimeout(r, 5));
    await client.services.configuration;
    await new Promise((r) => setTimeout(r, 100));
  }

  // VS Code's client sends its settings as it starts, right after opening the documents; checking
  // everything again then moved the code lenses under a hover and re-indexed the whole workspace.
  it('checks nothing again and asks for no refresh when the settings are the same', async () => {
    const runs = analysed.length;
    const lensRefreshes = count('workspace/codeLens/refresh');
    const published = client.published.length;
    await applied(() =>
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }),
    );
    assert.deepEqual(analysed.slice(runs), []);
    assert.equal(client.published.length, published);
    assert.equal(count('workspace/codeLens/refresh'), lensRefreshes);
  });

  it('checks again only the documents whose redline.json changed', async () => {
    const runs = analysed.length;
    const published = client.published.length;
    strictLevel = 'info';
    try {
      await applied(() =>
        client.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: 'file:///strict/redline.json', type: 2 }],
        }),
      );
      const { diagnostics } = await client.diagnostics(
        'file:///strict/a.policy',
        (p) => client.published.indexOf(p) >= published,
      );
      assert.equal(diagnostics.find((d) => d.code === 'weak-modal')?.severity, 3);
      assert.deepEqual(analysed.slice(runs), ['file:///strict/a.policy']);
      assert.ok(count('workspace/codeLens/refresh') > 0, 'the client is asked to refresh its lenses');
    } finally {
      strictLevel = 'error';
    }
  });
});

describe('redline.maxFileSize', () => {
  it('leaves a larger document unanalysed and says so', async () => {
    const client = await startClient({ settings: { maxFileSize: 100 } });
    try {
      await client.open('file:///big/a.policy', WEAK);
      const { diagnostics } = await client.diagnostics('file:///big/a.policy');
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.severity, 3);
      assert.match(
        diagnostics[0]!.message,
        /^not analysed: \d+ bytes is more than the limit of 100 \(redline\.maxFileSize\)$/,
      );
    } finally {
      await client.dispose();
    }
  });
});

describe('configuration without workspace/configuration', () => {
  it('takes the settings pushed with didChangeConfiguration', async () => {
    const capabilities = {
      ...richCapabilities,
      workspace: { ...richCapabilities.workspace, configuration: false },
    };
    const client = await startClient({ capabilities });
    try {
      await client.open('file:///p/a.policy', WEAK);
      await client.diagnostics('file:///p/a.policy', (p) => rulesOf(p.diagnostics).includes('weak-modal'));
      const before = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { redline: { rules: { 'weak-modal': 'info' } } },
      });
      const { diagnostics } = await client.diagnostics(
        'file:///p/a.policy',
        (p) => client.published.indexOf(p) >= before,
      );
      assert.equal(diagnostics.find((d) => d.code === 'weak-modal')?.severity, 3);
      assert.ok(!client.serverRequests.includes('workspace/configuration'));
    } finally {
      await client.dispose();
    }
  });
});

describe('mergeSettings', () => {
  const base = () =>
    resolveConfig([
      { file: '/r/redline.json', config: { packs: ['core'], modalConvention: 'must', maxFileSize: 10 } },
    ]);

  it('leaves redline.json alone where a setting has its default value', () => {
    const { config } = mergeSettings(base(), {
      packs: ['core', 'immigration'],
      modalConvention: 'shall',
      maxFileSize: 5_000_000,
    });
    assert.deepEqual([...config.packs], ['core']);
    assert.equal(config.modalConvention, 'must');
    assert.equal(config.maxFileSize, 10);
  });

  it('lets a non-default setting win and adds library paths', () => {
    const { config } = mergeSettings(base(), {
      packs: ['immigration'],
      maxFileSize: 99,
      library: { paths: ['lib'] },
    });
    assert.deepEqual([...config.packs], ['immigration']);
    assert.equal(config.maxFileSize, 99);
    assert.deepEqual(config.library, ['lib']);
  });

  it('does not change the configuration it merges into', () => {
    const original = base();
    mergeSettings(original, { rules: { 'weak-modal': 'off' } });
    assert.deepEqual(original.rules, {});
  });
});
