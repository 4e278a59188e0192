/**
 * `analyze`'s contract with rules: every rule reports through `context.report`, one function shared
 * by all rules and analyses, and each finding lands with its own rule, severity and analysis.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/analysis/analyze.js';
import { resolveConfig } from '../../server/analysis/config.js';
import type { Report, Rule } from '../../server/analysis/types.js';

const TEXT = `policy "P"

1.1 Officers shall document each request.
1.2 Officers shall report each request.
`;

/** A rule that reports the number of every clause, at the clause. */
function numbering(id: string, onCheck: (report: (r: Report) => void) => void = () => {}): Rule {
  return {
    meta: {
      id,
      pack: 'core',
      severity: 'warning',
      description: 'test rule',
      messages: { at: '{{id}} at §{{number}}' },
      fixable: false,
    },
    check({ doc, report }) {
      onCheck(report);
      for (const c of doc.clauses)
        report({ messageId: 'at', data: { id, number: c.number }, offset: c.offset, end: c.end, clause: c });
    },
  };
}

describe('analyze', () => {
  it('files each finding under the rule that reported it, at that rule’s severity', () => {
    const config = resolveConfig([{ file: 'redline.json', config: { rules: { second: 'error' } } }]);
    const { findings } = analyze(TEXT, { rules: [numbering('first'), numbering('second')], config });
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.message]),
      [
        ['first', 'warning', 'first at §1.1'],
        ['second', 'error', 'second at §1.1'],
        ['first', 'warning', 'first at §1.2'],
        ['second', 'error', 'second at §1.2'],
      ],
    );
  });

  it('keeps reporting to the right rule after one fails', () => {
    const failing: Rule = {
      ...numbering('failing'),
      check({ report, doc }) {
        report({
          messageId: 'at',
          data: { id: 'failing', number: '1.1' },
          offset: 0,
          end: 1,
          clause: doc.clauses[0],
        });
        throw new Error('boom');
      },
    };
    const { findings } = analyze(TEXT, { rules: [failing, numbering('after')] });
    assert.deepEqual(
      findings.map((f) => `${f.rule}: ${f.message}`),
      [
        'failing: failing at §1.1',
        'failing: internal error in rule failing: boom; please report it',
        'after: after at §1.1',
        'after: after at §1.2',
      ],
    );
  });

  it('keeps a nested analysis’s findings apart from the rule that ran it', () => {
    let inner: string[] = [];
    const nesting = numbering('outer', () => {
      inner = analyze('policy "Q"\n\n3.1 Officers shall act.\n', {
        rules: [numbering('inner')],
      }).findings.map((f) => f.message);
    });
    const { findings } = analyze(TEXT, { rules: [nesting] });
    assert.deepEqual(inner, ['inner at §3.1']);
    assert.deepEqual(
      findings.map((f) => f.message),
      ['outer at §1.1', 'outer at §1.2'],
    );
  });

  it('refuses a finding reported after the rule’s check returned', () => {
    let kept: ((r: Report) => void) | undefined;
    analyze(TEXT, { rules: [numbering('keeper', (report) => (kept = report))] });
    assert.ok(kept);
    assert.throws(
      () => kept!({ messageId: 'at', offset: 0, end: 1 }),
      /a rule reported a finding after its check returned/,
    );
  });

  it('files a syntax error after a clause’s full stop under that clause, and not past a section', () => {
    const text = `policy "P"

section 1 "Recording"
  1.1 Officers may mute the audio during planning.  ]]
  1.2 Officers shall tag each recording. Officers shall upload each recording.
  1.3 Officers shall tag each recording.
  Officers shall document any failure to record.
section 2 "Release
  2.1 The Chief shall release recordings within 45 days.
`;
    const syntax = analyze(text, { rules: [] }).findings.filter((f) => f.rule === 'syntax');
    const lineOf = (f: { range: { start: { line: number } } }) =>
      text.split('\n')[f.range.start.line]!.trim();
    assert.deepEqual(
      syntax.map((f) => [f.clause, lineOf(f).slice(0, 12)]),
      [
        ['1.1', '1.1 Officers'],
        ['1.2', '1.2 Officers'],
        ['1.3', 'Officers sha'],
        [null, 'section 2 "R'],
      ],
    );
  });
});
