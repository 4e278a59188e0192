/** duplicate-clause: a clause number used twice, or one clause repeated under another number. */
import type { Clause, Definition, Range } from '../../grammar/index.js';
import type { Report, Rule } from '../analysis/types.js';
import type { DefinitionIndex } from '../model/index.js';
import { nearDuplicates } from './similar-clauses.js';
import { clauseRuns } from './support.js';

type Fix = NonNullable<Report['fixes']>[number];

export const duplicateClause: Rule = {
  meta: {
    id: 'duplicate-clause',
    pack: 'core',
    severity: 'error',
    description: 'Repeated clause numbers and near-identical clauses.',
    messages: {
      number:
        '§{{number}} is already used by an earlier clause (line {{line}}); a citation of §{{number}} is ambiguous',
      text: '§{{number}} repeats §{{first}} almost word for word; keep one of the two',
    },
    fixable: true,
  },
  check({ doc, model, report }) {
    const span = (range: Range) => ({
      offset: doc.lines.offset(range.start),
      end: doc.lines.offset(range.end),
    });
    const first = new Map<string, Clause>();
    const next = nextFreeNumbers(doc.clauses);
    for (const clause of doc.clauses) {
      const earlier = first.get(clause.number);
      if (!earlier) {
        first.set(clause.number, clause);
        continue;
      }
      const at = span(clause.numberRange);
      report({
        messageId: 'number',
        data: { number: clause.number, line: String(earlier.numberRange.start.line + 1) },
        ...at,
        clause,
        related: [{ ...span(earlier.numberRange), message: `§${clause.number} is first used here` }],
        fixes: [renumbering(doc.text.slice(at.offset, at.end), at, next(clause.number))],
      });
    }
    for (const [later, original] of nearDuplicates(doc)) {
      if (later.number === original.number || namesOthers(later, original, model.definitions)) continue;
      report({
        messageId: 'text',
        data: { number: later.number, first: original.number },
        ...span(later.numberRange),
        clause: later,
        related: [{ ...span(original.numberRange), message: `§${later.number} repeats this clause` }],
      });
    }
  },
};

/**
 * Whether each of two clauses names something defined that the other does not: "give ICE access …"
 * and "give CBP access …" are two rules, however alike their words. (A name only one of them adds,
 * "MPD officers" for "Officers", does not make them two.)
 */
function namesOthers(a: Clause, b: Clause, defs: DefinitionIndex): boolean {
  const named = (clause: Clause) => {
    const out = new Set<Definition>();
    for (const run of clauseRuns(clause)) for (const use of defs.uses(run)) out.add(use.definition);
    return out;
  };
  const inA = named(a);
  const inB = named(b);
  const missingFrom = (x: Set<Definition>, y: Set<Definition>) => [...x].some((d) => !y.has(d));
  return missingFrom(inA, inB) && missingFrom(inB, inA);
}

/** The fix that writes `number` in place of the clause number as written (`§ 2.4` → `§ 2.8`). */
function renumbering(written: string, at: { offset: number; end: number }, number: string): Fix {
  const newText = written.replace(/\d+(?:\.\d+)*(\.?)$/, (_m, dot: string) => number + dot);
  return { title: `Renumber this clause to §${number}`, edits: [{ ...at, newText }] };
}

/**
 * Hands out numbers after the highest one used in a clause's section (`2.4` twice with 2.5–2.7
 * present → `2.8`), a new one on each call so that two repeats are not renumbered alike.
 */
function nextFreeNumbers(clauses: Clause[]): (number: string) => string {
  // Built on the first repeat only: most drafts have none.
  let highest: Map<string, number> | undefined;
  const parent = (n: string) => n.slice(0, Math.max(0, n.lastIndexOf('.')));
  const build = () => {
    const map = new Map<string, number>();
    for (const c of clauses) {
      const last = Number(c.number.slice(c.number.lastIndexOf('.') + 1));
      const key = parent(c.number);
      if (Number.isFinite(last)) map.set(key, Math.max(map.get(key) ?? 0, last));
    }
    return map;
  };
  return (number) => {
    highest ??= build();
    const key = parent(number);
    const n = (highest.get(key) ?? 0) + 1;
    highest.set(key, n);
    return key ? `${key}.${n}` : String(n);
  };
}
