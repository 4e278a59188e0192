import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LocalEngine } from '../../server/lsp/engine.js';
import { nodePlatform } from '../../server/lsp/node-platform.js';
import { WorkerEngine } from '../../server/lsp/worker-engine.js';

it('analyses on the main thread, with a log line, when the worker bundle is missing', () => {
  const logs: string[] = [];
  const missing = nodePlatform({
    script: new URL('file:///nowhere/engine-worker.cjs'),
    onLog: (m) => logs.push(m),
  });
  assert.ok(missing.createEngine() instanceof LocalEngine);
  assert.match(logs[0] ?? '', /engine-worker\.cjs is missing; analysing on the main thread/);
  const engine = nodePlatform().createEngine();
  assert.ok(engine instanceof WorkerEngine);
  engine.dispose?.();
});
