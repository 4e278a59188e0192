/** dangling-reference: `§` references to nothing, "as outlined below" with nothing below. */
import { hasWordOf, type Clause, type PolicyDocument, type TextRun, type Word } from '../../grammar/index.js';
import type { Report, Rule } from '../analysis/types.js';
import { sourceSpan } from '../analysis/words.js';
import { documentRuns } from './support.js';

const REFERENCE =
  /^(§§|sections|clauses|§|section|sec\.|clause|subsections?|paragraphs?)\s*(\d+(?:\.\d+)*)\.?((?:\s*\([A-Za-z0-9]+\))*)/i;
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

/** Words that name a statute, a code or a treaty: "INA § 287(g)", "Section 1373 of Title 8", "Civil Rights Law § 28". */
const STATUTE =
  /^(?:INA|U\.?S\.?C\.?|C\.?F\.?R\.?|Act|Code|Title|Stat\.?|Statutes?|Constitution|Ordinance|Charter|Regulations?|Convention|Treaty|Law)$/;
/** How far after "of" a statute's name is looked for: "of the Immigration and Nationality Act". */
const STATUTE_REACH = 6;

/**
 * Whether the reference at `ws[i]` cites a statute rather than this policy: a statute's name comes
 * just before it, or after an "of" that follows it ("section 667.5(c) of the California Penal
 * Code"), or its number goes on with a hyphen, as a code's section numbers do and a clause's never
 * do ("section 9-131 of the Administrative Code", "C.R.S. § 24-76.6-102").
 */
function citesStatute(ws: readonly Word[], i: number, text: string): boolean {
  if (i > 0 && STATUTE.test(ws[i - 1]!.text)) return true;
  const w = ws[i]!;
  if (text[w.end] === '-' && /\d/.test(text[w.end + 1] ?? '')) return true;
  // Past the items it names: "(c)".
  let next = i + 1;
  while (ws[next]?.text === '(' && ws[next + 2]?.text === ')') next += 3;
  if (ws[next]?.text.toLowerCase() !== 'of') return false;
  for (let k = next + 1; k < Math.min(ws.length, next + 1 + STATUTE_REACH); k++)
    if (STATUTE.test(ws[k]!.text)) return true;
  return false;
}

/** A part of a document the language has no place for: an appendix, an article, a part. */
const PART = /\b(?:Appendix|Attachment|Exhibit|Annex|Article|Part)\s+(?:[A-Z]|[IVXL]+|\d+(?:\.\d+)*)\b/g;
/** The words a run needs for `PART` to be worth running. */
const PART_WORD = /\b(?:Appendix|Attachment|Exhibit|Annex|Article|Part)\s/;
/** What follows a part of other law: "of the Vienna Convention", "of Title 8", "of the 287(g) agreement". */
const OF_OTHER_LAW =
  /^\s*(?:\([A-Za-z0-9]+\)\s*)*(?:of|to|under)\s+(?:\S+\s+){0,6}?(?:Act|Code|Convention|Constitution|Treaty|Title|Statutes?|Regulations?|Charter|Ordinance|Protocol|agreement|memorandum|MOA|MOU|U\.?S\.?C\.?)\b/i;

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
    const check = new ReferenceCheck(doc, report);
    // Every run that may hold a reference: clauses, definition texts, notes.
    const runs = documentRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++) for (const run of runs[i]!) check.run(run, doc.clauses[i]!);
    for (const d of doc.definitions) if (d.text) check.run(d.text, null);
    for (const n of doc.notes) check.run(n.text, null);
  },
};

/**
 * One check of a document's references and pointers. Its steps are methods, not closures made per
 * check: V8 compiled such closures again for every document.
 */
class ReferenceCheck {
  /** Clause and section numbers, gathered at the first reference: many drafts have none. */
  private clauses: Map<string, Clause> | undefined;
  private sections: Set<string> | undefined;
  /** Where the last clause or list item starts and the first one ends, worked out at the first pointer. */
  private lastStart = -1;
  private firstEnd = Infinity;
  private bounded = false;

  constructor(
    private readonly doc: PolicyDocument,
    private readonly report: Say,
  ) {}

  run(run: TextRun, clause: Clause | null): void {
    // Most runs hold no reference: their words are not made.
    if (hasWordOf(run, 'reference')) this.references(run, clause);
    this.pointers(run, clause);
    if (PART_WORD.test(run.text)) this.parts(run, clause);
  }

