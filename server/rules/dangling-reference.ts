/** dangling-reference: `§` references to nothing, "as outlined below" with nothing below. */
import { hasWordOf, type Clause, type PolicyDocument, type TextRun } from '../../grammar/index.js';
import type { Report, Rule } from '../analysis/types.js';
import { sourceSpan } from '../analysis/words.js';
import { documentRuns } from './support.js';

const REFERENCE =
  /^(§§|sections|clauses|§|section|sec\.|clause)\s*(\d+(?:\.\d+)*)\.?((?:\s*\([A-Za-z0-9]+\))*)/i;
/** What joins the numbers of a plural reference: "§§ 2.5–2.7", "sections 2 and 3". */
const JOIN = /^(?:,|–|—|-|and|or|to|through)$/i;
const VERBS =
  'outlined|described|listed|set forth|specified|stated|enumerated|provided|mentioned|identified|noted';
/** Pointers forward ("as outlined below", "the following") and back ("above-mentioned"). */
const POINTERS: { direction: 'below' | 'above'; re: RegExp }[] = [
  {
    direction: 'below',
    re: new RegExp(
      `\\b(?:(?:as\\s+)?(?:${VERBS})\\s+below|below-(?:${VERBS})|as\\s+follows|the\\s+following)\\b`,
      'gi',
    ),
  },
  {
    direction: 'above',
    re: new RegExp(`\\b(?:(?:as\\s+)?(?:${VERBS})\\s+above|above-(?:${VERBS})|the\\s+foregoing)\\b`, 'gi'),
  },
];
/** A word every pointer holds: a run without one is not matched against the pointers at all. */
const POINTER_WORD = /below|follow|above|foregoing/i;
/** "the following day" is a date, not a pointer. */
const TIME =
  /^\s*(?:business\s+)?(?:day|days|week|weeks|month|months|year|years|morning|evening|night|shift|shifts|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

type Say = (r: Report) => void;

export const danglingReference: Rule = {
  meta: {
    id: 'dangling-reference',
    pack: 'core',
    severity: 'error',
    description:
      'References to clauses or sections that do not exist; "as outlined below" with nothing below.',
    messages: {
      missing: '{{reference}} refers to no clause or section of this policy',
      item: '{{reference}} refers to no list item: §{{number}} has no item ({{item}})',
      below: "'{{phrase}}' points at nothing: no clause or list item follows it",
      above: "'{{phrase}}' points at nothing: no clause or list item comes before it",
    },
    fixable: false,
  },
  check({ doc, report }) {
    const resolve = resolver(doc, report);
    const pointers = pointerChecker(doc, report);
    const references = (run: TextRun, clause: Clause | null) => {
      const ws = run.words;
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i]!;
        const m = w.kind === 'reference' ? REFERENCE.exec(w.text) : null;
        if (!m) continue;
        resolve(w.text, m[2]!, m[3] ?? '', w, clause);
        if (!/^(?:§§|sections|clauses)$/i.test(m[1]!)) continue;
        // The further numbers of a plural reference are plain number tokens.
        for (
          let k = i + 1;
          k + 1 < ws.length && JOIN.test(ws[k]!.text) && ws[k + 1]!.kind === 'number';
          k += 2
        ) {
          const n = ws[k + 1]!;
          const number = /^\d+(?:\.\d+)*/.exec(n.text)?.[0];
          if (number) resolve(`§${n.text}`, number, n.text.slice(number.length), n, clause);
        }
      }
    };
    const check = (run: TextRun, clause: Clause | null) => {
      // Most runs hold no reference: their words are not made.
      if (hasWordOf(run, 'reference')) references(run, clause);
      pointers(run, clause);
    };
    // Every run that may hold a reference: clauses, definition texts, notes.
    const runs = documentRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++) for (const run of runs[i]!) check(run, doc.clauses[i]!);
    for (const d of doc.definitions) if (d.text) check(d.text, null);
    for (const n of doc.notes) check(n.text, null);
  },
};

/** Checks one reference: the number names a clause or a section, and `(b)` an item of that clause. */
function resolver(doc: PolicyDocument, report: Say) {
  // Clause and section numbers, gathered at the first reference: many drafts have none.
  let clauses: Map<string, Clause> | undefined;
  let sections: Set<string> | undefined;
  return (
    written: string,
    number: string,
    items: string,
    at: { offset: number; end: number },
    clause: Clause | null,
  ) => {
    if (!clauses || !sections) {
      clauses = new Map();
      for (const c of doc.clauses) if (!clauses.has(c.number)) clauses.set(c.number, c);
      sections = new Set(doc.sections.map((s) => s.number.replace(/\.$/, '')));
    }
    const reference = written.replace(/\s+/g, ' ');
    const target = clauses.get(number);
    const span = { offset: at.offset, end: at.end, clause };
    if (!target && !sections.has(number))
      return report({ messageId: 'missing', data: { reference }, ...span });
    const item = /\(([A-Za-z0-9]+)\)/.exec(items)?.[1];
    if (target && item && !itemMarkers(target).has(item.toLowerCase()))
      report({ messageId: 'item', data: { reference, number, item }, ...span });
  };
}

/** Checks the "below" and "above" pointers of one run against the first and last clause or list item. */
function pointerChecker(doc: PolicyDocument, report: Say) {
  // Where the first clause or item ends and the last one starts, worked out at the first pointer.
  let lastStart = -1;
  let firstEnd = Infinity;
  let bounded = false;
  const bounds = () => {
    bounded = true;
    for (const c of doc.clauses) {
      const s = c.sentence;
      const items = [s.actionList, ...s.qualifiers.map((q) => q.list)].flatMap((l) => l?.items ?? []);
      for (const t of [c, ...items]) {
        lastStart = Math.max(lastStart, t.offset);
        firstEnd = Math.min(firstEnd, t.end);
      }
    }
  };
  return (run: TextRun, clause: Clause | null) => {
    if (!POINTER_WORD.test(run.text)) return;
    for (const { direction, re } of POINTERS) {
      re.lastIndex = 0;
      for (let m = re.exec(run.text); m; m = re.exec(run.text)) {
        if (/following$/i.test(m[0]) && TIME.test(run.text.slice(m.index + m[0].length))) continue;
        const at = sourceSpan(run, m.index, m.index + m[0].length);
        if (!bounded) bounds();
        if (direction === 'below' ? lastStart >= at.end : firstEnd <= at.offset) continue;
        const phrase = doc.text.slice(at.offset, at.end).replace(/\s+/g, ' ');
        report({ messageId: direction, data: { phrase }, ...at, clause });
      }
    }
  };
}

/** A clause's list item markers, bare and lower case: `a.`, `(b)`, `1.` → a, b, 1. */
function itemMarkers(clause: Clause): Set<string> {
  const s = clause.sentence;
  const lists = [s.actionList, ...s.qualifiers.map((q) => q.list)];
  return new Set(
    lists.flatMap((l) => l?.items ?? []).map((i) => i.marker.replace(/[().\s]/g, '').toLowerCase()),
  );
}
