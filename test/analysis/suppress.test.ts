/**
 * Inline suppression, through `analyze` as the CLI and the editor see it: next-line and stretch
 * directives, a directive that silences nothing reported, and that report's configured severity.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/analysis/analyze.js';
import { resolveConfig } from '../../server/analysis/config.js';
import type { Severity } from '../../server/analysis/types.js';

/** `rule@line` for each finding (lines from 1), in the analysis's order. */
function found(text: string, unused?: Severity | 'off'): string[] {
  const config = resolveConfig(
    unused ? [{ file: 'redline.json', config: { rules: { 'unused-suppression': unused } } }] : [],
  );
  return analyze(text, { config }).findings.map((f) => `${f.rule}@${f.range.start.line + 1}`);
}

/** A header with the definitions the clauses use, so only the rules under test speak: three lines. */
const HEAD =
  'policy "P"\ndefine ECPD as agency "Example City Police Department".\ndefine Officer as member of ECPD.';

/** Clauses that differ (so no duplicate-clause) and have only a weak modal. */
const weak = (n: number) => `Officers should document contact number ${n} with a federal agency.`;

describe('inline suppression', () => {
  // Lines 1-3 are HEAD, line 4 is blank: directives and clauses start at line 5.
  it('silences a rule on the next line only', () => {
    const text = `${HEAD}\n\n// redline-disable-next-line weak-modal -- drafting note\n1.1 ${weak(1)}\n1.2 ${weak(2)}\n`;
    assert.deepEqual(found(text), ['weak-modal@7']);
  });

  it('silences a rule from disable to enable', () => {
    const text = [
      HEAD,
      '',
      '// redline-disable weak-modal',
      `1.1 ${weak(1)}`,
      `1.2 ${weak(2)}`,
      '// redline-enable weak-modal',
      `1.3 ${weak(3)}`,
      '',
    ].join('\n');
    assert.deepEqual(found(text), ['weak-modal@9']);
  });

  it('never silences a syntax error, and says so (probe round 15)', () => {
    const text = [
      HEAD,
      '',
      '// redline-disable syntax -- the draft is unfinished',
      '1.1 Officers shall not.',
      '// redline-enable syntax',
      '// redline-disable-next-line',
      '1.2 ECPD shall not.',
      '',
    ].join('\n');
    const { findings } = analyze(text);
    assert.deepEqual(
      findings.map((f) => `${f.rule}@${f.range.start.line + 1}`),
      ['unused-suppression@5', 'syntax@6', 'unused-suppression@8', 'syntax@9'],
    );
    assert.match(findings[0]!.message, /cannot silence syntax errors/);
    assert.match(findings[2]!.message, /^redline-disable-next-line suppresses nothing/);
  });

  it('reports an enable that ends no disable, and a directive not in lower case (probe round 15)', () => {
    const text = [
      HEAD,
      '',
      '// redline-disable weak-modal',
      `1.1 ${weak(1)}`,
      '// redline-enable weak-modal',
      '// redline-enable weak-modal',
      '// REDLINE-DISABLE-NEXT-LINE weak-modal',
      `1.2 ${weak(2)}`,
      '',
    ].join('\n');
    const { findings } = analyze(text);
    assert.deepEqual(
      findings.map((f) => `${f.rule}@${f.range.start.line + 1}`),
      ['unused-suppression@8', 'unused-suppression@9', 'weak-modal@10'],
    );
    assert.equal(
      findings[0]!.message,
      'redline-enable weak-modal ends no redline-disable before it; remove it',
    );
    assert.match(findings[1]!.message, /written in lower case: redline-disable-next-line$/);
  });

  it("ends one rule's stretch at its enable, leaving the others open; a mixed-case directive is reported (probe round 16)", () => {
    const text = [
      HEAD,
      '',
      '// redline-disable weak-modal, hedged-duty -- agreed',
      `1.1 ${weak(1)}`,
      '// redline-enable weak-modal',
      '1.2 Officers shall notify a Commander of each search where practicable.',
      '// redline-enable hedged-duty',
      '// Redline-disable-next-line weak-modal -- see redline-notes.md',
      `1.3 ${weak(3)}`,
      '',
    ].join('\n');
    assert.deepEqual(found(text), ['unused-suppression@10', 'weak-modal@11']);
  });

  it('leaves other rules alone', () => {
    const text = `${HEAD}\n\n// redline-disable-next-line hedged-duty -- not this one\n1.1 ${weak(1)}\n`;
    assert.deepEqual(found(text), ['unused-suppression@5', 'weak-modal@6']);
  });

  it('reports a directive that silences nothing, or names no rule Redline has', () => {
    const text = `${HEAD}\n\n// redline-disable-next-line weak-modal\n1.1 Officers shall document each contact.\n// redline-disable-next-line no-such-rule\n1.2 ${weak(2)}\n`;
    const { findings } = analyze(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.message]),
      [
        [
          'unused-suppression',
          'warning',
          'redline-disable-next-line weak-modal suppresses nothing; remove it',
        ],
        ['unused-suppression', 'warning', "redline-disable-next-line names unknown rule 'no-such-rule'"],
        ['weak-modal', 'warning', "'should' only recommends; if this is a duty, write 'shall'"],
      ],
    );
  });

  it('silences a rule on the line of a trailing disable-line, and nowhere else', () => {
    const text = `${HEAD}\n\n1.1 ${weak(1)} // redline-disable-line weak-modal -- quoted from the statute\n1.2 ${weak(2)}\n`;
    assert.deepEqual(found(text), ['weak-modal@6']);
  });

  it('reports a comment that is no directive, which silences nothing (probe round 9)', () => {
    // "redline-disable-lines" once read as "redline-disable" and silenced the rule to the end.
    const text = `${HEAD}\n\n1.1 ${weak(1)} // redline-disable-lines weak-modal\n1.2 ${weak(2)}\n// redline-ignore weak-modal\n1.3 ${weak(3)}\n`;
    const { findings } = analyze(text);
    assert.deepEqual(
      findings.map((f) => `${f.rule}@${f.range.start.line + 1}`),
      ['weak-modal@5', 'unused-suppression@5', 'weak-modal@6', 'unused-suppression@7', 'weak-modal@8'],
    );
    assert.match(findings[1]!.message, /'redline-disable-lines' is no directive/);
  });

  it('reports an unknown rule even when the directive silenced another', () => {
    const text = `${HEAD}\n\n// redline-disable-next-line weak-modal, weak-modals\n1.1 ${weak(1)}\n`;
    assert.deepEqual(found(text), ['unused-suppression@5']);
  });

  it('reports unused directives at the configured severity, or not at all when off', () => {
    const text = `${HEAD}\n\n// redline-disable-next-line weak-modal\n1.1 Officers shall document each contact.\n`;
    assert.deepEqual(found(text), ['unused-suppression@5']);
    assert.deepEqual(found(text, 'off'), []);
    const config = resolveConfig([
      { file: 'redline.json', config: { rules: { 'unused-suppression': 'error' } } },
    ]);
    assert.deepEqual(
      analyze(text, { config }).findings.map((f) => f.severity),
      ['error'],
    );
  });
});
