/**
 * The workers' memory settings hold under the flags the editor starts the server with: a worker gets
 * the young generation its resource limits ask for, not the small one of --max-semi-space-size.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { serverExecArgv } from '../../server/lsp/launch.js';
import { repoPath } from '../helpers.js';

describe('the analysis worker’s young generation', () => {
  // Fills the young generation with objects that survive a scavenge or two, so that V8 grows it to
  // its limit, then prints how much it took (both semi-spaces).
  const grow = `
    const v8 = require('node:v8');
    let keep = [];
    for (let i = 0; i < 3e6; i++) { keep.push({ i }); if (keep.length > 200000) keep = []; }
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(JSON.stringify({ thread: require('node:worker_threads').isMainThread ? 'main' : 'worker', mb: space.space_size / 2 ** 20 }));
  `;

  it('is the one its limits ask for, while the server’s own thread keeps the small one of --max-semi-space-size', () => {
    const module = pathToFileURL(repoPath('out', 'server', 'lsp', 'worker-engine.js')).href;
    const script = `
      import(${JSON.stringify(module)}).then(({ spawnWorker }) => {
        const worker = spawnWorker(${JSON.stringify(grow)}, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
        worker.on('exit', () => { ${grow} });
      });
    `;
    const output = execFileSync(process.execPath, [...serverExecArgv, '-e', script], { encoding: 'utf8' });
    const sizes = Object.fromEntries(
      output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { thread: string; mb: number })
        .map(({ thread, mb }) => [thread, mb]),
    );
    // --max-semi-space-size=2: two semi-spaces of 2 MB. 12 MB of young generation: two of 4 MB.
    assert.ok(sizes.main! <= 4, `the server's thread took ${sizes.main} MB`);
    assert.ok(sizes.worker! > 4 && sizes.worker! <= 8, `the worker took ${sizes.worker} MB`);
  });
});
