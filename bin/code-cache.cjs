// Loads a CommonJS bundle through V8's code cache, so that a command line run does not compile
// the same 1.4 MB of JavaScript again each time: about a tenth of a short `redline check`.
//
// The cache is written once the bundle has loaded, so it also holds the functions that loading
// compiled, not only the bundle's top level. It sits next to the bundle (dist/.code-cache/), where
// only whoever can change the bundle can change it, never in a shared temporary directory. V8
// rejects a cache made by another V8 version, under other flags or for a source of another length;
// a digest of the source, stored with the cache, rules out another source of the same length. A
// rejected or missing cache is written anew. Nothing here may fail a run: without a cache, or where
// it cannot be written (a read-only install), the bundle loads as a plain require would.
//
// REDLINE_CODE_CACHE=off turns it off; REDLINE_CODE_CACHE_DIR puts it elsewhere.
'use strict';
const { Buffer } = require('node:buffer');
const { createHash } = require('node:crypto');
const { createRequire } = require('node:module');
const { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const vm = require('node:vm');

/** The exports of the CommonJS file `file`, loaded through the code cache unless `cache` is false. */
function loadCached(file, { cache = true } = {}) {
  if (!cache || process.env.REDLINE_CODE_CACHE === 'off') return require(file);
  const source = readFileSync(file, 'utf8'); // throws ENOENT as require would: the caller reports it
  const directory = process.env.REDLINE_CODE_CACHE_DIR || join(dirname(file), '.code-cache');
  const cacheFile = join(directory, `${basename(file)}.${process.versions.v8}.${process.arch}`);
  // V8 checks a cache against the source's length only: a rebuilt bundle of the same length would
  // run the old one's code. So the cache starts with a digest of the source it was made from.
  const digest = createHash('sha256').update(source).digest();
  let cachedData;
  try {
    const stored = readFileSync(cacheFile);
    if (stored.subarray(0, digest.length).equals(digest)) cachedData = stored.subarray(digest.length);
  } catch {
    // No cache yet.
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  // esbuild's CommonJS bundles set `module.exports` and read nothing else of `module`.
  const bundle = { exports: {} };
  script
    .runInThisContext()
    .call(bundle.exports, bundle.exports, createRequire(file), bundle, file, dirname(file));
  if (cachedData === undefined || script.cachedDataRejected === true)
    save(Buffer.concat([digest, script.createCachedData()]), directory, cacheFile);
  return bundle.exports;
}

/**
 * Writes a cache: the source's digest, then V8's data for the script's top level and every function
 * that has run so far. Made before the caller changes any V8 flag, since V8 rejects a cache made
 * under other flags.
 */
function save(data, directory, cacheFile) {
  // Written aside and renamed, so that a run never reads a cache another is still writing.
  const partial = `${cacheFile}.${process.pid}`;
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(partial, data);
    renameSync(partial, cacheFile);
  } catch {
    // A read-only install, a full disk: the next run compiles again, as without a cache.
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

module.exports = { loadCached };
