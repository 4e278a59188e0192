/**
 * The shared empty list (grammar/empty.ts) is not frozen, for speed: these tests check that
 * nothing adds to it, through the tree, the model, the rules, fixes, the printer, comparison and
 * the scorecard, over every policy of the repository.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EMPTY, parse } from '../../grammar/index.js';
import { print } from '../../grammar/printer.js';
import { analyze } from '../../server/analysis/analyze.js';
import { applyFixes } from '../../server/analysis/fixes.js';
import { compare } from '../../server/compare/compare.js';
import { scorecard } from '../../server/scorecard/index.js';
import { readRepo, repoPath } from '../helpers.js';

const policies = ['examples', 'clauses'].flatMap((dir) =>
  readdirSync(repoPath(dir))
    .filter((f) => f.endsWith('.policy'))
    .map((f) => readRepo(dir, f)),
);

describe('the shared empty list', () => {
  it('is what sentences without qualifiers and runs without names share', () => {
    const doc = parse('1.1 Officers shall act.\n1.2 Officers shall act.\n');
    const [a, b] = doc.clauses;
    assert.equal(a!.sentence.qualifiers, EMPTY);
    assert.equal(b!.sentence.qualifiers, EMPTY);
  });

  it('stays empty through everything Redline does with every policy of the repository', () => {
    assert.ok(policies.length > 10);
    for (const [i, text] of policies.entries()) {
      const analysis = analyze(text);
      print(analysis.doc);
      applyFixes(text, analysis.findings);
      scorecard(analysis);
      compare(text, policies[(i + 1) % policies.length]!);
      // Again from the previous version, as an editor re-checks a draft.
      analyze(`${text}\n`, { previous: analysis.doc });
      assert.equal(EMPTY.length, 0, `after policy ${i}`);
    }
  });
});
