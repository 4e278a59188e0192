// Runs every compiled `*.test.js` under out/test with Node's test runner (Node 20 has no globs).
// Usage: node scripts/run-tests.js [substring…] — only files whose path contains one of the substrings.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? find(path) : path.endsWith('.test.js') ? [path] : [];
  });
}

const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = find('out/test')
  .filter((f) => !f.includes(`${join('out', 'test', 'e2e')}`))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...flags, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
