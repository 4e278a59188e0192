import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRAFT, assertGolden, redline, tempTree } from './run.js';

interface RdPosition {
  line: number;
  column: number;
}
interface RdDiagnostic {
  message: string;
  location: { path: string; range: { start: RdPosition; end: RdPosition } };
  severity: string;
  code: { value: string; url: string };
  suggestions?: { range: { start: RdPosition; end: RdPosition }; text: string }[];
}

async function report(): Promise<{ source: { name: string; url: string }; diagnostics: RdDiagnostic[] }> {
  return JSON.parse((await redline(['check', DRAFT, '--format', 'rdjson'])).stdout);
}

test('rdjson: matches the golden report of the fixed draft', async () => {
  const { code, stdout } = await redline(['check', DRAFT, '--format', 'rdjson']);
  assert.equal(code, 1);
  assertGolden('draft.rdjson', stdout);
});

test('rdjson: 1-based lines, UTF-8 byte columns, rule codes with docs, suggestions from fixes', async () => {
  const { source, diagnostics } = await report();
  assert.equal(source.name, 'redline');
  const weak = diagnostics.find((d) => d.code.value === 'weak-modal')!;
  // "  2.2 Officers’ supervisors should": the curly apostrophe is 3 bytes in UTF-8, so "should"
  // (UTF-16 character 28) starts at byte column 31.
  assert.deepEqual(weak.location.range, { start: { line: 16, column: 31 }, end: { line: 16, column: 37 } });
  assert.equal(weak.severity, 'WARNING');
  assert.match(weak.code.url, /docs\/rules\/weak-modal\.md$/);
  assert.deepEqual(weak.suggestions, [{ range: weak.location.range, text: 'shall' }]);
  assert.deepEqual([...new Set(diagnostics.map((d) => d.severity))].sort(), ['ERROR', 'INFO', 'WARNING']);
});

test('rdjson: a file that could not be checked is an ERROR diagnostic on the whole file', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'binary.policy': new Uint8Array([0x70, 0, 0x71]),
  });
  const { code, stdout } = await redline(['check', '--format', 'rdjson'], { cwd: dir });
  assert.equal(code, 2);
  assert.deepEqual((JSON.parse(stdout) as { diagnostics: unknown[] }).diagnostics, [
    {
      message: 'binary file (contains a NUL byte); not a .policy draft',
      location: { path: 'binary.policy' },
      severity: 'ERROR',
    },
  ]);
});
