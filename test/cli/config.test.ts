import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as Sarif from 'sarif';
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

test('check: a bad redline.json is one line naming the file and key; its files are not checked', async () => {
  const dir = tempTree({ 'redline.json': '{ "root": true, "rulez": {} }', 'a.policy': DRAFT });
  const { code, stdout, stderr } = await redline(['check'], { cwd: dir });
  assert.equal(code, 2);
  assert.equal(stdout, '\u2716 1 redline.json is not valid (1 file not checked)\n');
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

test('check: a bad redline.json in a sub-folder skips only the files it governs; every format is well formed', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'good/a.policy': DRAFT,
    'bad/redline.json': '{ "rules": { "weak-modal": "eror" } }',
    'bad/b.policy': DRAFT,
    'bad/deeper/c.policy': DRAFT,
    'bad/own/redline.json': '{ "root": true }',
    'bad/own/d.policy': DRAFT,
  });
  const stylish = await redline(['check'], { cwd: dir });
  assert.equal(stylish.code, 2);
  assert.equal(
    stylish.stderr,
    'redline: bad/redline.json: \'rules.weak-modal\' must be one of off, info, warning, error, not "eror"\n',
  );
  assert.match(stylish.stdout, /^bad\/own\/d\.policy$/m, 'a root config below the bad one still applies');
  assert.match(stylish.stdout, /^good\/a\.policy$/m);
  assert.doesNotMatch(stylish.stdout, /b\.policy|c\.policy/);
  assert.match(stylish.stdout, /; 1 redline\.json is not valid \(2 files not checked\)$/m);
  const sarif = await redline(['check', '--format', 'sarif'], { cwd: dir });
  assert.equal(sarif.code, 2);
  const run = (JSON.parse(sarif.stdout) as Sarif.Log).runs[0]!;
  assert.equal(run.invocations![0]!.executionSuccessful, false);
  assert.match(
    run.invocations![0]!.toolExecutionNotifications![0]!.message.text!,
    /^bad\/redline\.json: 'rules/,
  );
  assert.ok(run.results!.length > 0, 'the other files are reported');
  for (const format of ['json', 'rdjson']) {
    const out = await redline(['check', '--format', format], { cwd: dir });
    assert.equal(out.code, 2);
    assert.doesNotThrow(() => JSON.parse(out.stdout), format);
  }
});

test('check --config with a bad file: nothing is checked, and the report is still well formed', async () => {
  const dir = tempTree({ 'a.policy': DRAFT, 'strict.json': '{ "rules": [] }' });
  const { code, stdout, stderr } = await redline(['check', '--config', 'strict.json', '--format', 'sarif'], {
    cwd: dir,
  });
  assert.equal(code, 2);
  assert.match(stderr, /^redline: strict\.json: 'rules' must be/);
  assert.equal((JSON.parse(stdout) as Sarif.Log).runs[0]!.results!.length, 0);
});
