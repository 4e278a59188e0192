import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../grammar/index.js';
import { analyze } from '../../server/analysis/analyze.js';
import { redline, tempTree } from '../cli/run.js';

const HEADER = 'policy "P"\ndefine MPD as agency.\ndefine ICE as immigration authority.\n';

describe('bad input', () => {
  it('an empty file is a policy with nothing in it', async () => {
    assert.deepEqual(analyze('').findings, []);
    const dir = tempTree({ 'empty.policy': '' });
    const run = await redline(['check', '.'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
  });

  it('a 50 MB file is refused with a message that names it, and the other files are still checked', async () => {
    const dir = tempTree({
      'huge.policy': new Uint8Array(50 * 1024 * 1024).fill(0x61),
      'small.policy': `${HEADER}2.1 MPD should notify ICE only if a judicial warrant is presented.\n`,
    });
    const run = await redline(['check', '.', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /^redline: huge\.policy: too large \(52,428,800 bytes; the limit is 5,000,000, see maxFileSize\)$/m,
    );
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string | null }[] }[];
    // The refused file is an entry with one fatal diagnostic (rule null), as in ESLint's json format.
    assert.deepEqual(
      reports.map((r) => [r.file, r.diagnostics.map((d) => d.rule)]),
      [
        ['small.policy', ['weak-modal']],
        ['huge.policy', [null]],
      ],
    );
  });

  it('a single 1 MB line gives one clear finding, not a crash', () => {
    const line = `2.1 MPD shall not share ${'information '.repeat(90_000)}with ICE`;
    const { findings } = analyze(`${HEADER}${line}\n2.2 MPD should act.\n`);
    assert.ok(
      findings.some((f) => f.rule === 'syntax' && /expected '\.' to end clause 2\.1/.test(f.message)),
    );
    assert.ok(findings.some((f) => f.rule === 'weak-modal' && f.clause === '2.2'));
  });

  it('a qualifier list of 5,000 items and 5,000 chained qualifiers are checked', () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) => `    ${i + 1}. the individual is arrested for offense ${i + 1};`,
    ).join('\n');
    const list = analyze(`${HEADER}2.1 MPD may notify ICE only if any of:\n${items.replace(/;$/, '.')}\n`);
    assert.deepEqual(list.doc.errors, []);
    assert.equal(list.doc.clauses[0]!.sentence.qualifiers[0]!.list!.items.length, 5000);
    assert.ok(list.findings.some((f) => f.rule === 'missing-judicial-warrant'));
    const chain = Array.from({ length: 5000 }, (_, i) => `unless condition ${i} holds`).join(' ');
    const chained = analyze(`${HEADER}2.1 MPD shall not notify ICE ${chain}.\n`);
    assert.deepEqual(chained.doc.errors, []);
    assert.equal(chained.doc.clauses[0]!.sentence.qualifiers.length, 5000);
  });

  it('text that is not a policy at all (a pasted e-mail, a binary blob) never throws', () => {
    const blob = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536));
    for (const text of [
      blob,
      'From: chief@example.org\nSubject: SOP\n\nSee attached.',
      '\uFEFF\uFEFF\uFEFF',
      '\r\r\r\n\n',
    ]) {
      assert.doesNotThrow(() => analyze(text));
      assert.doesNotThrow(() => parse(text));
    }
  });
});
