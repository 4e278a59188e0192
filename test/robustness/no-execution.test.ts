/**
 * Nothing in a workspace or a draft is ever executed: configuration is data, and the shipped code
 * has no eval, no Function constructor and no require or import of a computed path.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { repoPath, root } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

it('the shipped code never evaluates text or loads a computed path', () => {
  const offences: string[] = [];
  for (const file of ['grammar', 'server', 'client'].flatMap((d) => sources(repoPath(d)))) {
    const text = readFileSync(file, 'utf8');
    const checks: [RegExp, string][] = [
      [/(?<![.\w])eval\s*\(/, 'eval'],
      [/\bnew\s+Function\s*\(/, 'new Function'],
      [/(?<![.\w])require\s*\(\s*[^'"`\s)]/, 'require of a computed path'],
      [/(?<![.\w])import\s*\(\s*[^'"`\s)]/, 'import() of a computed path'],
    ];
    for (const [re, what] of checks) if (re.test(text)) offences.push(`${relative(root, file)}: ${what}`);
  }
  assert.deepEqual(offences, []);
});

it('redline.json is parsed as JSON data, never loaded as a module', () => {
  const text = readFileSync(repoPath('server', 'analysis', 'config-files.ts'), 'utf8');
  assert.match(text, /JSON\.parse|parseConfig/);
  assert.doesNotMatch(text, /\bimport\s*\(|\brequire\s*\(/);
});
