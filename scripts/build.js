// Bundles the four entry points with esbuild: the VS Code client, the node and browser language
// servers, and the CLI. Node bundles are CommonJS (.cjs) because VS Code loads extensions with require.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: !production,
  // Always without blanks and with shorter syntax: a 2 MB bundle is read and pre-parsed at every
  // start of the CLI and the server, and halving it saves a tenth of `redline check`'s start-up.
  // Names are kept (for readable stack traces) unless this is the production build.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: production,
  logLevel: 'warning',
  // Source is ESM and uses import.meta.url to find shipped assets; in a CJS bundle we derive it.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  {
    entryPoints: ['client/extension.ts'],
    outfile: 'dist/client.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  { entryPoints: ['server/lsp/main-node.ts'], outfile: 'dist/server.cjs', platform: 'node', format: 'cjs' },
  // The language server's analysis worker threads, next to whichever bundle starts them (server.cjs, cli.cjs).
  {
    entryPoints: ['server/lsp/engine-worker.ts'],
    outfile: 'dist/engine-worker.cjs',
    platform: 'node',
    format: 'cjs',
  },
  { entryPoints: ['server/cli/main.ts'], outfile: 'dist/cli.cjs', platform: 'node', format: 'cjs' },
  {
    entryPoints: ['server/lsp/main-browser.ts'],
    outfile: 'dist/browser-server.js',
    platform: 'browser',
    format: 'iife',
    define: { 'import.meta.url': '"file:///redline/dist/browser-server.js"' },
    banner: {},
  },
  {
    entryPoints: ['client/extension-browser.ts'],
    outfile: 'dist/browser-client.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    define: { 'import.meta.url': '"file:///redline/dist/browser-client.js"' },
    banner: {},
  },
];

const present = entries.filter((entry) => existsSync(entry.entryPoints[0]));
await Promise.all(present.map((entry) => build({ ...common, ...entry })));
