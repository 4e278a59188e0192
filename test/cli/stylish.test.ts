import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRAFT, assertGolden, redline } from './run.js';

// eslint-disable-next-line no-control-regex -- ANSI escapes start with ESC
const ANSI = /\x1b\[\d+m/;

test('stylish: matches the golden report of the fixed draft', async () => {
  const { code, stdout } = await redline(['check', DRAFT]);
  assert.equal(code, 1);
  assertGolden('draft.stylish.txt', stdout);
});

test('stylish: groups by file, positions 1-based, and ends with an ESLint-style summary', async () => {
  const { stdout } = await redline(['check', DRAFT]);
  const lines = stdout.split('\n');
  assert.ok(lines.includes(DRAFT));
  assert.match(stdout, /^ {2}16:29 {2}warning {2}'should' only recommends; .* {2}weak-modal$/m);
  assert.match(stdout, /^✖ 6 problems \(3 errors, 2 warnings, 1 info\)$/m);
  assert.match(stdout, /3 problems potentially fixable with the `--fix` option/);
});

test('stylish: colour only on a terminal, NO_COLOR and FORCE_COLOR honoured', async () => {
  assert.doesNotMatch((await redline(['check', DRAFT])).stdout, ANSI);
  assert.match((await redline(['check', DRAFT], { tty: true })).stdout, ANSI);
  assert.doesNotMatch((await redline(['check', DRAFT], { tty: true, env: { NO_COLOR: '1' } })).stdout, ANSI);
  assert.match((await redline(['check', DRAFT], { env: { FORCE_COLOR: '1' } })).stdout, ANSI);
  assert.doesNotMatch(
    (await redline(['check', DRAFT], { tty: true, env: { FORCE_COLOR: '0' } })).stdout,
    ANSI,
  );
});

test('stylish: a clean run says so', async () => {
  const { code, stdout } = await redline(['check', 'test/fixtures/cli/clean.policy']);
  assert.equal(code, 0);
  assert.equal(stdout, '✔ no problems (1 file checked)\n');
});
