import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledCorpus, loadBundledLibrary } from '../../server/library/bundled.js';
import { shippedCorpus } from '../../scripts/shipped-corpus.js';
import { shippedLibrary } from './support.js';

describe('the bundled corpus (browser server)', () => {
  it('is the clauses/ folder as committed (regenerate: node out/scripts/shipped-corpus.js)', () => {
    assert.deepEqual(Object.keys(bundledCorpus), Object.keys(shippedCorpus()));
    for (const [path, text] of Object.entries(shippedCorpus()))
      assert.ok(
        bundledCorpus[path] === text,
        `${path} changed; run: npx tsc -p tsconfig.json && node out/scripts/shipped-corpus.js`,
      );
  });

  it('gives the same library as the files on disk, without a file system', async () => {
    const bundled = await loadBundledLibrary();
    const disk = await shippedLibrary();
    assert.deepEqual(bundled.problems, []);
    assert.equal(bundled.size, disk.size);
    const hit = bundled.search('detainer judicial warrant', { limit: 1 })[0]!;
    assert.equal(
      `${hit.entry.provenance.display} §${hit.entry.provenance.clause}`,
      'clauses/model-safeguards.policy §3.3',
    );
    const text = '  2.9 Officers shall not inquire';
    assert.deepEqual(
      bundled.complete(text, text.length).items.map((i) => i.label),
      disk.complete(text, text.length).items.map((i) => i.label),
    );
  });
});
