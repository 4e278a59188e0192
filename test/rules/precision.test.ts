import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/analysis/analyze.js';
import { designExample, readRepo } from '../helpers.js';

/** Clauses and definitions with a key each: the clause number (`8.1#2` for a repeated one) or `define NAME`. */
function itemsOf(doc: ReturnType<typeof analyze>['doc']) {
  const seen = new Map<string, number>();
  const clauses = doc.clauses.map((c) => {
    const n = (seen.get(c.number) ?? 0) + 1;
    seen.set(c.number, n);
    return { key: n > 1 ? `${c.number}#${n}` : c.number, offset: c.offset, end: c.end };
  });
  const definitions = doc.definitions.map((d) => ({
    key: `define ${d.name.text}`,
    offset: d.offset,
    end: d.end,
  }));
  return [...clauses, ...definitions].sort((a, b) => a.offset - b.offset);
}

/** The rules that fire within each clause or definition, by its key. */
function rulesByItem(text: string): Map<string, string[]> {
  const { doc, findings } = analyze(text);
  const items = itemsOf(doc);
  const out = new Map<string, string[]>();
  for (const f of findings) {
    const item = items.find((i) => f.offset >= i.offset && f.offset <= i.end);
    const key = item?.key ?? `line ${f.range.start.line + 1}`;
    out.set(key, [...new Set([...(out.get(key) ?? []), f.rule])].sort());
  }
  return out;
}

describe('precision corpus', () => {
  it('strong clauses produce no finding at all', () => {
    const { findings } = analyze(readRepo('test', 'fixtures', 'precision', 'strong.policy'));
    assert.deepEqual(
      findings.map((f) => `${f.range.start.line + 1}: ${f.rule}: ${f.message}`),
      [],
    );
  });

  it('each weak clause is flagged with exactly the rules its // expect: line names', () => {
    const text = readRepo('test', 'fixtures', 'precision', 'weak.policy');
    const { doc } = analyze(text);
    const expected = new Map<string, string[]>();
    const items = itemsOf(doc);
    for (const comment of doc.comments) {
      const m = /^\s*expect:\s*(.+)$/.exec(comment.text);
      if (!m) continue;
      const next = items.find((i) => i.offset > comment.offset);
      assert.ok(next, `expectation at line ${comment.range.start.line + 1} has no clause after it`);
      expected.set(
        next.key,
        m[1]!
          .split(/[\s,]+/)
          .filter(Boolean)
          .sort(),
      );
    }
    assert.ok(expected.size >= 40, `only ${expected.size} weak clauses`);
    assert.deepEqual(Object.fromEntries(rulesByItem(text)), Object.fromEntries(expected));
  });
});

describe('the DESIGN example', () => {
  it('gives exactly the findings DESIGN promises', () => {
    assert.deepEqual(Object.fromEntries(rulesByItem(designExample())), {
      'define judicial warrant': ['unused-definition'],
      '2.3': ['loophole-qualifier'],
      '2.4': ['hedged-duty', 'weak-modal'],
      '2.5': ['missing-judicial-warrant', 'subjective-standard'],
      '2.7': ['loophole-qualifier'],
    });
  });
});

describe('the shipped corpus and examples', () => {
  for (const file of [
    'clauses/madison-sop-2025.policy',
    'clauses/madison-sop-2017.policy',
    'clauses/milwaukee-sop130-voces-proposal.policy',
    'clauses/model-safeguards.policy',
  ]) {
    it(`${file} has no syntax finding`, () => {
      const { findings } = analyze(readRepo(file));
      assert.deepEqual(
        findings.filter((f) => f.rule === 'syntax').map((f) => f.message),
        [],
      );
    });
  }
  it('the model policy of safeguards has no finding at all', () => {
    const { findings } = analyze(readRepo('clauses', 'model-safeguards.policy'));
    assert.deepEqual(
      findings.map((f) => `${f.range.start.line + 1}: ${f.rule}: ${f.message}`),
      [],
    );
  });
});
