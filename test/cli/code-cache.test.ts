/**
 * bin/code-cache.cjs: the CLI's bundle loads through V8's code cache. A cache that V8 accepts is
 * kept as it is; one it rejects (another version, other flags, garbage) is written anew; and no
 * cache, a bad one or one that cannot be written never changes what a run prints.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DRAFT, spawnRedline, tempTree, type RunResult } from './run.js';
import { repoPath, root } from '../helpers.js';

const { loadCached } = createRequire(import.meta.url)(repoPath('bin', 'code-cache.cjs')) as {
  loadCached: (file: string) => unknown;
};

const check = (env: Record<string, string>): RunResult => spawnRedline(['check', DRAFT], root, env);

/** The one cache file in `dir`. */
function cacheFile(dir: string): string {
  const files = readdirSync(dir);
  assert.equal(files.length, 1, files.join(', '));
  return join(dir, files[0]!);
}

describe('the code cache of the CLI', () => {
  const plain = check({ REDLINE_CODE_CACHE: 'off' });

  it('prints the same with a cache as without, and keeps a cache that V8 accepted', () => {
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /weak-modal/);
    const dir = join(tempTree(), 'cache');
    assert.deepEqual(check({ REDLINE_CODE_CACHE_DIR: dir }), plain);
    const file = cacheFile(dir);
    const written = statSync(file).mtimeMs;
    const bytes = readFileSync(file);
    // Read back before the CLI sets its V8 flags: were it made or read under other flags, V8
    // would reject it and this run would write it again.
    assert.deepEqual(check({ REDLINE_CODE_CACHE_DIR: dir }), plain);
    assert.equal(statSync(file).mtimeMs, written);
    assert.ok(readFileSync(file).equals(bytes));
  });

  it('writes a rejected cache anew, and still prints the same', () => {
    const dir = join(tempTree(), 'cache');
    check({ REDLINE_CODE_CACHE_DIR: dir });
    const file = cacheFile(dir);
    writeFileSync(file, 'not a code cache');
    assert.deepEqual(check({ REDLINE_CODE_CACHE_DIR: dir }), plain);
    assert.notEqual(readFileSync(file, 'utf8'), 'not a code cache');
    assert.ok(statSync(file).size > 100_000);
  });

  it('is left out under REDLINE_DEBUG=1, whose stack traces need the source map', () => {
    const dir = join(tempTree(), 'cache');
    assert.deepEqual(check({ REDLINE_DEBUG: '1', REDLINE_CODE_CACHE_DIR: dir }), plain);
    assert.equal(existsSync(dir), false);
  });

  it('runs as usual where the cache cannot be written, or is turned off', () => {
    const blocked = join(tempTree({ 'file.txt': 'x' }), 'file.txt', 'cache');
    assert.deepEqual(check({ REDLINE_CODE_CACHE_DIR: blocked }), plain);
    const dir = join(tempTree(), 'cache');
    assert.deepEqual(check({ REDLINE_CODE_CACHE: 'off', REDLINE_CODE_CACHE_DIR: dir }), plain);
    assert.equal(existsSync(dir), false);
  });

  it('never runs the code of another source, even one of the same length', () => {
    // V8 itself compares only the length: a rebuilt bundle of the same size would run the old code.
    const dir = tempTree({ 'bundle.cjs': "module.exports = 'first';" });
    const bundle = join(dir, 'bundle.cjs');
    assert.equal(loadCached(bundle), 'first');
    assert.equal(loadCached(bundle), 'first');
    writeFileSync(bundle, "module.exports = 'other';");
    assert.equal(loadCached(bundle), 'other');
    assert.equal(loadCached(bundle), 'other');
  });
});
