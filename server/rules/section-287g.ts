/**
 * section-287g: a clause that lets the agency enter into a § 287(g) agreement (8 U.S.C. § 1357(g)),
 * which deputises its officers to enforce federal immigration law.
 */
import { opensException, type Clause } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import type { PhraseMatch } from '../analysis/words.js';
import { defaultLexicon, SOMEONE_ELSE, TOLD_REFUSAL, type Norm } from '../model/index.js';
import { verbOf } from '../model/text.js';
import { documentRuns } from './support.js';

const ALLOWING = new Set(['permission', 'obligation', 'recommendation']);

/** A denial just before a 287(g) wording: "… that MBPD officers do not enforce federal immigration law". */
const DENIED = /\b(?:not|never|cannot)\s+(?:\S+\s+)?$/i;

/** What follows "§ 1357" or "1357(g)" in a citation of (g)(10), the provision that needs no agreement. */
const PROVISO = /^(?:\(g\))?\(10\)/;

/** Verbs that end an agreement. */
const ENDING =
  /^(?:terminat|end(?:s|ed|ing)?$|withdraw|rescind|cancel|revok|dissolv|discontinu|exit|abandon)/i;

/** Whether the norm ends an agreement, or tells of its end (the model's reading of a told refusal). */
function ends(norm: Norm): boolean {
  if (norm.actions.some((a) => a.class === TOLD_REFUSAL)) return true;
  return ENDING.test(verbOf(norm.action?.wordTexts ?? []));
}

export const section287g: Rule = {
  meta: {
    id: 'section-287g',
    pack: 'immigration',
    severity: 'error',
    description:
      'Permission to enter into a 287(g) agreement, which makes local officers federal immigration agents.',
    messages: {
      allows:
        "'{{modal}}' leaves the door open to a 287(g) agreement, under which local officers act as federal immigration agents; forbid it without exception",
      exception:
        "the '{{keyword}}' exception leaves the door open to a 287(g) agreement, under which local officers act as federal immigration agents; drop the exception",
    },
    fixable: false,
  },
  check({ doc, model, words, report }) {
    // The first 287(g) phrase of each clause that has one; without any, no norm needs a look.
    const phrases = new Map<Clause, PhraseMatch>();
    const runs = documentRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++)
      for (const run of runs[i]!) {
        // 8 U.S.C. § 1357(g)(10) is the provision that needs no agreement: citing it opens no door.
        const found = words
          .find('section-287g', run)
          .find(
            (m) =>
              !PROVISO.test(doc.text.slice(m.end, m.end + 8)) &&
              !DENIED.test(doc.text.slice(Math.max(0, m.offset - 24), m.offset)),
          );
        if (!found) continue;
        phrases.set(doc.clauses[i]!, found);
        break;
      }
    if (!phrases.size) return;
    const reported = new Set<number>();
    for (const norm of model.norms) {
      const clause = norm.clause;
      if (norm.implied || reported.has(clause.offset)) continue;
      const exception = clause.sentence.qualifiers.find((q) => opensException(q.kind));
      if (!ALLOWING.has(norm.force) && !(norm.force === 'prohibition' && exception)) continue;
      // A duty to tell someone else about an agreement ("report to the City Council any proposal
      // to enter into an agreement under 8 U.S.C. § 1357(g)") enters into none.
      if (
        norm.counterpart === SOMEONE_ELSE &&
        norm.actions.every((a) => defaultLexicon.isWithin(a.class, 'share-information'))
      )
        continue;
      // Ending an agreement, or telling ICE it ends, opens no door: "shall terminate any such
      // agreement", "may terminate the Warrant Service Officer program", "shall give ICE written
      // notice of termination of any agreement under 8 U.S.C. § 1357(g)".
      // (A ban on ending one entrenches it, and is read as before.)
      if (ALLOWING.has(norm.force) && ends(norm)) continue;
      const phrase = phrases.get(clause);
      if (!phrase) continue;
      reported.add(clause.offset);
      const data = { modal: norm.modal.text, keyword: exception?.keyword ?? '' };
      report({
        messageId: ALLOWING.has(norm.force) ? 'allows' : 'exception',
        data,
        offset: phrase.offset,
        end: phrase.end,
        clause,
      });
    }
  },
};
