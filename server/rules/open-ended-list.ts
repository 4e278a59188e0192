/** open-ended-list: lists that never end ("including but not limited to", "or any other", "etc."). */
import type { Clause, TextRun } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { documentConditionRuns } from './support.js';

export const openEndedList: Rule = {
  meta: {
    id: 'open-ended-list',
    pack: 'core',
    severity: 'info',
    description:
      'Lists that never end, in permissions, conditions and definitions ("including but not limited to", "or any other").',
    messages: {
      open: "'{{phrase}}' leaves the list open, so whoever applies it decides what else it covers; list every item, or say where the list ends",
    },
    fixable: false,
  },
  check({ doc, model, words, report }) {
    // The force the model gives the clause: "MPD will only cooperate … under the following
    // circumstances" is a permission although it is written with "will".
    const force = new Map<Clause, string>();
    for (const norm of model.norms) if (!norm.implied) force.set(norm.clause, norm.force);

    const places: { run: TextRun; clause: Clause | null }[] = [];
    const conditions = documentConditionRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++) {
      const clause = doc.clauses[i]!;
      // In a duty or a prohibition an open action list widens what is required or forbidden.
      const action = clause.sentence.action;
      if (action && force.get(clause) === 'permission') places.push({ run: action, clause });
      for (const run of conditions[i]!) places.push({ run, clause });
    }
    for (const d of doc.definitions) if (d.text) places.push({ run: d.text, clause: null });

    for (const { run, clause } of places) {
      for (const m of words.find('open-ended', run)) {
        // "etc." is one abbreviation; mark its period too.
        const end = /^etc$/i.test(m.phrase) && doc.text[m.end] === '.' ? m.end + 1 : m.end;
        report({
          messageId: 'open',
          data: { phrase: doc.text.slice(m.offset, end).replace(/\s+/g, ' ') },
          offset: m.offset,
          end,
          clause,
        });
      }
    }
  },
};
