// Loads a CommonJS bundle through V8's code cache, so that a command line run does not compile
// the same 1.4 MB of JavaScript again each time: about a quarter of a short `redline check`.
//
// The cache is written once the bundle has loaded, so it also holds the functions that loading
// compiled, not only the bundle's top level. It sits next to the bundle (dist/.code-cache/), where only whoever
// can change the bundle can change it, never in a shared temporary directory. V8 checks that a
// cache belongs to this source, V8 version and flags, and rejects it otherwise; a rejected or
// missing cache is written anew. Nothing here may fail a run: without a cache, or where it cannot
// be written (a read-only install), the bundle loads as a plain require would.
//
// REDLINE_CODE_CACHE=off turns it off; REDLINE_CODE_CACHE_DIR puts it elsewhere.
'use strict';
const { createRequire } = require('node:module');
const { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const vm = require('node:vm');

/** The exports of the CommonJS file `file`, loaded through the code cache. */
function loadCached(file) {
  if (process.env.REDLINE_CODE_CACHE === 'off') return require(file);
  const source = readFileSync(file, 'utf8'); // throws ENOENT as require would: the caller reports it
  const directory = process.env.REDLINE_CODE_CACHE_DIR || join(dirname(file), '.code-cache');
  const cacheFile = join(directory, `${basename(file)}.${process.versions.v8}.${process.arch}`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet.
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const bundle = { exports: {}, filename: file, id: file, loaded: false };
  script
    .runInThisContext()
    .call(bundle.exports, bundle.exports, createRequire(file), bundle, file, dirname(file));
  bundle.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected === true) save(script, directory, cacheFile);
  return bundle.exports;
}

/**
 * Writes the cache of `script`: its top level and every function that has run so far. Called
 * before the caller changes any V8 flag, since V8 rejects a cache made under other flags.
 */
function save(script, directory, cacheFile) {
  // Written aside and renamed, so that a run never reads a cache another is still writing.
  const partial = `${cacheFile}.${process.pid}`;
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(partial, script.createCachedData());
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
