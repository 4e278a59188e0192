/** weak-modal: "should" and its kin recommend where a duty is meant. */
import { collapse } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { clauseModals, laterModals, matchCase, modalRewrite } from './support.js';

const STRONG: [RegExp, string][] = [
  [/^(?:should|ought) not(?: to)?$/i, '{{modal}} not'],
  [/^should refrain from$/i, '{{modal}} refrain from'],
  [/^should avoid$/i, '{{modal}} avoid'],
  [/^(?:is|are) not (?:expected|encouraged) to$/i, '{{modal}} not'],
  [/^(?:is|are) discouraged from$/i, '{{modal}} not'],
  [/^(?:is|are) (?:expected|encouraged|advised|urged|requested|asked) not to$/i, '{{modal}} not'],
];

export const weakModal: Rule = {
  meta: {
    id: 'weak-modal',
    pack: 'core',
    severity: 'warning',
    description: 'Recommendation words where a duty is meant ("should obtain approval").',
    messages: {
      weak: "'{{modal}}' only recommends; if this is a duty, write '{{strong}}'",
    },
    fixable: true,
  },
  check({ doc, model, words, config, report }) {
    const weak = new Set((words.phrases['weak-modals'] ?? []).map((p) => p.toLowerCase()));
    const later = laterModals(model);
    for (const clause of doc.clauses) {
      // "No Officer should disclose …" recommends as much as "should": "No Officer shall" forbids.
      for (const modal of clauseModals(clause, later)) {
        const text = collapse(modal.text);
        if (!weak.has(text.toLowerCase())) continue;
        const template = STRONG.find(([re]) => re.test(text))?.[1] ?? '{{modal}}';
        const strong = matchCase(text, template.replace('{{modal}}', config.modalConvention));
        report({
          messageId: 'weak',
          data: { modal: text, strong },
          offset: modal.offset,
          end: modal.end,
          clause,
          fixes: [modalRewrite(modal, text, strong)],
        });
      }
    }
  },
};
