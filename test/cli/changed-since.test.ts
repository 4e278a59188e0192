import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDiff } from '../../server/cli/changed-lines.js';
import { redline, tempTree } from './run.js';

const HEAD = [
  'policy "Procedure"',
  '',
  'define ECPD as agency "Example City Police Department".',
  'define Officer as member of ECPD.',
  'define Sergeant as member of ECPD.',
  '',
  'section 2 "Procedure"',
  '  2.1 Officers should notify a Sergeant before detaining any person.',
  '  2.2 Officers shall record every detention.',
];

function git(dir: string, ...args: string[]): void {
  execFileSync(
    'git',
    [
      '-c',
      'user.name=Redline Test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
}

/** A repository with one committed draft, then edited: clause 2.3 added (with a weak modal). */
function repository(): string {
  const dir = tempTree({
    'redline.json': '{ "root": true }',
    'sop.policy': `${HEAD.join('\n')}\n`,
    'unchanged.policy': `${HEAD.join('\n')}\n`,
  });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first draft');
  writeFileSync(
    join(dir, 'sop.policy'),
    `${[...HEAD, '  2.3 Officers should inform a Sergeant of every request.'].join('\n')}\n`,
  );
  return dir;
}

const lines = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { rule: string; range: { start: { line: number } } }[] }[]).flatMap(
    (r) => r.diagnostics.map((d) => `${d.rule}@${d.range.start.line + 1}`),
  );

test('--changed-since: only findings on lines changed since the ref; untracked files count whole', async () => {
  const dir = repository();
  const all = await redline(['check', '--format', 'json'], { cwd: dir });
  assert.deepEqual(lines(all.stdout), ['weak-modal@8', 'weak-modal@10', 'weak-modal@8']);
  const changed = await redline(['check', '--format', 'json', '--changed-since', 'HEAD'], { cwd: dir });
  assert.deepEqual(lines(changed.stdout), ['weak-modal@10']);
  writeFileSync(join(dir, 'new.policy'), `${HEAD.join('\n')}\n`);
  const untracked = await redline(['check', 'new.policy', '--format', 'json', '--changed-since', 'HEAD'], {
    cwd: dir,
  });
  assert.deepEqual(lines(untracked.stdout), ['weak-modal@8']);
});

test('--changed-since: a bad ref or a folder outside git is exit 2 with one line', async () => {
  const dir = repository();
  const badRef = await redline(['check', '--changed-since', 'no-such-branch'], { cwd: dir });
  assert.equal(badRef.code, 2);
  assert.equal(badRef.stderr, "redline: --changed-since: unknown git ref 'no-such-branch'\n");
  const outside = tempTree({ 'redline.json': '{ "root": true }', 'a.policy': `${HEAD.join('\n')}\n` });
  const noRepo = await redline(['check', '--changed-since', 'HEAD'], { cwd: outside });
  assert.equal(noRepo.code, 2);
  assert.equal(noRepo.stderr, 'redline: --changed-since: . is not in a git repository\n');
});

test('--changed-since: the diff prefixes of the git config (mnemonicPrefix, noprefix) change nothing', async () => {
  const mnemonic = repository();
  git(mnemonic, 'config', 'diff.mnemonicPrefix', 'true');
  const withMnemonic = await redline(['check', 'sop.policy', '--format', 'json', '--changed-since', 'HEAD'], {
    cwd: mnemonic,
  });
  assert.deepEqual(lines(withMnemonic.stdout), ['weak-modal@10']);
  // With diff.noprefix a folder named b/ at the top of the repository looked like git's own prefix.
  const noprefix = tempTree({ 'redline.json': '{ "root": true }', 'b/sop.policy': `${HEAD.join('\n')}\n` });
  git(noprefix, 'init', '-q');
  git(noprefix, 'add', '.');
  git(noprefix, 'commit', '-q', '-m', 'first draft');
  git(noprefix, 'config', 'diff.noprefix', 'true');
  git(noprefix, 'config', 'color.diff', 'always');
  writeFileSync(
    join(noprefix, 'b', 'sop.policy'),
    `${[...HEAD, '  2.3 Officers should inform a Sergeant of every request.'].join('\n')}\n`,
  );
  const withNoprefix = await redline(['check', 'b', '--format', 'json', '--changed-since', 'HEAD'], {
    cwd: noprefix,
  });
  assert.deepEqual(lines(withNoprefix.stdout), ['weak-modal@10']);
});

test('--changed-since with an empty ref (an unset $BASE_SHA) is a usage error, not a full check', async () => {
  const dir = repository();
  for (const ref of ['', ' ']) {
    const empty = await redline(['check', '--changed-since', ref], { cwd: dir });
    assert.equal(empty.code, 2);
    assert.equal(empty.stdout, '');
    assert.equal(
      empty.stderr,
      'redline: --changed-since: the git ref is empty (is the variable that should hold it unset?)\n',
    );
  }
});

test('parseDiff: added and changed lines from hunk headers, pure deletions mark their neighbours', () => {
  const diff = [
    'diff --git a/x.policy b/x.policy',
    '--- a/x.policy',
    '+++ b/x.policy',
    '@@ -3 +3 @@',
    '@@ -10,0 +11,2 @@ section 2',
    '@@ -20,3 +22,0 @@',
    'diff --git a/gone.policy b/gone.policy',
    '+++ /dev/null',
    '@@ -1,4 +0,0 @@',
    '+++ "b/caf\\303\\251 \\"q\\".policy"',
    '@@ -1 +1,2 @@',
  ].join('\n');
  const parsed = parseDiff(diff);
  assert.deepEqual(
    [...parsed.get('x.policy')!].sort((a, b) => a - b),
    [3, 11, 12, 22, 23],
  );
  assert.equal(parsed.has('gone.policy'), false);
  assert.deepEqual([...parsed.get('café "q".policy')!], [1, 2]);
});