  /**
   * "as set forth in Appendix B", "under Article 3", "Part IV of this policy": a policy has no
   * appendices, articles or parts, so these point at nothing in it, unless they cite other law
   * ("Article 36 of the Vienna Convention", "Part 287 of Title 8").
   */
  private parts(run: TextRun, clause: Clause | null): void {
    PART.lastIndex = 0;
    for (let m = PART.exec(run.text); m; m = PART.exec(run.text)) {
      if (OF_OTHER_LAW.test(run.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      const at = sourceSpan(run, m.index, m.index + m[0].length);
      this.report({ messageId: 'missing', data: { reference: m[0] }, ...at, clause });
    }
  }

  private references(run: TextRun, clause: Clause | null): void {
    const ws = run.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const m = w.kind === 'reference' ? REFERENCE.exec(w.text) : null;
      if (!m || citesStatute(ws, i, this.doc.text)) continue;
      this.resolve(w.text, m[2]!, m[3] ?? '', w, clause);
      if (!/^(?:§§|sections|clauses)$/i.test(m[1]!)) continue;
      // The further numbers of a plural reference are plain number tokens.
      for (
        let k = i + 1;
        k + 1 < ws.length && JOIN.test(ws[k]!.text) && ws[k + 1]!.kind === 'number';
        k += 2
      ) {
        const n = ws[k + 1]!;
        const number = /^\d+(?:\.\d+)*/.exec(n.text)?.[0];
        if (number) this.resolve(`§${n.text}`, number, n.text.slice(number.length), n, clause);
      }
    }
  }

  /** Checks one reference: the number names a clause or a section, and `(b)` an item of that clause. */
  private resolve(
    written: string,
    number: string,
    items: string,
    at: { offset: number; end: number },
    clause: Clause | null,
  ): void {
    if (!this.clauses || !this.sections) {
      this.clauses = new Map();
      for (const c of this.doc.clauses) if (!this.clauses.has(c.number)) this.clauses.set(c.number, c);
      this.sections = new Set(this.doc.sections.map((s) => s.number.replace(/\.$/, '')));
    }
    const reference = written.replace(/\s+/g, ' ');
    const target = this.clauses.get(number);
    const span = { offset: at.offset, end: at.end, clause };
    if (!target && !this.sections.has(number))
      return this.report({ messageId: 'missing', data: { reference }, ...span });
    const item = /\(([A-Za-z0-9]+)\)/.exec(items)?.[1];
    if (target && item && !itemMarkers(target).has(item.toLowerCase()))
      this.report({ messageId: 'item', data: { reference, number, item }, ...span });
  }

  /** Checks the "below" and "above" pointers of one run against the first and last clause or list item. */
  private pointers(run: TextRun, clause: Clause | null): void {
    if (!POINTER_WORD.test(run.text)) return;
    for (const { direction, re } of POINTERS) {
      re.lastIndex = 0;
      for (let m = re.exec(run.text); m; m = re.exec(run.text)) {
        if (/following$/i.test(m[0]) && TIME.test(run.text.slice(m.index + m[0].length))) continue;
        const at = sourceSpan(run, m.index, m.index + m[0].length);
        if (!this.bounded) this.bounds();
        if (direction === 'below' ? this.lastStart >= at.end : this.firstEnd <= at.offset) continue;
        const phrase = this.doc.text.slice(at.offset, at.end).replace(/\s+/g, ' ');
        this.report({ messageId: direction, data: { phrase }, ...at, clause });
      }
    }
  }

  private bounds(): void {
    this.bounded = true;
    for (const c of this.doc.clauses) {
      const s = c.sentence;
      const items = [s.actionList, ...s.qualifiers.map((q) => q.list)].flatMap((l) => l?.items ?? []);
      for (const t of [c, ...items]) {
        this.lastStart = Math.max(this.lastStart, t.offset);
        this.firstEnd = Math.min(this.firstEnd, t.end);
      }
    }
  }
}

/** A clause's list item markers, bare and lower case: `a.`, `(b)`, `1.` → a, b, 1. */
function itemMarkers(clause: Clause): Set<string> {
  const s = clause.sentence;
  const lists = [s.actionList, ...s.qualifiers.map((q) => q.list)];
  return new Set(
    lists.flatMap((l) => l?.items ?? []).map((i) => i.marker.replace(/[().\s]/g, '').toLowerCase()),
  );
}
