import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRepo } from '../helpers.js';
import { redline, tempTree } from './run.js';

const MADISON = ['clauses/madison-sop-2017.policy', 'clauses/madison-sop-2025.policy'];
const VOCES = [
  'test/fixtures/compare/milwaukee-sop130-current.policy',
  'clauses/milwaukee-sop130-voces-proposal.policy',
];

test('compare: Markdown by default, exit 0 without --fail-on-weakened', async () => {
  const { code, stdout, stderr } = await redline(['compare', ...MADISON]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^### Redline compare: mixed/);
});

test('compare --fail-on-weakened: 1 when mixed and a safeguard got weaker, 0 when strengthened', async () => {
  assert.equal((await redline(['compare', ...MADISON, '--fail-on-weakened'])).code, 1);
  assert.equal((await redline(['compare', ...VOCES, '--fail-on-weakened'])).code, 0);
});

test('compare --format json', async () => {
  const { stdout } = await redline(['compare', ...VOCES, '--format', 'json']);
  const parsed = JSON.parse(stdout) as { verdict: string; files: { old: string; new: string } };
  assert.equal(parsed.verdict, 'strengthened');
  assert.deepEqual(parsed.files, { old: VOCES[0], new: VOCES[1] });
});

test('compare: OLD may be a git revision of a file, read relative to the repository root', async () => {
  const dir = tempTree({});
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Redline Test',
        '-c',
        'user.email=test@example.org',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      {
        cwd: dir,
        stdio: 'pipe',
      },
    );
  git('init', '-q');
  mkdirSync(join(dir, 'policies', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'sop.policy'), readRepo('clauses', 'madison-sop-2017.policy'));
  git('add', '.');
  git('commit', '-q', '-m', 'old');
  writeFileSync(join(dir, 'policies', 'sop.policy'), readRepo('clauses', 'madison-sop-2025.policy'));
  // Run from a subfolder: the revision's path is relative to the repository root, the file's to the cwd.
  const { code, stdout, stderr } = await redline(
    ['compare', 'HEAD:policies/sop.policy', '../sop.policy', '--format', 'json'],
    {
      cwd: join(dir, 'policies', 'sub'),
    },
  );
  assert.equal(code, 0, stderr);
  assert.equal((JSON.parse(stdout) as { verdict: string }).verdict, 'mixed');

  const bad = await redline(['compare', 'HEAD:policies/none.policy', '../sop.policy'], {
    cwd: join(dir, 'policies', 'sub'),
  });
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr.split('\n').filter(Boolean).length, 1);
  assert.match(bad.stderr, /^redline: cannot read 'HEAD:policies\/none\.policy' from git: /);
});

test('compare: a missing file is a one-line error with exit 2; so is a missing argument', async () => {
  const missing = await redline(['compare', 'nope.policy', MADISON[1]!]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'redline: nope.policy: no such file or folder\n');
  assert.equal((await redline(['compare', MADISON[0]!])).code, 2);
});
