/**
 * The checks' verdict on a library clause — its force, whether it is gated by a judicial warrant,
 * the rules it trips — and the strength score derived from it, which ranks strong clauses above
 * weak ones.
 */
import type { Clause, Force } from '../../grammar/index.js';
import type { Finding } from '../analysis/types.js';
import { judicialWarrant, requires, type Guard, type Norm } from '../model/index.js';
import type { ForceFamily, ForceLabel, Verdict } from './types.js';

const LABELS: Record<Force, ForceLabel> = {
  obligation: 'mandatory',
  prohibition: 'prohibition',
  permission: 'permissive',
  recommendation: 'recommendation',
  discouragement: 'discouragement',
};

/** How strong a clause of each force is before its findings count. */
const BASE: Record<ForceLabel, number> = {
  prohibition: 1,
  mandatory: 0.9,
  permissive: 0.5,
  statement: 0.55,
  discouragement: 0.4,
  recommendation: 0.35,
};

/** Findings about the source document's hygiene, not the clause's force, weigh little. */
const HYGIENE = new Set([
  'undefined-term',
  'unused-definition',
  'dangling-reference',
  'duplicate-clause',
  'similar-clauses',
]);
const SEVERITY_WEIGHT = { error: 0.3, warning: 0.2, info: 0.1 } as const;

/** The force family: which forces an action completion may draw from. */
export function familyOf(force: Force | undefined): ForceFamily {
  switch (force) {
    case 'prohibition':
    case 'discouragement':
      return 'restrict';
    case 'obligation':
    case 'recommendation':
      return 'require';
    case 'permission':
      return 'permit';
    default:
      return 'state';
  }
}

/** The clause's force in drafting words. */
export const forceLabel = (force: Force | undefined): ForceLabel => (force ? LABELS[force] : 'statement');

/** True when every way out of a prohibition (its `unless` parts) needs a judicial warrant. */
function exceptionRequiresWarrant(guard: Guard): boolean {
  if (guard.op === 'not') return requires(guard.guard, judicialWarrant.id);
  if (guard.op === 'and') return guard.guards.some(exceptionRequiresWarrant);
  return false;
}

/** True when the clause's norms let the action happen only with a judicial warrant. */
export function warrantGated(norms: Norm[]): boolean {
  return norms.some((n) =>
    n.implied
      ? false
      : n.force === 'prohibition' || n.force === 'discouragement'
        ? exceptionRequiresWarrant(n.guard)
        : requires(n.guard, judicialWarrant.id),
  );
}

/** The verdict on `clause`, from its norms and the findings of its document. */
export function clauseVerdict(clause: Clause, norms: Norm[], findings: Finding[]): Verdict {
  const mine = findings.filter((f) => f.offset >= clause.offset && f.offset < clause.end);
  const force = forceLabel(clause.sentence.modal?.force);
  const gated = warrantGated(norms);
  let strength = BASE[force] + (gated ? 0.15 : 0);
  for (const f of mine) strength -= SEVERITY_WEIGHT[f.severity] * (HYGIENE.has(f.rule) ? 0.25 : 1);
  return {
    force,
    warrantGated: gated,
    rules: [...new Set(mine.map((f) => f.rule))],
    messages: mine.map((f) => ({ rule: f.rule, message: f.message })),
    strength: Math.max(0.05, Math.min(1, strength)),
  };
}

/** "prohibition · judicial-warrant-gated · no findings", "recommendation · weak-modal, hedged-duty". */
export function describeVerdict(v: Verdict): string {
  const parts: string[] = [v.force];
  if (v.warrantGated) parts.push('judicial-warrant-gated');
  parts.push(v.rules.length ? v.rules.join(', ') : 'no findings');
  return parts.join(' · ');
}
