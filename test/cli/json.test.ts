import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonDiagnostic } from '../../server/cli/formats/json.js';
import { DRAFT, assertGolden, redline, tempTree, WEAK_DRAFT } from './run.js';

test('json: matches the golden report of the fixed draft', async () => {
  const { code, stdout } = await redline(['check', DRAFT, '--format', 'json']);
  assert.equal(code, 1);
  assertGolden('draft.json', stdout);
});

test('json: one entry per file, 0-based ranges, clause numbers, the first fix', async () => {
  const { stdout } = await redline(['check', DRAFT, '--format', 'json']);
  const report = JSON.parse(stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
  assert.deepEqual(
    report.map((r) => r.file),
    [DRAFT],
  );
  const diagnostics = report[0]!.diagnostics;
  const weak = diagnostics.find((d) => d.rule === 'weak-modal')!;
  // "  2.2 Officers’ supervisors should review…" is line 16 (1-based); "should" starts at column 29.
  assert.deepEqual(weak.range, { start: { line: 15, character: 28 }, end: { line: 15, character: 34 } });
  assert.equal(weak.clause, '2.2');
  assert.deepEqual(weak.fix, { title: weak.fix!.title, edits: [{ range: weak.range, newText: 'shall' }] });
  assert.ok(
    diagnostics.every((d) =>
      Object.keys(d).every((k) =>
        ['rule', 'severity', 'message', 'clause', 'range', 'fix', 'related'].includes(k),
      ),
    ),
  );
  assert.ok(
    diagnostics.some((d) => d.related?.length),
    'the contradiction points at the other clause',
  );
  assert.ok(diagnostics.filter((d) => d.rule === 'open-ended-list').every((d) => d.fix === undefined));
});

test('json: clean files are listed with no diagnostics, and paths use forward slashes', async () => {
  const { code, stdout } = await redline(['check', 'test/fixtures/cli', '--format', 'json']);
  assert.equal(code, 1);
  const files = (JSON.parse(stdout) as { file: string }[]).map((r) => r.file);
  assert.ok(files.includes('test/fixtures/cli/clean.policy'));
  assert.ok(files.every((f) => !f.includes('\\')));
  const clean = (JSON.parse(stdout) as { file: string; diagnostics: unknown[] }[]).find((r) =>
    r.file.endsWith('clean.policy'),
  )!;
  assert.deepEqual(clean.diagnostics, []);
});

test('json: a file that could not be checked has an entry with one fatal diagnostic (ESLint)', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'good.policy': WEAK_DRAFT,
    'binary.policy': new Uint8Array([0x70, 0, 0x71]),
  });
  const { code, stdout } = await redline(['check', '.', 'missing.policy', '--format', 'json'], { cwd: dir });
  assert.equal(code, 2);
  const report = JSON.parse(stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
  assert.deepEqual(
    report.map((r) => r.file),
    ['good.policy', 'missing.policy', 'binary.policy'],
  );
  assert.deepEqual(report.find((r) => r.file === 'binary.policy')!.diagnostics, [
    {
      rule: null,
      severity: 'error',
      message: 'binary file (contains a NUL byte); not a .policy draft',
      clause: null,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      fatal: true,
    },
  ]);
  assert.equal(report[0]!.diagnostics[0]!.fatal, undefined, 'findings are not fatal');
});
