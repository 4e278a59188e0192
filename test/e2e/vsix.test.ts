/**
 * The packaged extension: `npm run package` (scripts/e2e.sh runs it first) must write a .vsix under
 * 2 MB that ships the bundles and assets the extension reads, and no sources, maps or node_modules.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readRepo, repoPath } from '../helpers.js';
import { zipEntries } from './zip-entries.js';

const manifest = JSON.parse(readRepo('package.json')) as { version: string; main: string; browser: string };
const vsix = repoPath(`redline-${manifest.version}.vsix`);

describe(`redline-${manifest.version}.vsix`, () => {
  it('exists (run npm run package first)', () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package`);
  });

  const entries = existsSync(vsix) ? zipEntries(vsix) : [];
  const files = entries.map((e) => e.name).filter((n) => n.startsWith('extension/'));
  const shipped = (path: string) => files.includes(`extension/${path}`);

  it('is under 2 MB', () => {
    const size = statSync(vsix).size;
    assert.ok(size < 2 * 1024 * 1024, `${size} bytes`);
  });

  it('holds no node_modules, TypeScript sources, source maps or tests', () => {
    const bad = files.filter((n) =>
      /(^|\/)node_modules\/|\.ts$|\.map$|^extension\/(test|out|client|server|grammar)\//.test(n),
    );
    assert.deepEqual(bad, []);
  });

  it('ships the client and server bundles the manifest and the client name', () => {
    for (const path of [manifest.main, manifest.browser, './dist/server.cjs', './dist/browser-server.js'])
      assert.ok(shipped(path.replace(/^\.\//, '')), `${path} is not in the package`);
    const bundles = files.filter((n) => n.startsWith('extension/dist/'));
    assert.ok(
      bundles.every((n) => /\.(c?js)$/.test(n)),
      bundles.join(', '),
    );
    assert.ok(!shipped('dist/cli.cjs'), 'the CLI bundle is not needed by the extension');
    // Bundles the server loads at run time (its worker thread) ship too.
    for (const name of readdirSync(repoPath('dist')).filter((n) => /\.c?js$/.test(n) && n !== 'cli.cjs'))
      assert.ok(shipped(`dist/${name}`), `dist/${name} is not in the package`);
  });

  it('ships the assets read at run time: grammar, language configuration, snippets, schema, every library clause file', () => {
    for (const path of [
      'package.json',
      'LICENSE.txt',
      'syntaxes/policy.tmLanguage.json',
      'language-configuration.json',
      'snippets/policy.json',
      'schemas/redline.schema.json',
    ])
      assert.ok(shipped(path), `${path} is not in the package`);
    for (const name of readdirSync(repoPath('clauses')).filter((n) => n.endsWith('.policy')))
      assert.ok(shipped(`clauses/${name}`), `clauses/${name} is not in the package`);
  });
});
