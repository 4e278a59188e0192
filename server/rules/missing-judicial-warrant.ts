/**
 * missing-judicial-warrant: a permission or duty to cooperate with an immigration authority (or a
 * prohibition whose exception allows it) that can apply without a judicial warrant.
 */
import type { Rule } from '../analysis/types.js';
import {
  holdsForCounterpart,
  judicialWarrant,
  listedDuties,
  noJudicialWarrant,
  type Guard,
  type Norm,
} from '../model/index.js';
import { quotable, sharedSatSession } from '../model/logic.js';
import type { Qualifier } from '../../grammar/index.js';
import { actionPhrase, disguisedPermission, laterModals, normSpan, qualifierRun } from './support.js';
import { conditionsNameAdministrativeWarrant, isCooperation } from './warrants.js';

const REQUIREMENT = 'only if presented with a judicial warrant signed by a federal or state judge';

/**
 * Where the quick fix writes the requirement, and with what: after the clause's last condition,
 * joined by ", and", when the norm is the clause's last duty and that condition follows its action
 * ("… if the person is charged with a violent felony, and only if presented with …"); else right
 * after the norm's action, which is also where it goes when that condition ends in a list, whose
 * last item the words would join.
 */
function insertion(
  norm: Norm,
  end: number,
  lastDuty: boolean,
  hedged: (q: Qualifier) => boolean,
): { at: number; text: string } {
  const post = norm.clause.sentence.qualifiers.filter((q) => q.position === 'post');
  const last = post[post.length - 1];
  const words = last?.condition?.words;
  // A hedge ("where practicable") is a condition hedged-duty's fix deletes, which would leave
  // ", and only if …" joined to nothing.
  if (!lastDuty || !last || last.list || !words?.length || words[0]!.offset < end || hedged(last))
    return { at: end, text: ` ${REQUIREMENT}` };
  let k = words.length - 1;
  while (k > 0 && /^[,;.]$/.test(words[k]!.text)) k--;
  return { at: Math.max(end, words[k]!.end), text: `, and ${REQUIREMENT}` };
}

/** The lexicon's name for immigration authorities in general, said "an immigration authority". */
const IMMIGRATION_AUTHORITY = 'immigration-authority';

/** The cases in which cooperation is allowed: the guard, or what a prohibition's exceptions name. */
function allowedWhen(norm: Norm): Guard | undefined {
  return norm.force === 'prohibition' ? norm.exception : norm.guard;
}

/** Actions done to the person, not with a counterpart: asking about status, asking for documents. */
const ASKED_OF_THE_PERSON = new Set(['inquire-status', 'request-documents']);

export const missingJudicialWarrant: Rule = {
  meta: {
    id: 'missing-judicial-warrant',
    pack: 'immigration',
    severity: 'error',
    description:
      'A permission or duty to cooperate with an immigration authority that does not require a judicial warrant.',
    messages: {
      allows:
        "'{{modal}}' lets {{subject}} {{action}} without a judicial warrant ({{scenario}}); require a warrant signed by a federal or state judge",
      holds:
        'a ban on release until {{who}} takes custody makes {{subject}} hold the person for {{who}}, as a detainer asks, without a judicial warrant ({{scenario}}); require a warrant signed by a federal or state judge',
      exception:
        'the exception lets {{subject}} {{action}} without a judicial warrant ({{scenario}}); make it require a warrant signed by a federal or state judge',
    },
    fixable: true,
  },
  check({ model, words, report }) {
    const reported = new Set<number>();
    const sat = sharedSatSession();
    const later = laterModals(model);
    for (const norm of model.norms) {
      if (norm.implied || norm.force === 'discouragement' || !isCooperation(norm)) continue;
      const clause = norm.clause;
      // One finding a clause, or a duty of a list of duties ("shall do the following: a. …; b. …").
      const key = listedDuties(clause.sentence) && norm.action ? norm.action.offset : clause.offset;
      if (
        reported.has(key) ||
        conditionsNameAdministrativeWarrant(clause, model.doc.text, words, norm.force !== 'prohibition')
      )
        continue;
      const allowed = allowedWhen(norm);
      if (!allowed) continue;
      const scenario = sat.scenario([allowed, noJudicialWarrant]);
      if (!scenario) continue;
      reported.add(key);
      const example = scenario.holds.filter((a) => a.concept !== judicialWarrant.id)[0];
      const who = norm.counterpart ?? 'immigration enforcement';
      // A detainer that names no one comes from "an immigration authority", not a named one.
      // Questions put to the person are asked of no one else: "notify ICE or ask about immigration
      // status", not "… with ICE" (probe round 17).
      const action = norm.actions
        .map((a) =>
          actionPhrase(
            a.class,
            ASKED_OF_THE_PERSON.has(a.class) ? undefined : (norm.counterpart ?? IMMIGRATION_AUTHORITY),
          ),
        )
        .join(' or ');
      const held = holdsForCounterpart(norm);
      const data = {
        who,
        modal: norm.modal.text,
        subject: norm.subject.definition?.name.text ?? (norm.subject.text || 'anyone'),
        action,
        scenario: example
          ? `for instance ${/^for\b/i.test(example.label) ? '' : 'when '}${quotable(example.label)}`
          : 'in every case',
      };
      const span = normSpan(norm);
      // A list after the action would take the appended words for one of its conditions.
      const last = norm.action?.end === clause.sentence.action?.end;
      // No fix where the force is not a modal's ("Nothing in this policy prohibits … from …"), or
      // not the modal's alone ("shall not refuse to honor …": the requirement would bound the refusal).
      const modal = clause.sentence.modal;
      const ownModal =
        modal !== undefined &&
        norm.modal.offset >= modal.offset &&
        (norm.action?.offset ?? Infinity) >= norm.modal.end;
      // "may arrest without a warrant …": a required judicial warrant would contradict the clause's
      // own words, which the drafter has to take out.
      const withoutWarrant = clause.sentence.qualifiers.some(
        (q) => q.kind === 'without' && /\bwarrant/i.test(q.condition?.text ?? ''),
      );
      const canFix =
        ownModal &&
        !withoutWarrant &&
        !disguisedPermission(norm) &&
        !held &&
        norm.force !== 'prohibition' &&
        norm.action &&
        !(last && clause.sentence.actionList);
      const others = later.get(clause);
      const fix = insertion(
        norm,
        span.end,
        !others || norm.modal.offset === others[others.length - 1]!.offset,
        (q) => words.find('hedges', qualifierRun(q)).length > 0,
      );
      report({
        messageId: held ? 'holds' : norm.force === 'prohibition' ? 'exception' : 'allows',
        data,
        ...span,
        clause,
        ...(canFix
          ? {
              fixes: [
                {
                  title: 'Require a judicial warrant',
                  edits: [{ offset: fix.at, end: fix.at, newText: fix.text }],
                },
              ],
            }
          : {}),
      });
    }
  },
};
