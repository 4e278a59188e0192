import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyze } from '../../server/analysis/analyze.js';
import { readRepo, repoPath } from '../helpers.js';
import { asExpectation, expectationsOf, render } from './fixture-harness.js';

describe('fixture drafts with inline expectations', () => {
  for (const file of readdirSync(repoPath('test', 'fixtures', 'rules')).filter((f) =>
    f.endsWith('.policy'),
  )) {
    it(file, () => {
      const text = readRepo('test', 'fixtures', 'rules', file);
      const expected = expectationsOf(text);
      assert.ok(expected.length > 0, 'a fixture must expect at least one finding');
      const actual = analyze(text).findings.map((f) => asExpectation(f, text));
      assert.deepEqual(render(actual), render(expected));
    });
  }
});
