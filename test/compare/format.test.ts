import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare, comparisonToJson, comparisonToMarkdown } from '../../server/compare/index.js';
import { readRepo } from '../helpers.js';

const c = compare(
  readRepo('clauses', 'madison-sop-2017.policy'),
  readRepo('clauses', 'madison-sop-2025.policy'),
);
const labels = { old: 'main:clauses/madison-sop-2025.policy', new: 'clauses/madison-sop-2025.policy' };

describe('compare output', () => {
  it('Markdown: a heading with the verdict, a table of changes with plain markers, safeguards side by side', () => {
    const md = comparisonToMarkdown(c, labels);
    assert.match(md, /^### Redline compare: mixed\n/);
    assert.match(md, /`main:clauses\/madison-sop-2025\.policy` → `clauses\/madison-sop-2025\.policy`/);
    assert.match(md, /\| Clause \| Change \| Reasons \|/);
    assert.match(
      md,
      /\| §2\.12 \| \[-\] weakened \| the loophole 'in the normal course of business' added \(weakens\) \|/,
    );
    assert.match(md, /\| §2\.5 \(was §3\.1\) \| \[-\] weakened \|/);
    assert.match(md, /\| §2\.8 \| \[\+\/-\] weakened \| .*<br>/);
    assert.match(md, /\| No 287\(g\) agreement \| missing \| present \| yes, stronger \|/);
    assert.match(md, /\| No inquiry into immigration status \| weak \| weak \| no \|/);
    // No emoji: every character is in the Basic Multilingual Plane and none is a pictograph.
    assert.doesNotMatch(md, /\p{Extended_Pictographic}/u);
  });

  it('JSON: verdict, the files, changes with clause, kind and reasons, safeguards and both scorecards', () => {
    const parsed = JSON.parse(comparisonToJson(c, labels)) as Record<string, unknown> & {
      changes: Record<string, unknown>[];
    };
    assert.deepEqual(Object.keys(parsed), ['verdict', 'files', 'changes', 'safeguards', 'scorecards']);
    assert.equal(parsed.verdict, 'mixed');
    for (const change of parsed.changes)
      for (const key of ['clause', 'kind', 'reasons']) assert.ok(key in change, key);
    assert.deepEqual(Object.keys(parsed.scorecards as object), ['old', 'new']);
  });
});
