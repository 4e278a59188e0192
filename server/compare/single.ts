/**
 * What an added or a removed clause does to the policy. An added prohibition strengthens it; an added
 * permission or duty to cooperate without a judicial warrant weakens it; an "only if" permission
 * limits cooperation and so strengthens it (and says when it does not require a judicial warrant); a
 * protective duty strengthens it; a statement is neutral unless it is one the scorecard counts
 * (services not contingent on status). A removed clause has the opposite effect.
 */
import { isNegative, warrantGated, escapeOf, satisfiable } from '../scorecard/reach.js';
import type { Safeguard } from '../scorecard/safeguards.js';
import { describeWeakness } from '../scorecard/weaknesses.js';
import { isCooperation } from '../rules/warrants.js';
import { actionWords, type ClauseProfile } from './profile.js';
import type { Effect, Reason } from './types.js';
import { movedTo, type Version } from './moved.js';

const PAST: Record<string, string> = {
  forbids: 'forbade',
  permits: 'permitted',
  requires: 'required',
  recommends: 'recommended',
  states: 'stated',
  limits: 'limited',
};

interface Reading {
  verb: string;
  rest: string;
  effect: Effect;
}

/** What the clause does, as a verb, the rest of the sentence and its effect when added. */
function read(p: ClauseProfile, safeguards: Safeguard[]): Reading {
  const norm = p.norm;
  const action = `'${actionWords(p)}'`;
  if (!norm) {
    const counted = safeguards.some(
      (s) => s.statements && s.parts.some((part) => part.matches(p.clause, undefined)),
    );
    return { verb: 'states', rest: action, effect: counted ? 1 : 0 };
  }
  if (isNegative(norm)) {
    const escape = escapeOf(norm, p.norms);
    const open = escape && satisfiable(escape) && !warrantGated(escape) && p.enforcement;
    return {
      verb: 'forbids',
      rest: `${action}${open ? ', with an exception that does not require a judicial warrant' : ''}`,
      effect: 1,
    };
  }
  const verb =
    norm.force === 'permission' ? 'permits' : norm.force === 'obligation' ? 'requires' : 'recommends';
  if (!p.enforcement) return { verb, rest: action, effect: norm.force === 'permission' ? 0 : 1 };
  const gated = warrantGated(norm.guard);
  if (norm.onlyIf)
    return gated
      ? { verb: 'permits', rest: `${action} only with a judicial warrant`, effect: 1 }
      : {
          verb: 'limits',
          rest: `${action} to the cases it lists, without requiring a judicial warrant`,
          effect: 1,
        };
  if (gated) return { verb, rest: `${action} with a judicial warrant`, effect: 0 };
  return { verb, rest: `${action}${isCooperation(norm) ? ' without a judicial warrant' : ''}`, effect: -1 };
}

function weaknessNote(p: ClauseProfile): string {
  const words = p.weaknesses
    .filter((w) => w.kind !== 'missing-judicial-warrant')
    .slice(0, 2)
    .map(describeWeakness);
  return words.length ? ` (with ${words.join(' and ')})` : '';
}

/**
 * The reason for a clause only the new version has; `old` is the old version's norms. A clause
 * whose every duty the old version had in another clause, in the same cases, only moved it.
 */
export function addedReason(p: ClauseProfile, safeguards: Safeguard[], old: Version): Reason {
  const r = read(p, safeguards);
  const text = `new §${p.clause.number} ${r.verb} ${r.rest}${weaknessNote(p)}`;
  const from = p.norm && !p.weaknesses.length ? movedTo(p.norm, p, old) : undefined;
  return from ? { text: `${text}, as §${from.number} did`, effect: 0 } : { text, effect: r.effect };
}

/** The reason for a clause only the old version has; `now` is the new version's norms (see `addedReason`). */
export function removedReason(p: ClauseProfile, safeguards: Safeguard[], now: Version): Reason {
  const r = read(p, safeguards);
  const text = `§${p.clause.number} removed; it ${PAST[r.verb] ?? r.verb} ${r.rest}`;
  const to = p.norm && !p.weaknesses.length ? movedTo(p.norm, p, now) : undefined;
  return to
    ? { text: `${text}, which §${to.number} now does`, effect: 0 }
    : { text, effect: -r.effect as Effect };
}
