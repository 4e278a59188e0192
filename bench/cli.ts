/**
 * The command lines as CI runs them: each tool started afresh on the 10,000-clause text, its
 * start-up, reading the file, checking and printing included. `npm run bench`'s other rows time the
 * tools warm, in one process; this row is what a pull request's check waits for. write-good's own
 * command line is left out: it prints every suggestion with its context, which takes it some forty
 * seconds on this text, and says nothing about its checking.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './root.js';
import { generatePolicy } from './generate.js';
import type { Row } from './run.js';
import { best, ms } from './timing.js';

/** The fastest of `runs` runs of `node args…`, in ms; it fails if the command cannot run at all. */
function bestRun(runs: number, args: string[]): number {
  return best(runs, () => {
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    // Both exit with 1 when they find problems, as they do here.
    if (run.status !== 0 && run.status !== 1)
      throw new Error(
        `node ${args.join(' ')} exited with ${run.status}: ${run.stderr.toString().slice(0, 400)}`,
      );
  });
}

export function cliRows(): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'));
  try {
    const text = generatePolicy(10_000, 2);
    const policy = join(dir, 'large.policy');
    const plain = join(dir, 'large.txt');
    writeFileSync(policy, text);
    writeFileSync(plain, text);
    const redline = bestRun(2, [join(root, 'bin', 'redline.js'), 'check', policy, '--format', 'json']);
    const textlint = bestRun(2, [
      join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'),
      '--no-textlintrc',
      '--rule',
      'write-good',
      plain,
    ]);
    return [
      { measure: '`redline check`, 10,000 clauses, a fresh process', value: ms(redline) },
      { measure: '`textlint --rule write-good`, same text, a fresh process', value: ms(textlint) },
      {
        measure: 'fresh processes: Redline vs textlint (time ratio)',
        value: `${(redline / textlint).toFixed(2)}×`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
