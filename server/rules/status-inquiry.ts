/**
 * status-inquiry: a permission to ask about immigration status or for immigration documents, or a
 * prohibition on asking that an exception or a narrowing condition in its own guard leaves open.
 */
import type { Qualifier, QualifierKind } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import type { WordLists } from '../analysis/words.js';
import { defaultLexicon, type Norm } from '../model/index.js';
import { disguisedPermission, normSpan, qualifierRun } from './support.js';

const ASKING = ['inquire-status', 'request-documents'];
/**
 * Qualifiers that leave asking allowed somewhere: exceptions, and conditions that confine the
 * prohibition to some encounters. `solely`, `regardless of` and purposes are not among them: the
 * first is loophole-qualifier's, the others narrow nothing or the action itself.
 */
const OPENING = new Set<QualifierKind>(['unless', 'except', 'without', 'provided', 'if', 'when']);

export const statusInquiry: Rule = {
  meta: {
    id: 'status-inquiry',
    pack: 'immigration',
    severity: 'warning',
    description:
      'Permission to ask about immigration status or for documents, or a prohibition on asking left open by an exception.',
    messages: {
      allows:
        '{{subject}} {{modal}} {{action}}: when any contact with police may end in a question about status, victims and witnesses stop calling',
      exception:
        "'{{keyword}}' reopens the prohibition: in these cases {{subject}} may {{action}} after all; drop the exception",
      narrowed:
        "'{{keyword}}' confines the prohibition to some encounters: in all others {{subject}} may {{action}}; make it unconditional",
    },
    fixable: false,
  },
  check({ model, words, report }) {
    for (const norm of model.norms) {
      if (norm.implied) continue;
      const action = askingAction(norm, words, model.doc.text);
      if (!action) continue;
      const clause = norm.clause;
      const written = norm.subject.text.replace(/^(?:The|A|An|Any|Each|Every|All)\b/, (w) => w.toLowerCase());
      const subject = written || 'anyone';
      if (norm.force === 'permission' || norm.force === 'obligation' || norm.force === 'recommendation') {
        // A permission in disguise ("shall not prohibit Deputies from inquiring", "Nothing in this
        // policy prevents an Officer from asking") says "may".
        const modal = disguisedPermission(norm) ? 'may' : norm.modal.text.toLowerCase();
        report({
          messageId: 'allows',
          data: { modal, subject: capitalise(subject), action },
          ...normSpan(norm),
          clause,
        });
        continue;
      }
      for (const q of clause.sentence.qualifiers) {
        if (!OPENING.has(q.kind) || isLoophole(q, words)) continue;
        const items = q.list?.items ?? [];
        const end = items.length ? items[items.length - 1]!.text.end : qualifierRun(q).end;
        const messageId = q.kind === 'if' || q.kind === 'when' ? 'narrowed' : 'exception';
        report({
          messageId,
          data: { keyword: q.keyword.toLowerCase(), subject, action },
          offset: q.offset,
          end,
          clause,
        });
      }
    }
  },
};

const capitalise = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

/** What the norm asks for, in plain words, if it asks about status or for documents at all. */
function askingAction(norm: Norm, words: WordLists, text: string): string | undefined {
  const cls = norm.actions.find((a) => ASKING.includes(a.class))?.class;
  if (cls) return defaultLexicon.label(cls);
  const action = norm.action;
  if (!action) return undefined;
  for (const m of words.find('status-inquiry-actions', action))
    if (!REPORTED.test(text.slice(action.offset, m.offset))) return defaultLexicon.label(ASKING[0]!);
  return undefined;
}

/**
 * Words before a wording of asking that make it something other than what the action does: what
 * is not to be done ("train every Officer not to inquire …"), who did it ("discipline any Officer
 * who inquires …"), what is said ("post a notice stating that Officers will not ask …").
 */
const REPORTED = /\b(?:not|never) to\s|\b(?:who|whom|whose|which|that|whether|stating|saying)\b/i;

/** "unless otherwise directed", "except in exigent circumstances": a loophole phrase is loophole-qualifier's finding. */
function isLoophole(q: Qualifier, words: WordLists): boolean {
  return words.find('loopholes', qualifierRun(q)).some((m) => m.offset === q.offset);
}
