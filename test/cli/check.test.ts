import assert from 'node:assert/strict';
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { firstInvalidUtf8 } from '../../server/cli/files.js';
import { DRAFT, redline, spawnUnprivileged, tempTree, WEAK_DRAFT } from './run.js';
import { repoPath } from '../helpers.js';

const WEAK = WEAK_DRAFT;
const CLEAN = [
  'policy "Clean"',
  '',
  'define ECPD as agency "Example City Police Department".',
  '',
  'section 1 "Procedure"',
  "  1.1 ECPD shall provide its services to every person regardless of the person's immigration status.",
  '',
].join('\n');

/** A temporary project whose redline.json stops discovery at its top. */
const project = (files: Record<string, string | Uint8Array>) =>
  tempTree({ 'redline.json': '{ "root": true }', ...files });

test('check: exit 0 when clean or only warnings, 1 on errors', async () => {
  const dir = project({ 'clean.policy': CLEAN, 'weak.policy': WEAK });
  assert.equal((await redline(['check', 'clean.policy'], { cwd: dir })).code, 0);
  assert.equal((await redline(['check', 'weak.policy'], { cwd: dir })).code, 0);
  assert.equal((await redline(['check', DRAFT])).code, 1);
});

test('check: --max-warnings fails the run when warnings exceed it', async () => {
  const dir = project({ 'weak.policy': WEAK });
  const over = await redline(['check', '--max-warnings', '0'], { cwd: dir });
  assert.equal(over.code, 1);
  assert.match(over.stderr, /^redline: too many warnings \(1; the maximum is 0\)\n$/);
  assert.equal((await redline(['check', '--max-warnings', '1'], { cwd: dir })).code, 0);
  const bad = await redline(['check', '--max-warnings', 'many'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^redline: .*--max-warnings takes a whole number, or -1 for no limit, not 'many'/);
  for (const value of ['-2', '1.5', ''])
    assert.equal((await redline(['check', '--max-warnings', value], { cwd: dir })).code, 2, value);
});

test('check: --max-warnings -1 means no limit, as in ESLint', async () => {
  const dir = project({ 'weak.policy': WEAK });
  const unlimited = await redline(['check', '--max-warnings', '-1'], { cwd: dir });
  assert.equal(unlimited.code, 0);
  assert.equal(unlimited.stderr, '');
});

test('check: --quiet reports errors only', async () => {
  const { stdout } = await redline(['check', DRAFT, '--quiet', '--format', 'json']);
  const severities = (JSON.parse(stdout) as { diagnostics: { severity: string }[] }[]).flatMap((f) =>
    f.diagnostics.map((d) => d.severity),
  );
  assert.ok(severities.length > 0);
  assert.deepEqual([...new Set(severities)], ['error']);
});

test('check: warnings hidden by --quiet still count toward --max-warnings (ESLint)', async () => {
  const dir = project({ 'weak.policy': WEAK });
  const over = await redline(['check', '--quiet', '--max-warnings', '0'], { cwd: dir });
  assert.equal(over.code, 1);
  assert.equal(over.stdout, '\u2714 no problems (1 file checked)\n');
  assert.equal(over.stderr, 'redline: too many warnings (1, not shown with --quiet; the maximum is 0)\n');
  assert.equal((await redline(['check', '--quiet', '--max-warnings', '1'], { cwd: dir })).code, 0);
});

test('check: no paths means the current folder, searched recursively, skipping node_modules and dot-folders', async () => {
  const dir = project({
    'top.policy': WEAK,
    'a/b/deep.policy': WEAK,
    'a/notes.txt': 'not a policy',
    'node_modules/pkg/x.policy': WEAK,
    '.hidden/y.policy': WEAK,
  });
  const { stdout } = await redline(['check', '--format', 'json'], { cwd: dir });
  assert.deepEqual(
    (JSON.parse(stdout) as { file: string }[]).map((r) => r.file),
    ['a/b/deep.policy', 'top.policy'],
  );
});

test('check: a named file is checked whatever its extension; a file named twice is checked once', async () => {
  const dir = project({ 'draft.txt': WEAK });
  const { stdout } = await redline(['check', 'draft.txt', './draft.txt', '--format', 'json'], { cwd: dir });
  assert.deepEqual(
    (JSON.parse(stdout) as { file: string }[]).map((r) => r.file),
    ['draft.txt'],
  );
});

test('check: missing, binary, non-UTF-8 and oversized files are named with the reason; the rest is checked; exit 2', async () => {
  const dir = project({
    'good.policy': WEAK,
    'binary.policy': new Uint8Array([0x70, 0x6f, 0, 0x6c]),
    'latin1.policy': new Uint8Array([...Buffer.from('policy "Caf'), 0xe9, 0x22, 0x0a]),
  });
  const { code, stdout, stderr } = await redline(['check', '.', 'missing.policy', '--format', 'json'], {
    cwd: dir,
  });
  assert.equal(code, 2);
  const checked = (JSON.parse(stdout) as { file: string; diagnostics: { fatal?: true }[] }[]).filter(
    (r) => !r.diagnostics.some((d) => d.fatal),
  );
  assert.deepEqual(
    checked.map((r) => r.file),
    ['good.policy'],
  );
  assert.match(stderr, /^redline: missing\.policy: no such file or folder$/m);
  assert.match(stderr, /^redline: binary\.policy: binary file \(contains a NUL byte\)/m);
  assert.match(stderr, /^redline: latin1\.policy: not valid UTF-8/m);
  assert.equal(stderr.trimEnd().split('\n').length, 3, stderr);
});

test('check: a UTF-16 file is named as such, and bad UTF-8 says where the first bad byte is', async () => {
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return bigEndian ? le.swap16() : le;
  };
  const dir = project({
    'le.policy': utf16(WEAK, false),
    'be.policy': utf16(WEAK, true),
    'latin1.policy': new Uint8Array([...Buffer.from('policy "X"\n  agency: "Caf'), 0xe9, 0x22, 0x0a]),
  });
  const { code, stderr } = await redline(['check'], { cwd: dir });
  assert.equal(code, 2);
  assert.equal(
    stderr,
    [
      'redline: be.policy: UTF-16 encoded; save it as UTF-8',
      'redline: latin1.policy: not valid UTF-8 (the first bad byte is on line 2, at offset 25); save it as UTF-8',
      'redline: le.policy: UTF-16 encoded; save it as UTF-8',
      '',
    ].join('\n'),
  );
});

