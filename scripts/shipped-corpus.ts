/**
 * Writes server/library/shipped-corpus.json: the shipped `clauses/*.policy` files by path, so the
 * browser language server, which has no file system, bundles the clause library too. Run it after
 * changing clauses/ (`npx tsc -p tsconfig.json && node out/scripts/shipped-corpus.js`); a test
 * fails when the committed file is stale.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../server/library/node-files.js';

/** The corpus as the JSON file holds it: `clauses/NAME.policy` → text. */
export function shippedCorpus(root = findPackageRoot()): Record<string, string> {
  const folder = join(root, 'clauses');
  const corpus: Record<string, string> = {};
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.policy'))
    .sort())
    corpus[`clauses/${name}`] = readFileSync(join(folder, name), 'utf8');
  return corpus;
}

/** The JSON file's text. */
export const shippedCorpusJson = (root?: string): string =>
  `${JSON.stringify(shippedCorpus(root), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(findPackageRoot(), 'server', 'library', 'shipped-corpus.json'), shippedCorpusJson());
}
