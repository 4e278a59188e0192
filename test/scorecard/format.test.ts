import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  csvField,
  mdCell,
  scorecardOfText,
  scorecardsToCsv,
  scorecardsToJson,
  scorecardToMarkdown,
} from '../../server/scorecard/index.js';
import { readRepo } from '../helpers.js';

const madison = scorecardOfText(readRepo('clauses', 'madison-sop-2025.policy'), {
  file: 'clauses/madison-sop-2025.policy',
});
const model = scorecardOfText(readRepo('clauses', 'model-safeguards.policy'), { file: 'odd, "name".policy' });

describe('scorecard formats', () => {
  it('CSV: a header of safeguard ids, one row per policy, fields quoted when needed', () => {
    const lines = scorecardsToCsv([madison, model]).trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[0], ['file', ...madison.safeguards.map((s) => s.id)].join(','));
    assert.ok(lines[1]!.startsWith('clauses/madison-sop-2025.policy,weak,weak,weak,'));
    assert.ok(lines[2]!.startsWith('"odd, ""name"".policy",present,'));
    assert.equal(lines[2]!.split(',present').length - 1, 11);
  });

  it('CSV fields: plain, comma, quote, line break', () => {
    assert.equal(csvField('a.policy'), 'a.policy');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "x"'), '"say ""x"""');
    assert.equal(csvField('a\nb'), '"a\nb"');
  });

  it('JSON: file, then each safeguard with id, title, status, clauses and reason', () => {
    const parsed = JSON.parse(scorecardsToJson([madison])) as {
      file: string;
      safeguards: Record<string, unknown>[];
    }[];
    assert.equal(parsed[0]!.file, 'clauses/madison-sop-2025.policy');
    assert.deepEqual(Object.keys(parsed[0]!.safeguards[0]!), ['id', 'title', 'status', 'clauses', 'reason']);
  });

  it('Markdown: a row per safeguard and a tally; pipes in text cannot break the table', () => {
    const md = scorecardToMarkdown(madison);
    assert.match(md, /^### Safeguard scorecard: clauses\/madison-sop-2025\.policy/);
    assert.match(md, /\| No 287\(g\) agreement \| present \| §2\.4 \| §2\.4 forbids it \|/);
    assert.match(md, /present 2 · weak 8 · missing 1 \(of 11\)/);
    assert.equal(mdCell('a | b\nc'), 'a \\| b c');
    assert.equal(mdCell('<img src=x> & more'), '&lt;img src=x&gt; &amp; more');
  });
});