test('firstInvalidUtf8: the first byte that starts no well-formed sequence', () => {
  const at = (...bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));
  assert.equal(at(0x61, 0xc3, 0xa9, 0x62), -1, 'é is well formed');
  assert.equal(at(0xf0, 0x9f, 0x98, 0x80), -1, 'an emoji is well formed');
  assert.equal(at(0x61, 0xe9, 0x62), 1, 'a Latin-1 é');
  assert.equal(at(0x61, 0xc0, 0xaf), 1, 'an overlong slash');
  assert.equal(at(0xed, 0xa0, 0x80), 0, 'a surrogate');
  assert.equal(at(0x61, 0x62, 0xe2, 0x82), 2, 'a sequence cut off at the end');
  assert.equal(at(0x80), 0, 'a lone continuation byte');
});

test('check: files over --max-file-size or the configured maxFileSize are refused', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true, "maxFileSize": 100 }',
    'big.policy': WEAK,
    'small.policy': 'policy "S"\n',
  });
  const configured = await redline(['check'], { cwd: dir });
  assert.equal(configured.code, 2);
  assert.match(configured.stderr, /^redline: big\.policy: too large \(\d+ bytes; the limit is 100/m);
  assert.doesNotMatch(configured.stderr, /small\.policy/);
  const flag = await redline(['check', '--max-file-size', '5'], { cwd: dir });
  assert.match(flag.stderr, /small\.policy: too large/);
});

test('check: a folder with no .policy files is a usage error (ESLint: "No files matching"), not a file', async () => {
  const dir = project({ 'empty/readme.txt': 'nothing here' });
  const { code, stdout, stderr } = await redline(['check', 'empty'], { cwd: dir });
  assert.equal(code, 2);
  assert.equal(stderr, 'redline: empty: no .policy files in this folder\n');
  assert.equal(stdout, '\u2716 1 folder has no .policy files\n');
});

