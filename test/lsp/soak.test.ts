/**
 * Soak: thousands of random incremental edits over the connection, in bursts. After the last one
 * the server's diagnostics equal a fresh analyze() of the client's text (so incremental sync and
 * the analysis cache agree), and the heap does not keep growing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { analyze } from '../../server/analysis/analyze.js';
import { designExample } from '../helpers.js';
import { startClient } from './harness.js';

const EDITS = 2000;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ' should',
  ' shall not',
  ' may',
  ' Officers',
  ' ICE',
  ' §2.5',
  ' unless',
  ' when time permits',
  '.',
  ',',
  '\n  2.9 MPD may notify ICE',
  '\n',
  ' "judicial warrant"',
  ' routinely',
  'x',
];

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

describe('soak', () => {
  it(`survives ${EDITS} random incremental edits with diagnostics equal to a fresh analysis`, async (t) => {
    const seed = Number(process.env.REDLINE_SOAK_SEED ?? 20261122);
    t.diagnostic(`seed ${seed} (REDLINE_SOAK_SEED replays it)`);
    const next = random(seed);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const client = await startClient({ debounce: 5 });
    const uri = 'file:///soak/draft.policy';
    try {
      await client.open(uri, designExample());
      let warm = 0;
      let bursts = 0;
      const versions: number[] = [];
      for (let sent = 0; sent < EDITS; bursts++) {
        const size = 1 + Math.floor(next() * 40);
        let version = 0;
        for (let i = 0; i < size && sent < EDITS; i++, sent++) {
          const doc = client.documents.get(uri)!;
          const text = doc.getText();
          const at = Math.floor(next() * (text.length + 1));
          const remove = text.length > 4000 || next() < 0.4 ? Math.floor(next() * 12) : 0;
          const change: TextDocumentContentChangeEvent = {
            range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + remove)) },
            text: remove && next() < 0.5 ? '' : pick(PIECES),
          };
          version = await client.change(uri, [change]);
        }
        await client.diagnostics(uri, (p) => p.version === version);
        // Keep only what the test needs, so that the heap measures the server.
        versions.push(...client.published.map((p) => p.version!));
        if (sent < EDITS) client.published.length = 0;
        if (bursts === 10) warm = heap();
      }
      const text = client.documents.get(uri)!.getText();
      const final = client.published.filter((p) => p.uri === uri).at(-1)!;
      assert.equal(final.version, client.documents.get(uri)!.version);
      const shape = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.range, d.message]);
      assert.deepEqual(
        shape(final.diagnostics),
        analyze(text).findings.map((f) => [f.rule, f.range, f.message]),
      );
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        'never an older version after a newer one',
      );
      const grown = heap() - warm;
      t.diagnostic(
        `${bursts} bursts, ${versions.length} analyses published, heap grew ${(grown / 1e6).toFixed(1)} MB`,
      );
      // Without --expose-gc the heap still holds garbage, so the bound is looser.
      const limit = (globalThis as { gc?: unknown }).gc ? 16e6 : 64e6;
      assert.ok(grown < limit, `heap grew by ${(grown / 1e6).toFixed(1)} MB`);
    } finally {
      await client.dispose();
    }
  });
});
