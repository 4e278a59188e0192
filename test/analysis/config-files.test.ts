import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ConfigError } from '../../server/analysis/config.js';
import { ConfigFiles, fixedConfig } from '../../server/analysis/config-files.js';

function tree(files: Record<string, object | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-config-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

test('config discovery: nearer files override farther ones, up to a root config', () => {
  const dir = tree({
    'top/redline.json': {
      root: true,
      rules: { 'weak-modal': 'error', 'hedged-duty': 'info' },
      modalConvention: 'must',
    },
    'top/a/redline.json': { rules: { 'weak-modal': 'off' } },
    'top/a/b/c/x.policy': '',
    'top/other/y.policy': '',
  });
  const configs = new ConfigFiles();
  const deep = configs.forFile(join(dir, 'top/a/b/c/x.policy'));
  assert.deepEqual(deep.rules, { 'weak-modal': 'off', 'hedged-duty': 'info' });
  assert.equal(deep.modalConvention, 'must');
  assert.deepEqual(deep.sources, [join(dir, 'top/redline.json'), join(dir, 'top/a/redline.json')]);
  assert.deepEqual(configs.forFile(join(dir, 'top/other/y.policy')).rules, {
    'weak-modal': 'error',
    'hedged-duty': 'info',
  });
});

test('config discovery: "root": true stops the search, and folders share one cached result', () => {
  const dir = tree({
    'redline.json': { rules: { 'weak-modal': 'error' } },
    'project/redline.json': { root: true, rules: { 'hedged-duty': 'off' } },
  });
  const configs = new ConfigFiles();
  const project = configs.forFolder(join(dir, 'project'));
  assert.deepEqual(project.rules, { 'hedged-duty': 'off' });
  assert.equal(configs.forFolder(join(dir, 'project')), project);
  assert.equal(configs.forFile(join(dir, 'project', 'z.policy')), project);
});

test('config discovery: a bad file is a ConfigError naming it and the key', () => {
  const dir = tree({ 'redline.json': { root: true, rulez: {} } });
  assert.throws(
    () => new ConfigFiles().forFolder(dir),
    (e: unknown) =>
      e instanceof ConfigError &&
      e.file === join(dir, 'redline.json') &&
      /unknown key 'rulez' \(did you mean 'rules'\?\)/.test(e.message),
  );
  assert.throws(() => fixedConfig(join(dir, 'nope.json')), /nope\.json: no such file/);
});
