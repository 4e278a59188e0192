/** loophole-qualifier: words that shrink a prohibition to its core ("shall not routinely inquire"). */
import type { Rule } from '../analysis/types.js';
import { documentRuns } from './support.js';

// In an obligation or a permission the same words narrow what is required or allowed, which is fine.
const PROHIBITIONS = new Set(['prohibition', 'discouragement']);

export const loopholeQualifier: Rule = {
  meta: {
    id: 'loophole-qualifier',
    pack: 'core',
    severity: 'warning',
    description:
      'Qualifiers that shrink a prohibition ("routinely", "solely", "in the normal course of business").',
    messages: {
      loophole:
        "'{{loophole}}' shrinks the prohibition to the cases it names and leaves everything else allowed; forbid the conduct itself",
    },
    fixable: false,
  },
  check({ doc, words, report }) {
    const runs = documentRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++) {
      const clause = doc.clauses[i]!;
      const modal = clause.sentence.modal;
      if (!modal || !PROHIBITIONS.has(modal.force)) continue;
      for (const run of runs[i]!) {
        for (const m of words.find('loopholes', run)) {
          report({
            messageId: 'loophole',
            data: { loophole: doc.text.slice(m.offset, m.end).replace(/\s+/g, ' ') },
            offset: m.offset,
            end: m.end,
            clause,
          });
        }
      }
    }
  },
};
