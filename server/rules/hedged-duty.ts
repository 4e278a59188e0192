/** hedged-duty: duties emptied by hedges ("when time and circumstances permit", "shall strive to"). */
import { collapse, opensException, type Clause } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import type { PhraseMatch } from '../analysis/words.js';
import type { PolicyModel } from '../model/index.js';
import {
  clauseModals,
  deletion,
  disguisedPermission,
  documentRuns,
  laterModals,
  matchCase,
  modalRewrite,
} from './support.js';

const DUTIES = new Set(['obligation', 'prohibition', 'recommendation', 'discouragement']);

export const hedgedDuty: Rule = {
  meta: {
    id: 'hedged-duty',
    pack: 'core',
    severity: 'warning',
    description:
      'Duties emptied by hedges ("when time and circumstances permit", "shall strive to", "as appropriate").',
    messages: {
      hedge:
        "'{{hedge}}' lets the duty lapse whenever the person bound by it decides; state the duty, or the exact exception",
      strive: "'{{modal}}' promises effort, not conduct; write '{{strong}}'",
    },
    fixable: true,
  },
  check({ doc, model, words, config, report }) {
    const hedges = new Set((words.phrases['hedges'] ?? []).map((p) => p.toLowerCase()));
    const runs = documentRuns(doc);
    const later = laterModals(model);
    const permitted = permissionsInDisguise(model);
    for (let i = 0; i < doc.clauses.length; i++) {
      const clause = doc.clauses[i]!;
      // The clause's modal, and those of the duties coordinated in it ("… and shall strive to …").
      // A modal inside "Nothing in this policy shall be construed to prohibit …" grants a permission.
      const modals = clauseModals(clause, later).filter((m) => !permitted.has(m.offset));
      const first = modals[0];
      if (!first) continue;
      const duty = modals.find((modal) => DUTIES.has(modal.force));
      if (!duty) continue;
      // After a permission, the duty's hedges are those from its modal on: "Officers may request
      // backup when circumstances allow and shall record each request" hedges no duty.
      const from = duty === first ? -1 : duty.offset;
      for (const modal of modals) {
        if (!DUTIES.has(modal.force)) continue;
        const modalText = collapse(modal.text);
        if (
          !hedges.has(modalText.toLowerCase()) &&
          !/\b(?:strive|endeavou?r|attempt|seek|try|efforts?|utmost)\b/i.test(modalText)
        )
          continue;
        const strong = matchCase(modalText, config.modalConvention);
        report({
          messageId: 'strive',
          data: { modal: modalText, strong },
          offset: modal.offset,
          end: modal.end,
          clause,
          fixes: [modalRewrite(modal, modalText, strong)],
        });
      }
      for (const run of runs[i]!) {
        const found = words.find('hedges', run);
        for (let k = 0; k < found.length; k++) {
          const m = found[k]!;
          if (m.offset < from || modals.some((modal) => m.offset >= modal.offset && m.end <= modal.end))
            continue;
          // Two hedges "and" joins go together: "where practicable and as appropriate" left "and"
          // behind when each went alone (probe round 18).
          const [start, stop] = joinedByAnd(doc.text, found[k - 1], m)
            ? [found[k - 1]!.offset, m.end]
            : joinedByAnd(doc.text, m, found[k + 1])
              ? [m.offset, found[k + 1]!.end]
              : [m.offset, m.end];
          report({
            messageId: 'hedge',
            data: { hedge: doc.text.slice(m.offset, m.end).replace(/\s+/g, ' ') },
            offset: m.offset,
            end: m.end,
            clause,
            // In an exception, the hedge also bounds it: "except where necessary to protect public
            // safety" without it is "except to protect public safety", a wider exception. The
            // drafter has to write the exact exception; there is nothing to delete.
            ...(inException(clause, m.offset, m.end) || orJoined(doc.text, m.offset, m.end)
              ? {}
              : {
                  fixes: [
                    {
                      title: `Remove '${m.phrase.replace(/\s+/g, ' ')}'`,
                      edits: [deletion(doc, start, stop)],
                    },
                  ],
                }),
          });
        }
      }
    }
  },
};

/** Whether hedge `b` follows hedge `a` with only "and" (and quotation marks or a comma) between. */
function joinedByAnd(text: string, a: PhraseMatch | undefined, b: PhraseMatch | undefined): boolean {
  return !!a && !!b && AND_BETWEEN.test(text.slice(a.end, b.offset));
}

const AND_BETWEEN = /^['"”’)\]]?,?\s+and\s+['"“‘([]?$/i;

/**
 * Whether the hedge `[offset, end)` is one of two conditions "or" joins: "Where practicable, or when
 * ICE asks, Officers shall …" applies the duty in either case, and without the hedge it would apply
 * only when ICE asks, a narrower duty; the drafter has to say what is meant (probe round 16).
 */
function orJoined(text: string, offset: number, end: number): boolean {
  return (
    OR_AFTER.test(text.slice(end, end + 8)) || OR_BEFORE.test(text.slice(Math.max(0, offset - 8), offset))
  );
}

const OR_AFTER = /^,?\s+or\s/i;
const OR_BEFORE = /\sor,?\s+$/i;

/**
 * Whether the hedge `[offset, end)` is part of an exception of the clause (an `unless`, `except` or
 * `without` condition) that says more than the hedge: "except where necessary to protect public
 * safety". A hedge that is the whole exception ("unless impracticable") can go with it.
 */
function inException(clause: Clause, offset: number, end: number): boolean {
  for (const q of clause.sentence.qualifiers)
    if (opensException(q.kind) && offset >= q.offset && offset < q.end && (offset > q.offset || end < q.end))
      return true;
  return false;
}

/**
 * The offsets of modals that are words of a permission in disguise ("Nothing in this policy shall
 * be construed to prohibit Officers from …"): the model reads the whole phrase as the permission's
 * modal, and its "shall" binds no one.
 */
function permissionsInDisguise(model: PolicyModel): Set<number> {
  const out = new Set<number>();
  for (const norm of model.norms) {
    const own = norm.clause.sentence.modal;
    if (
      norm.force === 'permission' &&
      own &&
      own.force !== 'permission' &&
      norm.modal.offset <= own.offset &&
      norm.modal.end >= own.end &&
      disguisedPermission(norm)
    )
      out.add(own.offset);
  }
  return out;
}
