import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from '../../grammar/index.js';
import { analyze } from '../../server/analysis/analyze.js';
import { designExample, readRepo } from '../helpers.js';

/** How many runs: bounded in `npm test`, long in `npm run fuzz` (REDLINE_FUZZ_RUNS). */
const RUNS = Number(process.env.REDLINE_FUZZ_RUNS ?? 60);
/** `npm test` replays one fixed seed so CI is deterministic; `npm run fuzz` explores new ones. */
const SEED = process.env.REDLINE_FUZZ_RUNS ? {} : { seed: 20261122 };

const SEEDS = [
  designExample(),
  readRepo('clauses', 'madison-sop-2025.policy'),
  readRepo('test', 'fixtures', 'precision', 'weak.policy'),
];

/** Things drafts pasted from Word or typed in a hurry contain. */
const NASTY = [
  '"',
  '“',
  '”',
  '’',
  '(',
  ')',
  '§',
  '§§',
  '\0',
  '\ufeff',
  '\u200f',
  '\u202e',
  '😀',
  '\r\n',
  '\r',
  '\t',
  ':',
  ';',
  '.',
  '2.1 ',
  '\n  a. ',
  'only if any of:',
  '// redline-disable-next-line',
  'define ',
  'section 9 "',
  'No ',
  'shall not',
  '8 U.S.C. §',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length ? m.at % out.length : 0;
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'duplicate')
      out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    else out = out.slice(0, at);
  }
  return out;
}

const documents = fc.oneof(
  fc
    .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 12 }))
    .map(([seed, ms]) => mutate(seed, ms)),
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(...NASTY, 'Officers', 'MPD', 'may', 'unless', 'ICE', 'a judicial warrant', ' ', '\n'),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(' ')),
);

function inside(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) =>
    p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  const ordered =
    range.start.line < range.end.line ||
    (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && ordered;
}

describe('fuzzing the parser and the whole check', () => {
  it('never throws, keeps every range inside the document, and is deterministic', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const first = analyze(text);
        for (const f of first.findings) {
          assert.ok(
            inside(text, f.range),
            `${f.rule} range outside the document: ${JSON.stringify(f.range)}`,
          );
          assert.ok(
            f.offset >= 0 && f.end <= text.length && f.offset <= f.end,
            `${f.rule} offsets outside the document`,
          );
          assert.doesNotMatch(f.message, /internal error/, f.message);
          for (const fix of f.fixes ?? [])
            for (const e of fix.edits) assert.ok(e.offset >= 0 && e.end <= text.length && e.offset <= e.end);
        }
        const second = analyze(text);
        assert.deepEqual(second.findings, first.findings);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });

  it('gives every AST node a range inside the document', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const doc = parse(text);
        const visit = (value: unknown): void => {
          if (Array.isArray(value)) value.forEach(visit);
          else if (
            value &&
            typeof value === 'object' &&
            !(value instanceof Object.getPrototypeOf(doc.lines).constructor)
          ) {
            const node = value as Record<string, unknown>;
            if (node.range) assert.ok(inside(text, node.range as never), `range of ${String(node.type)}`);
            for (const [k, v] of Object.entries(node)) if (k !== 'lines' && k !== 'text') visit(v);
          }
        };
        visit({ ...doc, text: undefined, lines: undefined });
      }),
      { numRuns: RUNS, ...SEED },
    );
  });
});
