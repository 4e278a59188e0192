import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { print } from '../../grammar/printer.js';
import { parse } from '../../grammar/index.js';
import { redline, tempTree } from './run.js';

const MESSY = [
  'policy "Procedure"',
  '',
  'define ECPD as agency "Example City Police Department".',
  '',
  'section 1 "Procedure"',
  "  1.1 ECPD shall provide its services to every person regardless of the person's immigration status and shall record every request.",
  '',
].join('\n');
const canonical = print(parse(MESSY));
const BROKEN = 'policy "Broken"\n\nsection 2 "Procedure"\n  2.1 Officers shall not.\n';

test('fmt: prints the canonical form; --check says which files are not formatted', async () => {
  assert.notEqual(canonical, MESSY, 'the fixture needs formatting');
  const dir = tempTree({ 'messy.policy': MESSY, 'tidy.policy': canonical });
  const printed = await redline(['fmt', 'messy.policy'], { cwd: dir });
  assert.deepEqual(printed, { code: 0, stdout: canonical, stderr: '' });
  const check = await redline(['fmt', '--check', 'messy.policy', 'tidy.policy'], { cwd: dir });
  assert.deepEqual(check, { code: 1, stdout: 'messy.policy: not formatted\n', stderr: '' });
  assert.equal((await redline(['fmt', '--check', 'tidy.policy'], { cwd: dir })).code, 0);
  assert.equal(readFileSync(join(dir, 'messy.policy'), 'utf8'), MESSY, '--check writes nothing');
});

test('fmt --write: rewrites in place, keeping CRLF line endings', async () => {
  const dir = tempTree({ 'messy.policy': MESSY.replace(/\n/g, '\r\n') });
  const { code, stdout } = await redline(['fmt', '--write', 'messy.policy'], { cwd: dir });
  assert.equal(code, 0);
  assert.equal(stdout, 'messy.policy: formatted\n');
  assert.equal(readFileSync(join(dir, 'messy.policy'), 'utf8'), canonical.replace(/\n/g, '\r\n'));
  assert.equal((await redline(['fmt', '--check', 'messy.policy'], { cwd: dir })).code, 0);
});

test('fmt: a file with syntax errors is not formatted; its first error is reported, exit 2', async () => {
  const dir = tempTree({ 'broken.policy': BROKEN, 'messy.policy': MESSY });
  const { code, stdout, stderr } = await redline(['fmt', '--write', 'broken.policy', 'messy.policy'], {
    cwd: dir,
  });
  assert.equal(code, 2);
  assert.match(stderr, /^broken\.policy:4:\d+ expected an action after 'not'/);
  assert.equal(readFileSync(join(dir, 'broken.policy'), 'utf8'), BROKEN);
  assert.equal(stdout, 'messy.policy: formatted\n', 'the other file is still formatted');
});

test('fmt: --write with --check, or no file, is a usage error', async () => {
  const dir = tempTree({ 'a.policy': MESSY });
  assert.equal((await redline(['fmt', '--write', '--check', 'a.policy'], { cwd: dir })).code, 2);
  const none = await redline(['fmt'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^redline: missing required argument 'files'/);
});

test('fmt: an empty or blank file is formatted as it is: empty', async () => {
  const dir = tempTree({ 'empty.policy': '', 'blank.policy': '\n  \n' });
  assert.deepEqual(await redline(['fmt', '--check', 'empty.policy'], { cwd: dir }), {
    code: 0,
    stdout: '',
    stderr: '',
  });
  assert.deepEqual(await redline(['fmt', 'empty.policy'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  await redline(['fmt', '--write', 'blank.policy'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'blank.policy'), 'utf8'), '');
});

test('fmt: honours the configured maxFileSize and --max-file-size, as check does; a bad redline.json holds nothing back', async () => {
  const big = MESSY + '// ' + 'x'.repeat(200) + '\n';
  const dir = tempTree({
    'small/redline.json': '{ "root": true, "maxFileSize": 100 }',
    'small/messy.policy': big,
    'large/redline.json': '{ "root": true, "maxFileSize": 6000000 }',
    'large/messy.policy': MESSY,
    'broken/redline.json': '{ "root": true, "maxFileSize": "lots" }',
    'broken/messy.policy': MESSY,
  });
  const configured = await redline(['fmt', '--check', 'small/messy.policy'], { cwd: dir });
  assert.equal(configured.code, 2);
  assert.match(configured.stderr, /^redline: small\/messy\.policy: too large \(\d+ bytes; the limit is 100/m);
  const flag = await redline(['fmt', '--check', '--max-file-size', '50', 'large/messy.policy'], { cwd: dir });
  assert.equal(flag.code, 2);
  assert.match(flag.stderr, /large\/messy\.policy: too large \(\d+ bytes; the limit is 50/);
  const lifted = await redline(['fmt', '--max-file-size', '100000', 'small/messy.policy'], { cwd: dir });
  assert.equal(lifted.code, 0, lifted.stderr);
  const broken = await redline(['fmt', '--check', 'broken/messy.policy'], { cwd: dir });
  assert.deepEqual(broken, { code: 1, stdout: 'broken/messy.policy: not formatted\n', stderr: '' });
});
