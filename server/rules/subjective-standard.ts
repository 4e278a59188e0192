/** subjective-standard: conditions that rest on one person's belief ("reasonably believes", "deems"). */
import type { Clause, TextRun } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { documentRuns } from './support.js';

/** Who decides as a matter of record, just before the standard: "a federal or state judge has determined". */
const COURT = /\b(?:judges?|courts?|magistrates?|jury|juries|tribunals?)(?:['’]s?)?\s+(?:\w+\s+){0,2}$/i;
/** How far back the one deciding is looked for. */
const COURT_REACH = 60;

/**
 * Whether a judge or a court makes the determination that starts at `offset` ("unless a federal or
 * state judge has determined that there is probable cause"): a ruling is a matter of record, not
 * one officer's belief.
 */
function decidedByCourt(text: string, runStart: number, offset: number): boolean {
  return COURT.test(text.slice(Math.max(runStart, offset - COURT_REACH), offset));
}

export const subjectiveStandard: Rule = {
  meta: {
    id: 'subjective-standard',
    pack: 'core',
    severity: 'warning',
    description:
      'Standards that rest on one person\'s belief ("reasonably believes", "is suspected of", "has determined").',
    messages: {
      subjective:
        "'{{standard}}' rests on one person's belief or judgment, which nobody else can check; name a fact of record instead (a charge, an arrest, a judicial warrant)",
    },
    fixable: false,
  },
  check({ doc, words, report }) {
    // Notes and definitions are checked for wording too: a belief in a definition travels into
    // every clause that uses the term.
    const check = (run: TextRun, clause: Clause | null) => {
      for (const m of words.find('subjective-standards', run)) {
        if (decidedByCourt(doc.text, run.offset, m.offset)) continue;
        report({
          messageId: 'subjective',
          data: { standard: doc.text.slice(m.offset, m.end).replace(/\s+/g, ' ') },
          offset: m.offset,
          end: m.end,
          clause,
        });
      }
    };
    // Clauses, then definitions, then notes, without a list of every place first.
    const runs = documentRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++) for (const run of runs[i]!) check(run, doc.clauses[i]!);
    for (const d of doc.definitions) if (d.text) check(d.text, null);
    for (const n of doc.notes) check(n.text, null);
  },
};
