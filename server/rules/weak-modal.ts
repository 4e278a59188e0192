/** weak-modal: "should" and its kin recommend where a duty is meant. */
import { collapse } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import type { Norm } from '../model/index.js';
import { gerund } from './contradiction.js';
import { actionPhrase, clauseModals, laterModals, matchCase, modalRewrite } from './support.js';
import { isCooperation } from './warrants.js';

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
      enforcement:
        "'{{modal}}' only recommends, and what it recommends is {{action}}: write '{{strong}}' only if that is meant as a duty, else forbid it",
    },
    fixable: true,
  },
  check({ doc, model, words, config, report }) {
    const weak = new Set((words.phrases['weak-modals'] ?? []).map((p) => p.toLowerCase()));
    const later = laterModals(model);
    // The recommendations by where their modal stands: one pass, not one per weak modal.
    const recommendations = new Map<number, Norm>();
    for (const norm of model.norms)
      if (norm.force === 'recommendation' && !norm.implied) recommendations.set(norm.modal.offset, norm);
    for (const clause of doc.clauses) {
      // "No Officer should disclose …" recommends as much as "should": "No Officer shall" forbids.
      for (const modal of clauseModals(clause, later)) {
        const text = collapse(modal.text);
        if (!weak.has(text.toLowerCase())) continue;
        const template = STRONG.find(([re]) => re.test(text))?.[1] ?? '{{modal}}';
        const strong = matchCase(text, template.replace('{{modal}}', config.modalConvention));
        const recommendation = recommendations.get(modal.offset);
        const enforcing = recommendation && enforcementRecommended(recommendation);
        // Making a recommendation to cooperate with ICE a duty is no fix: only the drafter can say
        // whether it is meant as one, or should be forbidden (probe round 15: --fix turned "should
        // request immigration documents" into "shall request …").
        report(
          enforcing
            ? {
                messageId: 'enforcement',
                data: {
                  modal: text,
                  strong,
                  action: gerund(actionPhrase(enforcing.class, enforcing.counterpart)),
                },
                offset: modal.offset,
                end: modal.end,
                clause,
              }
            : {
                messageId: 'weak',
                data: { modal: text, strong },
                offset: modal.offset,
                end: modal.end,
                clause,
                fixes: [modalRewrite(modal, text, strong)],
              },
        );
      }
    }
  },
};

/** What the immigration safeguards restrict, besides cooperating with an immigration authority. */
const RESTRICTED = new Set(['inquire-status', 'request-documents']);

/**
 * The action `norm`, a recommendation, recommends when it is one the immigration safeguards
 * restrict: cooperating with an immigration authority, asking about status or for immigration
 * documents. Undefined otherwise. (Recommending against it, "should not", is a discouragement, whose
 * fix 'shall not' protects.)
 */
function enforcementRecommended(norm: Norm): { class: string; counterpart: string | undefined } | undefined {
  const action =
    norm.actions.find((a) => RESTRICTED.has(a.class)) ?? (isCooperation(norm) ? norm.actions[0] : undefined);
  return action && { class: action.class, counterpart: norm.counterpart };
}
