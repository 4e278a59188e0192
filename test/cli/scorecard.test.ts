import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redline, tempTree } from './run.js';

test('scorecard: a folder is searched, CSV has one row per policy', async () => {
  const { code, stdout, stderr } = await redline(['scorecard', 'clauses', '--format', 'csv']);
  assert.equal(code, 0, stderr);
  const rows = stdout.trimEnd().split('\n');
  assert.ok(rows[0]!.startsWith('file,no-status-inquiry,'));
  assert.ok(rows.some((r) => r.startsWith('clauses/model-safeguards.policy,present,present,')));
  assert.ok(rows.length >= 5);
});

test('scorecard: JSON per file; Markdown by default', async () => {
  const json = await redline(['scorecard', 'clauses/madison-sop-2025.policy', '--format', 'json']);
  const [card] = JSON.parse(json.stdout) as { file: string; safeguards: { id: string; status: string }[] }[];
  assert.equal(card!.file, 'clauses/madison-sop-2025.policy');
  assert.equal(card!.safeguards.find((s) => s.id === 'no-287g-agreement')!.status, 'present');
  const md = await redline(['scorecard', 'clauses/madison-sop-2025.policy']);
  assert.match(md.stdout, /\| Safeguard \| Status \| Clauses \| Reason \|/);
});

test('scorecard: an unreadable path exits 2 with one line, the others are still scored', async () => {
  const dir = tempTree({
    'a.policy': 'policy "A"\n\nsection 2 "P"\n  2.1 Officers shall not inquire about immigration status.\n',
  });
  const { code, stdout, stderr } = await redline(
    ['scorecard', 'a.policy', 'missing.policy', '--format', 'csv'],
    { cwd: dir },
  );
  assert.equal(code, 2);
  assert.equal(stderr, 'redline: missing.policy: no such file or folder\n');
  assert.match(stdout, /^file,/);
  assert.match(stdout, /\na\.policy,present,/);
});

test('scorecard: an unknown format is a usage error', async () => {
  const { code, stderr } = await redline(['scorecard', 'clauses', '--format', 'xml']);
  assert.equal(code, 2);
  assert.match(stderr, /xml/);
});

test('scorecard: a bad redline.json skips only the files it governs; the others are scored (probe round 15)', async () => {
  const draft = 'policy "T"\ndefine MPD as agency.\n2.1 MPD shall not ask about immigration status.\n';
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'a/sop.policy': draft,
    'b/redline.json': '{ "rules": [] }',
    'b/sop.policy': draft,
  });
  const { code, stdout, stderr } = await redline(['scorecard', '.', '--format', 'csv'], { cwd: dir });
  assert.equal(code, 2);
  assert.deepEqual(
    stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(',')[0]),
    ['a/sop.policy'],
  );
  assert.match(stderr, /^redline: b\/redline\.json: 'rules' must be an object/m);
});
