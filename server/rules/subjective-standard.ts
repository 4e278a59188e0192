/** subjective-standard: conditions that rest on one person's belief ("reasonably believes", "deems"). */
import type { Clause, TextRun } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { clauseRuns } from './support.js';

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
    const places: { run: TextRun; clause: Clause | null }[] = [
      ...doc.clauses.flatMap((clause) => clauseRuns(clause).map((run) => ({ run, clause }))),
      ...doc.definitions.flatMap((d) => (d.text ? [{ run: d.text, clause: null }] : [])),
      ...doc.notes.map((n) => ({ run: n.text, clause: null })),
    ];
    for (const { run, clause } of places) {
      for (const m of words.find('subjective-standards', run)) {
        report({
          messageId: 'subjective',
          data: { standard: doc.text.slice(m.offset, m.end).replace(/\s+/g, ' ') },
          offset: m.offset,
          end: m.end,
          clause,
        });
      }
    }
  },
};
