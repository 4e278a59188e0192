/**
 * section-287g: a clause that lets the agency enter into a § 287(g) agreement (8 U.S.C. § 1357(g)),
 * which deputises its officers to enforce federal immigration law.
 */
import type { Qualifier } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import { clauseRuns } from './support.js';

const ALLOWING = new Set(['permission', 'obligation', 'recommendation']);
const EXCEPTIONS = new Set<Qualifier['kind']>(['unless', 'except', 'without']);

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
  check({ model, words, report }) {
    const reported = new Set<number>();
    for (const norm of model.norms) {
      const clause = norm.clause;
      if (norm.implied || reported.has(clause.offset)) continue;
      const exception = clause.sentence.qualifiers.find((q) => EXCEPTIONS.has(q.kind));
      if (!ALLOWING.has(norm.force) && !(norm.force === 'prohibition' && exception)) continue;
      const phrase = clauseRuns(clause).flatMap((run) => words.find('section-287g', run))[0];
      if (!phrase) continue;
      reported.add(clause.offset);
      const data = { modal: clause.sentence.modal!.text, keyword: exception?.keyword ?? '' };
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
