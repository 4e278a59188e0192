#!/usr/bin/env node
// The CLI is bundled by `npm run build` (run by `npm install`); this file only loads and runs it.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let cli;
try {
  cli = require('../dist/cli.cjs');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.cjs')) {
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
