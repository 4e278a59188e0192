#!/usr/bin/env node
// The CLI is bundled by `npm run build` (run by `npm install`); this file only loads it.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
try {
  require('../dist/cli.cjs');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.cjs')) {
    process.stderr.write('redline: the CLI is not built; run `npm install` (or `npm run build`) first\n');
    process.exit(2);
  }
  throw error;
}
