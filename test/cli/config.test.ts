import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redline, tempTree, WEAK_DRAFT } from './run.js';

const DRAFT = WEAK_DRAFT;

type Report = { file: string; diagnostics: { rule: string; severity: string }[] }[];

const weakModal = (report: Report, file: string) =>
  report.find((r) => r.file === file)?.diagnostics.find((d) => d.rule === 'weak-modal')?.severity ?? 'none';

test('check: each file gets the configuration of its own folder (nested redline.json)', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true, "rules": { "weak-modal": "error" } }',
    'top.policy': DRAFT,
    'quiet/redline.json': '{ "rules": { "weak-modal": "off" } }',
    'quiet/deeper/inner.policy': DRAFT,
    'own/redline.json': '{ "root": true }',
    'own/x.policy': DRAFT,
  });
  const { code, stdout } = await redline(['check', '--format', 'json'], { cwd: dir });
  const report = JSON.parse(stdout) as Report;
  assert.equal(weakModal(report, 'top.policy'), 'error');
  assert.equal(weakModal(report, 'quiet/deeper/inner.policy'), 'none');
  assert.equal(weakModal(report, 'own/x.policy'), 'warning');
  assert.equal(code, 1);
});

test('check --config FILE: that file for every draft, no discovery', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true, "rules": { "weak-modal": "off" } }',
    'a.policy': DRAFT,
    'conf/strict.json': '{ "rules": { "weak-modal": "error" } }',
  });
  const { code, stdout } = await redline(['check', '--config', 'conf/strict.json', '--format', 'json'], {
    cwd: dir,
  });
  assert.equal(weakModal(JSON.parse(stdout) as Report, 'a.policy'), 'error');
  assert.equal(code, 1);
  const missing = await redline(['check', '--config', 'conf/none.json'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'redline: conf/none.json: no such file\n');
});

test('check: a bad redline.json stops the run with one line naming the file and key', async () => {
  const dir = tempTree({ 'redline.json': '{ "root": true, "rulez": {} }', 'a.policy': DRAFT });
  const { code, stdout, stderr } = await redline(['check'], { cwd: dir });
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.equal(stderr, "redline: redline.json: unknown key 'rulez' (did you mean 'rules'?)\n");
  const badJson = tempTree({ 'redline.json': '{ "root": true, ', 'sub/a.policy': DRAFT });
  const json = await redline(['check', 'sub'], { cwd: badJson });
  assert.equal(json.code, 2);
  assert.match(json.stderr, /^redline: redline\.json: not valid JSON \([^\n]*\)\n$/);
  const badSeverity = tempTree({
    'redline.json': '{ "root": true, "rules": { "weak-modal": "loud" } }',
    'a.policy': DRAFT,
  });
  assert.match(
    (await redline(['check'], { cwd: badSeverity })).stderr,
    /^redline: redline\.json: 'rules\.weak-modal' must be one of/,
  );
});
