import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse, type PolicyDocument } from '../../grammar/index.js';
import { analyze } from '../../server/analysis/analyze.js';
import { designExample, readRepo } from '../helpers.js';

const RUNS = Number(process.env.REDLINE_FUZZ_RUNS ?? 40);
const SEED = process.env.REDLINE_FUZZ_RUNS ? {} : { seed: 20261204 };

const SEEDS = [designExample(), readRepo('clauses', 'madison-sop-2025.policy')];

/** Edits as an editor sends them: small, anywhere, some of them structural. */
const PIECES = [
  ' ',
  '\n',
  '\r\n',
  '.',
  'x',
  '"',
  '§',
  '2.9 ',
  '\n2.9 Officers may detain.',
  '\ndefine ',
  '\nsection 7 "S"\n',
  '\nnote: ',
  '\n  a. ',
  'only if any of:',
  ' unless a judicial warrant is presented',
  '// redline-disable-next-line weak-modal',
  '8 CFR\n',
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 30 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** A deep copy of a document's tree, to check later that nothing changed it. */
const snapshot = (doc: PolicyDocument) => JSON.parse(JSON.stringify({ ...doc, lines: undefined })) as unknown;

describe('incremental parsing', () => {
  it('gives, after any series of edits, exactly the tree of a fresh parse', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (seed, edits) => {
          let text = seed;
          let doc = parse(text);
          for (const e of edits) {
            const before = snapshot(doc);
            text = apply(text, e);
            const next = parse(text, doc);
            assert.deepStrictEqual(next, parse(text));
            // The previous version is left as it was: its nodes are shared, never changed.
            assert.deepStrictEqual(snapshot(doc), before);
            doc = next;
          }
        },
      ),
      { numRuns: RUNS, ...SEED },
    );
  });

  it('reuses the items an edit does not touch, and moves those after it', () => {
    const text = designExample();
    const doc = parse(text);
    const at = text.indexOf('Officers should obtain approval');
    const edited = text.slice(0, at) + 'All ' + text.slice(at);
    const next = parse(edited, doc);
    const clause = (d: PolicyDocument, n: string) => d.clauses.find((c) => c.number === n)!;
    // Before the edit: the very same nodes.
    assert.equal(clause(next, '2.3').sentence, clause(doc, '2.3').sentence);
    // The edited clause: parsed again.
    assert.equal(clause(next, '2.4').sentence.subject?.text, 'All Officers');
    // After it: copies, four characters further on, on the same lines.
    const moved = clause(next, '2.5');
    assert.notEqual(moved.sentence, clause(doc, '2.5').sentence);
    assert.equal(moved.offset, clause(doc, '2.5').offset + 4);
    assert.deepEqual(moved.range, clause(doc, '2.5').range);
    assert.deepStrictEqual(next, parse(edited));
  });

  it('moves the lines of later items when an edit adds a line', () => {
    const text = designExample();
    const doc = parse(text);
    const at = text.indexOf('  2.4 ');
    const edited = text.slice(0, at) + '  2.35 Officers shall not detain anyone.\n' + text.slice(at);
    const next = parse(edited, doc);
    const before = doc.clauses.find((c) => c.number === '2.6')!;
    const after = next.clauses.find((c) => c.number === '2.6')!;
    assert.equal(after.range.start.line, before.range.start.line + 1);
    assert.equal(after.range.start.character, before.range.start.character);
    assert.deepStrictEqual(next, parse(edited));
  });

  it('parses again an item whose error names the next item when that one changes', () => {
    const text = 'section 2 "P"\n  2.1 Officers shall\n  2.2 MPD may detain.\n';
    const broken = 'define Officer\n  2.1 Officers shall not detain.\n';
    const doc = parse(broken);
    assert.match(doc.errors[0]!.message, /found '2\.1'/);
    const renumbered = broken.replace('2.1', '3.1');
    const next = parse(renumbered, doc);
    assert.match(next.errors[0]!.message, /found '3\.1'/);
    assert.deepStrictEqual(next, parse(renumbered));
    assert.deepStrictEqual(parse(text, parse(text)), parse(text));
  });

  it('gives the same findings as a fresh analysis, without changing the earlier tree', () => {
    const text = readRepo('clauses', 'madison-sop-2025.policy');
    const previous = analyze(text).doc;
    deepFreeze(previous);
    const at = text.indexOf('shall', text.length / 2);
    const edited = text.slice(0, at) + 'should' + text.slice(at + 'shall'.length);
    // A rule that wrote into a reused node would throw on the frozen tree, which analyze reports.
    const incremental = analyze(edited, { previous });
    assert.deepStrictEqual(incremental.findings, analyze(edited).findings);
    assert.ok(incremental.findings.some((f) => f.rule === 'weak-modal'));
  });
});

describe('chunks', () => {
  it('starts an item at every line that starts with a clause number, even inside a wrapped citation', () => {
    const doc = parse('2.1 MPD shall act as 8 CFR\n287.7 Officers shall not detain anyone.\n');
    assert.deepEqual(
      doc.clauses.map((c) => c.number),
      ['2.1', '287.7'],
    );
  });

  it('keeps a broken item from swallowing the next one', () => {
    const doc = parse('section 2\n  2.1 "Officers" shall not detain anyone.\n');
    assert.deepEqual(
      doc.clauses.map((c) => c.number),
      ['2.1'],
    );
    assert.equal(doc.errors.length, 1);
    assert.equal(doc.errors[0]!.range.start.line, 0);
  });
});

function deepFreeze(value: unknown): void {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
