#!/usr/bin/env node
// The CLI is bundled by `npm run build` (run by `npm install`); this file only loads and runs it,
// through V8's code cache (code-cache.cjs).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const { loadCached } = createRequire(import.meta.url)('./code-cache.cjs');
const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.cjs');
// REDLINE_DEBUG=1 prints an internal error's stack. It should name the TypeScript sources, not the
// minified bundle: so source maps are on, and the bundle is loaded by require, which reads them.
const debug = process.env.REDLINE_DEBUG === '1';
if (debug) process.setSourceMapsEnabled(true);
let cli;
try {
  // Before any V8 flag is set (applyV8Settings): the cache is only valid under the flags it was made with.
  cli = loadCached(bundle, { cache: !debug });
} catch (error) {
  const missing =
    (error?.code === 'ENOENT' && error.path === bundle) ||
    (error?.code === 'MODULE_NOT_FOUND' && String(error.message).includes(bundle));
  if (missing) {
    process.stderr.write('redline: the CLI is not built; run `npm install` (or `npm run build`) first\n');
    process.exit(2);
  }
  throw error;
}
// `redline check | head` closes our stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
cli.applyV8Settings();
process.exitCode = await cli.runCli(process.argv.slice(2));
