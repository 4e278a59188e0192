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

/**
 * Asserts two documents are the same tree, ranges included: nodes work out their ranges when asked
 * (getters, which deepStrictEqual does not read), so the trees are also compared as JSON, which has
 * every range.
 */
function assertSameTree(actual: PolicyDocument, expected: PolicyDocument): void {
  assert.deepStrictEqual(actual, expected);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected)));
}

function apply(text: string, e: Edit): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

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
            text = apply(text, e);
            const next = parse(text, doc);
            assertSameTree(next, parse(text));
            // The previous version is consumed: parsing from it again reuses nothing, and is right.
            assertSameTree(parse(text, doc), next);
            doc = next;
          }
        },
      ),
      { numRuns: RUNS, ...SEED },
    );
  });

  it('never gives one chunk two places: an edit as long as the equal items after it', () => {
    // Found by the fuzz test above: the moved chunk of Aaa had the old place of Bbb's, which has
    // Aaa's length, and was taken again for it.
    const item = (name: string) => `define ${name} as member of MPD.\n`;
    const before = `policy "P"\n\ndefine MPD as agency "M".\n${item('Aaa')}${item('Bbb')}${item('Ccc')}`;
    const after = before.replace('"P"', `"P${'x'.repeat(item('Aaa').length)}"`);
    const next = parse(after, parse(before));
    assertSameTree(next, parse(after));
    assert.deepEqual(
      next.definitions.map((d) => d.name.text),
      ['MPD', 'Aaa', 'Bbb', 'Ccc'],
    );
  });

  it('reuses the items an edit does not touch, and moves those after it', () => {
    const text = designExample();
    const doc = parse(text);
    const clause = (d: PolicyDocument, n: string) => d.clauses.find((c) => c.number === n)!;
    const [c23, c24, c25] = ['2.3', '2.4', '2.5'].map((n) => clause(doc, n));
    const was25 = { offset: c25!.offset, range: structuredClone(c25!.range) };
    const at = text.indexOf('Officers should obtain approval');
    const edited = text.slice(0, at) + 'All ' + text.slice(at);
    const next = parse(edited, doc);
    // Before the edit: the very same nodes, where they were.
    assert.equal(clause(next, '2.3'), c23);
    // The edited clause: parsed again.
    assert.notEqual(clause(next, '2.4'), c24);
    assert.equal(clause(next, '2.4').sentence.subject?.text, 'All Officers');
    // After it: the same nodes, moved four characters on, on the same lines.
    assert.equal(clause(next, '2.5'), c25);
    assert.equal(c25!.offset, was25.offset + 4);
    assert.deepEqual(c25!.range, was25.range);
    assertSameTree(next, parse(edited));
  });

  it('moves the lines of later items when an edit adds a line', () => {
    const text = designExample();
    const doc = parse(text);
    const at = text.indexOf('  2.4 ');
    const edited = text.slice(0, at) + '  2.35 Officers shall not detain anyone.\n' + text.slice(at);
    const before = structuredClone(doc.clauses.find((c) => c.number === '2.6')!.range.start);
    const next = parse(edited, doc);
    const after = next.clauses.find((c) => c.number === '2.6')!.range.start;
    assert.deepEqual(after, { line: before.line + 1, character: before.character });
    assertSameTree(next, parse(edited));
  });

  it('parses again an item whose error names the next item when that one changes', () => {
    const text = 'section 2 "P"\n  2.1 Officers shall\n  2.2 MPD may detain.\n';
    const broken = 'define Officer\n  2.1 Officers shall not detain.\n';
    const doc = parse(broken);
    assert.match(doc.errors[0]!.message, /found '2\.1'/);
    const renumbered = broken.replace('2.1', '3.1');
    const next = parse(renumbered, doc);
    assert.match(next.errors[0]!.message, /found '3\.1'/);
    assertSameTree(next, parse(renumbered));
    assertSameTree(parse(text, parse(text)), parse(text));
  });

  it('gives the findings of a fresh analysis, version after version, as nodes move', () => {
    // Edits above clauses with qualifiers, lists and guards, so that what the rules build from
    // moved nodes (qualifier runs, cached per node) must follow them.
    let text = readRepo('clauses', 'madison-sop-2025.policy');
    let doc = analyze(text).doc;
    const edits: [string, string][] = [
      ['shall', 'should'],
      ['\n', '\n\n'],
      ['Officers', 'All officers'],
      ['\n\n', '\n'],
      ['should', 'shall'],
    ];
    for (const [from, to] of edits) {
      const at = text.indexOf(from, text.length / 3);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      const incremental = analyze(text, { previous: doc });
      assert.deepStrictEqual(incremental.findings, analyze(text).findings, `after '${from}' → '${to}'`);
      doc = incremental.doc;
    }
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
