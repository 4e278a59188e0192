/** weak-modal: "should" and its kin recommend where a duty is meant. */
import { collapse } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { defaultLexicon, SOMEONE_ELSE, type Norm } from '../model/index.js';
import { verbOf } from '../model/text.js';
import { warrantGated } from '../scorecard/reach.js';
import { actionPhrase, clauseModals, gerund, laterModals, matchCase, modalRewrite } from './support.js';
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
      refusal:
        "'{{modal}}' only recommends, and what it recommends against is refusing {{who}} ('{{action}}'): write '{{strong}}' only if cooperating is meant as a duty",
    },
    fixable: true,
  },
  check({ doc, model, words, config, report }) {
    const weak = new Set((words.phrases['weak-modals'] ?? []).map((p) => p.toLowerCase()));
    const later = laterModals(model);
    // The recommendations by where their modal stands: one pass, not one per weak modal.
    const recommendations = new Map<number, Norm>();
    for (const norm of model.norms)
      if ((norm.force === 'recommendation' || norm.force === 'discouragement') && !norm.implied)
        recommendations.set(norm.modal.offset, norm);
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
        const at = { offset: modal.offset, end: modal.end, clause };
        report(
          enforcing
            ? {
                messageId: enforcing.refusal ? 'refusal' : 'enforcement',
                data: { modal: text, strong, action: enforcing.action, who: enforcing.who ?? '' },
                ...at,
              }
            : {
                messageId: 'weak',
                data: { modal: text, strong },
                ...at,
                fixes: [modalRewrite(modal, text, strong)],
              },
        );
      }
    }
  },
};

/** What the immigration safeguards restrict, besides cooperating with an immigration authority. */
const RESTRICTED = new Set(['inquire-status', 'request-documents']);

/** Classes restricted when done with an immigration authority: a 287(g) agreement. */
const RESTRICTED_WITH_COUNTERPART = new Set(['enter-agreement']);

/** Custody actions, restricted when done for an immigration reason ("for a civil immigration violation"). */
const CUSTODY = new Set(['arrest', 'detain']);

/** Verbs of refusing: recommending against refusing an immigration authority recommends cooperating. */
const REFUSING =
  /^(?:declin|refus|withhold|withheld|prevent|den(?:y|ie)|reject|ignor|obstruct|block|hinder|imped|resist)/i;

/**
 * The action `norm` (a recommendation, or a recommendation against) would make a duty of, when it
 * is one the immigration safeguards restrict: cooperating with an immigration authority, asking
 * about status or for immigration documents, a 287(g) agreement, an arrest for an immigration
 * reason — or, recommended against, refusing an immigration authority ("should not decline any
 * request from ICE"). Undefined otherwise, and for a recommendation that a judicial warrant gates
 * ("should cooperate with ICE only if a judicial warrant is presented"), whose fix is lawful.
 */
function enforcementRecommended(norm: Norm): { action: string; refusal?: boolean; who?: string } | undefined {
  const words = norm.action ? collapse(norm.action.text).replace(/[.;,:]+$/, '') : '';
  if (norm.force === 'discouragement') {
    const verb = norm.action ? verbOf(norm.action.wordTexts) : '';
    const who = norm.counterpart;
    return who !== undefined && who !== SOMEONE_ELSE && REFUSING.test(verb)
      ? { action: words, refusal: true, who: defaultLexicon.counterpartLabel(who) }
      : undefined;
  }
  if (warrantGated(norm.guard)) return undefined;
  if (norm.actions.some((a) => CUSTODY.has(a.class)) && /immigration/.test(norm.reason ?? ''))
    return { action: `'${words}'` };
  const action =
    norm.actions.find((a) => RESTRICTED.has(a.class)) ??
    norm.actions.find((a) => RESTRICTED_WITH_COUNTERPART.has(a.class) && norm.counterpart) ??
    (isCooperation(norm) ? norm.actions[0] : undefined);
  return action && { action: gerund(actionPhrase(action.class, norm.counterpart)) };
}
