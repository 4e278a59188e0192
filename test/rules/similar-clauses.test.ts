import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse, type Clause } from '../../grammar/index.js';
import { clauseWords, nearDuplicates } from '../../server/rules/similar-clauses.js';

/** The earliest clause each clause nearly repeats, by comparing every pair. */
function bruteForce(clauses: Clause[]): [string, string][] {
  const out: [string, string][] = [];
  clauses.forEach((b, j) => {
    const wb = clauseWords(b);
    const first = clauses.slice(0, j).find((a) => {
      const wa = clauseWords(a);
      if (a.sentence.modal?.force !== b.sentence.modal?.force || wa.size === 0) return false;
      const shared = [...wa].filter((w) => wb.has(w)).length;
      return shared / (wa.size + wb.size - shared) >= 0.9;
    });
    if (first) out.push([b.number, first.number]);
  });
  return out;
}

const VOCABULARY =
  'notify ICE of release date home address person victim witness record custody judicial warrant court order request file report within hour day week'.split(
    ' ',
  );

/** Drafts in which many clauses copy an earlier one with a word added or dropped, near the 0.9 line. */
const drafts = fc
  .array(
    fc.record({
      modal: fc.constantFrom('shall', 'shall not', 'must not', 'may'),
      words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 20 }),
      copy: fc.boolean(),
      from: fc.nat(),
      add: fc.option(fc.constantFrom(...VOCABULARY)),
      drop: fc.boolean(),
    }),
    { minLength: 2, maxLength: 30 },
  )
  .map((raw) => {
    const out: { modal: string; words: string[] }[] = [];
    for (const r of raw) {
      const source = out.length ? out[r.from % out.length]! : undefined;
      if (!r.copy || !source) {
        out.push({ modal: r.modal, words: r.words });
        continue;
      }
      const words = [...source.words, ...(r.add ? [r.add] : [])];
      if (r.drop && words.length > 1) words.splice(r.from % words.length, 1);
      out.push({ modal: r.from % 3 ? source.modal : r.modal, words });
    }
    return out;
  });

describe('near-duplicate clauses', () => {
  it('the prefix-filtered join finds exactly what comparing every pair finds', () => {
    let positive = 0;
    fc.assert(
      fc.property(drafts, (draft) => {
        const text = draft.map((d, i) => `2.${i + 1} Officers ${d.modal} ${d.words.join(' ')}.`).join('\n');
        const doc = parse(text);
        const found = nearDuplicates(doc).map(([later, first]): [string, string] => [
          later.number,
          first.number,
        ]);
        assert.deepEqual(found, bruteForce(doc.clauses));
        if (found.length) positive++;
      }),
      { numRuns: 300 },
    );
    // The property says little unless many drafts do hold near-duplicates.
    assert.ok(positive > 100, `only ${positive} drafts with a near-duplicate`);
  });

  it('compares only a few candidate pairs per clause, not every pair', () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `9.${i + 1} Officers shall file form ${i} in drawer ${i * 7} of room ${i * 13}.`,
    );
    const doc = parse(lines.join('\n'));
    const stats = { verified: 0 };
    assert.equal(nearDuplicates(doc, stats).length, 0);
    // Comparing every pair would verify 12.5 million; the prefix filter leaves a handful per clause.
    assert.ok(stats.verified < 5 * lines.length, `verified ${stats.verified} pairs`);
  });

  it('still finds a repeat among thousands of clauses that share most of their words', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `9.${i + 1} Officers shall file form ${i} today.`);
    lines.push('9.9999 Officers shall file form 1234 today.');
    const doc = parse(lines.join('\n'));
    const pairs = nearDuplicates(doc).map(([later, first]) => [later.number, first.number]);
    assert.deepEqual(pairs, [['9.9999', '9.1235']]);
  });
});
