/**
 * What a comparison needs to know about one clause of one version: its norm, whether its action is
 * immigration enforcement, what it allows, what weakens it, and how to say it.
 */
import type { Clause } from '../../grammar/index.js';
import type { Analysis } from '../analysis/analyze.js';
import type { WordLists } from '../analysis/words.js';
import type { Force } from '../../grammar/index.js';
import { defaultLexicon, SOMEONE_ELSE, type Norm } from '../model/index.js';
import { clauseWeaknesses, type Weakness } from '../scorecard/weaknesses.js';

/** One clause in one version, read for comparison. */
export interface ClauseProfile {
  clause: Clause;
  analysis: Analysis;
  /** The clause's own norm (not the one implied by "only if"), when it has a modal. */
  norm?: Norm;
  /** Every norm of the document, for reading implied prohibitions. */
  norms: Norm[];
  /** True when the action is one the safeguards restrict (cooperating, detaining, asking about status…). */
  enforcement: boolean;
  weaknesses: Weakness[];
}

/** Reads `clause` of `analysis` for comparison. */
export function profile(analysis: Analysis, clause: Clause, words: WordLists): ClauseProfile {
  const norms = analysis.model.norms;
  const norm = norms.find((n) => n.clause === clause && !n.implied);
  return {
    clause,
    analysis,
    ...(norm ? { norm } : {}),
    norms,
    // Telling someone else ("notify the person's attorney of each detention") is no enforcement
    // action, though notifying is one of the lexicon's: a duty to do it protects (probe round 15).
    enforcement: !!norm && norm.counterpart !== SOMEONE_ELSE && norm.actions.some((a) => a.known),
    weaknesses: clauseWeaknesses(analysis.doc, clause, analysis.findings, words),
  };
}

/**
 * How much a clause protects, on one scale per kind of action. For enforcement actions a prohibition
 * protects most and a duty to cooperate least; for other duties (to obtain approval, to record a
 * request) what counts is how binding the clause is. A statement sits in the middle.
 */
export function protection(p: ClauseProfile, enforcement: boolean): number {
  const force: Force | undefined = p.norm?.force;
  if (!force) return 2;
  if (enforcement)
    return { prohibition: 4, discouragement: 3, permission: 2, recommendation: 1, obligation: 0 }[force];
  // Telling someone other than ICE (the person's attorney, a consulate) protects the person: a ban
  // on it is the weakest (probe round 16: "shall" → "shall not notify the person's attorney of
  // any ICE detainer" read as unchanged).
  if (tellsSomeoneElse(p.norm!))
    return { obligation: 4, recommendation: 3, permission: 2, discouragement: 1, prohibition: 0 }[force];
  return { obligation: 4, prohibition: 4, recommendation: 3, discouragement: 3, permission: 2 }[force];
}

/** Whether the norm tells someone other than an immigration authority something (notifies, shares). */
function tellsSomeoneElse(norm: Norm): boolean {
  return (
    norm.counterpart === SOMEONE_ELSE &&
    norm.actions.some((a) => defaultLexicon.isWithin(a.class, 'share-information'))
  );
}

/** The clause's action in the draft's words, shortened: "participate in immigration raids". */
export function actionWords(p: ClauseProfile, max = 70): string {
  const s = p.clause.sentence;
  const text = (s.action?.text ?? s.subject?.text ?? '').replace(/[,;:]+$/, '');
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The modal as written, or "a statement". */
export const modalWords = (p: ClauseProfile): string =>
  p.clause.sentence.modal ? `'${p.clause.sentence.modal.text}'` : 'a statement';