test('check: an unreadable folder, given or met on the way, is "permission denied"; the rest is checked; exit 2', async (t) => {
  const dir = project({ 'ok/a.policy': WEAK, 'locked/b.policy': WEAK, 'locked/inner/c.policy': WEAK });
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'locked'), 0);
  let walked, given;
  try {
    walked = spawnUnprivileged(['check', '--format', 'json'], dir);
    given = spawnUnprivileged(['check', 'locked'], dir);
  } finally {
    chmodSync(join(dir, 'locked'), 0o755);
  }
  if (!walked || !given) return t.skip('cannot run as a user whom permissions stop');
  assert.equal(walked.code, 2);
  assert.equal(walked.stderr, 'redline: locked: permission denied\n');
  assert.ok((JSON.parse(walked.stdout) as { file: string }[]).some((r) => r.file === 'ok/a.policy'));
  assert.equal(given.code, 2);
  assert.equal(given.stderr, 'redline: locked: permission denied\n');
  assert.equal(given.stdout, '\u2716 1 folder could not be read\n');
});

test('check: symbolic links to folders are not followed; a file reached by several paths is checked once', async (t) => {
  if (process.platform === 'win32') return t.skip('symbolic links need privileges on Windows');
  const dir = project({ 'real/w.policy': WEAK, 'other.policy': WEAK });
  symlinkSync('real/w.policy', join(dir, 'link.policy'));
  symlinkSync('.', join(dir, 'self'));
  symlinkSync('../real', join(dir, 'real', 'loop'));
  symlinkSync('nowhere.policy', join(dir, 'broken.policy'));
  const files = async (...args: string[]) =>
    (
      JSON.parse((await redline(['check', ...args, '--format', 'json'], { cwd: dir })).stdout) as {
        file: string;
      }[]
    ).map((r) => r.file);
  assert.deepEqual(await files(), ['other.policy', 'real/w.policy']);
  assert.deepEqual(await files('link.policy', 'real/w.policy', 'real'), ['real/w.policy']);
  assert.deepEqual(
    await files('link.policy'),
    ['link.policy'],
    'a link given alone is checked under its name',
  );
});

test('check: usage errors exit 2 with a one-line message', async () => {
  const unknownOption = await redline(['check', '--frobnicate']);
  assert.equal(unknownOption.code, 2);
  assert.match(unknownOption.stderr, /^redline: unknown option '--frobnicate'/);
  const badFormat = await redline(['check', '--format', 'xml']);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /^redline: option '-f, --format <name>' argument 'xml' is invalid/);
});

test('check: a byte-order mark is not part of the text', async () => {
  const dir = project({ 'bom.policy': `\uFEFF${WEAK}` });
  const { stdout } = await redline(['check', '--format', 'json'], { cwd: dir });
  const [report] = JSON.parse(stdout) as {
    diagnostics: { rule: string; range: { start: { line: number; character: number } } }[];
  }[];
  assert.deepEqual(report!.diagnostics.find((d) => d.rule === 'weak-modal')?.range.start, {
    line: 7,
    character: 15,
  });
});

test('check --stdin: the draft on standard input, under --stdin-filename, with its folder’s redline.json', async () => {
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'sub/redline.json': '{ "rules": { "weak-modal": "error" } }',
  });
  const draft = readFileSync(repoPath('examples', 'weak-modal.policy'), 'utf8');
  const named = await redline(['check', '--stdin', '--stdin-filename', 'sub/sop.policy', '-f', 'json'], {
    cwd: dir,
    stdin: draft,
  });
  const [report] = JSON.parse(named.stdout) as {
    file: string;
    diagnostics: { rule: string; severity: string }[];
  }[];
  assert.equal(report!.file, 'sub/sop.policy');
  assert.deepEqual(
    report!.diagnostics.map((d) => `${d.rule}:${d.severity}`),
    ['weak-modal:error'],
    "sub/redline.json's severity applies",
  );
  assert.equal(named.code, 1);
  const bare = await redline(['check', '--stdin'], { cwd: dir, stdin: draft });
  assert.match(bare.stdout, /^<stdin>$/m);
  assert.equal(bare.code, 0);
  const binary = await redline(['check', '--stdin'], { cwd: dir, stdin: 'a\0b' });
  assert.equal(binary.code, 2);
  assert.match(binary.stderr, /<stdin>: binary file/);
  for (const [argv, why] of [
    [['check', '--stdin', 'a.policy'], /give no paths/],
    [['check', '--stdin', '--fix'], /--fix cannot be used with --stdin/],
    [['check', '--stdin-filename', 'a.policy'], /--stdin-filename needs --stdin/],
  ] as const) {
    const run = await redline([...argv], { cwd: dir, stdin: draft });
    assert.equal(run.code, 2, argv.join(' '));
    assert.match(run.stderr, why);
  }
});
