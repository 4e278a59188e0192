import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redline, tempTree } from './run.js';

test('library search: the top clauses with provenance and verdict, one block each', async () => {
  const { code, stdout, stderr } = await redline([
    'library',
    'search',
    'detainer judicial warrant',
    '--limit',
    '2',
  ]);
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  const blocks = stdout.trimEnd().split('\n\n');
  assert.equal(blocks.length, 2);
  assert.match(blocks[0]!, /^1\. clauses\/model-safeguards\.policy:\d+ §3\.3 \(score [\d.]+\)\n/);
  assert.match(
    blocks[0]!,
    /\n {3}Cooperation with Federal Immigration Enforcement · Model Policy \(Redline\)\n/,
  );
  assert.match(blocks[0]!, /\n {3}prohibition · judicial-warrant-gated · no findings\n/);
  assert.match(
    blocks[0]!,
    /\n {3}3\.3 The Department shall not hold any person in custody on an immigration\s+detainer/,
  );
  // Continuation lines stand under the clause text, whatever the corpus file's line breaks.
  assert.match(blocks[0]!, /\n {7}\S/);
  assert.match(blocks[1]!, /^2\. /);
});

test('library search --format json: provenance, verdict and score per clause', async () => {
  const { code, stdout } = await redline([
    'library',
    'search',
    'routinely',
    'inquire',
    '--format',
    'json',
    '-n',
    '3',
  ]);
  assert.equal(code, 0);
  const hits = JSON.parse(stdout) as Record<string, unknown>[];
  assert.ok(hits.length >= 2 && hits.length <= 3);
  const madison = hits.find((h) => h.file === 'clauses/madison-sop-2025.policy')!;
  assert.equal(madison.clause, '2.11');
  assert.equal(madison.agency, 'City of Madison Police Department');
  assert.equal(madison.effective, '2025-12-30');
  assert.equal(madison.force, 'prohibition');
  assert.deepEqual(madison.rules, ['loophole-qualifier']);
  assert.match(
    String(madison.text),
    /^Officers shall not routinely inquire into the immigration status of persons encountered/,
  );
});

test('library search: folders named in redline.json join the library; a bad file there is named and skipped', async () => {
  const dir = tempTree({
    'redline.json': JSON.stringify({ library: ['ours'] }),
    'ours/tattoos.policy':
      'policy "Ours"\n  agency: "Springfield Police Department"\n\n  1.1 Officers shall not photograph tattoos.\n',
    'ours/broken.policy': new Uint8Array([0x70, 0, 0, 0xff]),
  });
  const { code, stdout, stderr } = await redline(['library', 'search', 'tattoos', '--format', 'json'], {
    cwd: dir,
  });
  assert.equal(code, 0);
  assert.equal(
    stderr,
    'redline: ours/broken.policy: binary file (contains NUL bytes); left out of the library\n',
  );
  const [hit] = JSON.parse(stdout) as { file: string; title: string }[];
  assert.equal(hit!.title, 'Ours');
});

test('library search: no match, and no query', async () => {
  const none = await redline(['library', 'search', 'zeppelin']);
  assert.equal(none.code, 0);
  assert.equal(none.stdout, 'No clause in the library matches.\n');
  const empty = await redline(['library', 'search', ' ']);
  assert.equal(empty.code, 2);
  assert.equal(empty.stderr, 'redline: library search: give some words to search for\n');
});
