/** Helpers for CLI tests: run `redline` in-process (or as a process), temp folders, golden files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { runCli } from '../../server/cli/main.js';
import { repoPath, root } from '../helpers.js';

/** What a run printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; colour off unless `env` forces it. */
export async function redline(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; tty?: boolean; stdin?: string } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: options.cwd ?? root,
    env: options.env ?? {},
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
  });
  return { code, stdout, stderr };
}

/** Runs `node bin/redline.js` as a child process (needs `node scripts/build.js` first). */
export function spawnRedline(argv: string[], cwd = root, env: Record<string, string> = {}): RunResult {
  const run = spawnSync(process.execPath, [repoPath('bin', 'redline.js'), ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Runs `node bin/redline.js` as a user whom file permissions stop: the test's own user, or `nobody`
 * through setpriv when the tests run as root (whom a mode of 000 does not stop). Undefined when that
 * cannot be done (root without setpriv, or Windows). The folders it reads must be open to others.
 */
export function spawnUnprivileged(argv: string[], cwd: string): RunResult | undefined {
  if (process.platform === 'win32') return undefined;
  if (process.getuid?.() !== 0) return spawnRedline(argv, cwd);
  if (!existsSync('/usr/bin/setpriv')) return undefined;
  const run = spawnSync(
    '/usr/bin/setpriv',
    [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      process.execPath,
      repoPath('bin', 'redline.js'),
      ...argv,
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', REDLINE_CODE_CACHE: 'off' },
    },
  );
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary folder with `files` written into it (removed after the test file). */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The golden draft, relative to the repository root (its redline.json sits next to it). */
export const DRAFT = 'test/fixtures/cli/draft.policy';

/** Replaces what changes between machines and releases with fixed placeholders. */
export const normalizeVersion = (text: string, version: string): string =>
  text.split(version).join('0.0.0-test');

/** Compares `actual` with test/cli/golden/NAME; `REDLINE_UPDATE_GOLDEN=1` rewrites the file instead. */
export function assertGolden(name: string, actual: string): void {
  const path = repoPath('test', 'cli', 'golden', name);
  if (process.env.REDLINE_UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.REDLINE_UPDATE_GOLDEN !== '1')
      assert.fail(`wrote missing golden file ${name}; review it and rerun`);
    return;
  }
  assert.equal(
    actual,
    readFileSync(path, 'utf8'),
    `output differs from golden file ${name} (REDLINE_UPDATE_GOLDEN=1 to accept)`,
  );
}

/** A small draft with one warning (weak-modal) and nothing else. */
export const WEAK_DRAFT = [
  'policy "Weak"',
  '',
  'define ECPD as agency "Example City Police Department".',
  'define Officer as member of ECPD.',
  'define Sergeant as member of ECPD.',
  '',
  'section 2 "Procedure"',
  '  2.1 Officers should notify a Sergeant before detaining any person.',
  '',
].join('\n');
