import assert from 'node:assert/strict';
import { test } from 'node:test';
import pkg from '../../package.json' with { type: 'json' };
import { commands, runCli } from '../../server/cli/main.js';
import { root } from '../helpers.js';
import { DRAFT, redline, spawnRedline } from './run.js';

test('main: --version and --help exit 0', async () => {
  assert.deepEqual(await redline(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  const help = await redline(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /check \[options\] \[paths\.\.\.\]/);
  assert.match(help.stdout, /fmt \[options\] <files\.\.\.>/);
  assert.ok(commands.length >= 2);
});

test('main: an unknown command is a usage error', async () => {
  const { code, stderr } = await redline(['chek']);
  assert.equal(code, 2);
  assert.match(stderr, /^redline: unknown command 'chek'/);
});

test('main: an unexpected exception is one line, exit 2; the stack only with REDLINE_DEBUG=1', async () => {
  const failing = (env: Record<string, string>) => {
    let stderr = '';
    const stdout = {
      write: (): boolean => {
        throw new Error('disk on fire');
      },
    };
    return runCli(['check', DRAFT], {
      cwd: root,
      env,
      stdout,
      stderr: { write: (t: string) => (stderr += t) },
    }).then((code) => ({ code, stderr }));
  };
  assert.deepEqual(await failing({}), { code: 2, stderr: 'redline: internal error: disk on fire\n' });
  const debug = await failing({ REDLINE_DEBUG: '1' });
  assert.match(debug.stderr, /^redline: internal error: disk on fire\nError: disk on fire\n\s+at /);
});

test('bin/redline.js runs the bundled CLI with the same exit codes', () => {
  const run = spawnRedline(['check', DRAFT, '--format', 'github']);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /^::error file=test\/fixtures\/cli\/draft\.policy,/m);
  assert.equal(spawnRedline(['check', '--format', 'nope']).code, 2);
});
