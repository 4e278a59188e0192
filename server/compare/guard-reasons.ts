/**
 * How the conditions of a clause changed between versions, decided by entailment: for an
 * enforcement action, the cases in which it is allowed (fewer is stronger: an item removed from an
 * `only if any of:` list, an exception dropped); for a protective duty, the cases in which it
 * applies (more is stronger). A judicial-warrant requirement gained or lost is said first.
 */
import { and, atomsOf, describeGuard, noJudicialWarrant, type Guard } from '../model/index.js';
import { notLabel } from '../model/logic.js';
import { allowedOf, isNegative } from '../scorecard/reach.js';
import { Entailment, guardKey } from './entailment.js';
import type { ClauseProfile } from './profile.js';
import type { Reason } from './types.js';

const split = (g: Guard, op: 'and' | 'or'): Guard[] => (g.op === op ? g.guards : [g]);

/** A guard in a few quoted words: a failing condition as words say it ("it is not required by law"). */
function say(g: Guard): string {
  if (g.op === 'true') return 'in every case';
  const text = g.op === 'not' && g.guard.op === 'atom' ? notLabel(g.guard.atom.label) : describeGuard(g);
  return `'${text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text}'`;
}

/** Drops the conjuncts two guards share, so that "when X, only if any of: a, b" compares the lists. */
function withoutShared(a: Guard, b: Guard): [Guard, Guard] {
  const bs = new Set(split(b, 'and').map(guardKey));
  const as = new Set(split(a, 'and').map(guardKey));
  const keep = (g: Guard, other: Set<string>) =>
    and(...split(g, 'and').filter((c) => !other.has(guardKey(c))));
  return [keep(a, bs), keep(b, as)];
}

type Wording = { lost: (d: string) => string; gained: (e: string) => string };

const WORDING: Record<'negative' | 'positive' | 'mixed', Wording> = {
  negative: { lost: (d) => `exception ${d} removed`, gained: (e) => `new exception: ${e}` },
  positive: { lost: (d) => `no longer permits it when ${d}`, gained: (e) => `now also permits it when ${e}` },
  mixed: { lost: (d) => `no longer allowed when ${d}`, gained: (e) => `now allowed when ${e}` },
};

/**
 * True when a ban with an exception became a permission limited to the same cases, or the reverse:
 * "shall not honor a detainer unless it is accompanied by a judicial warrant" and "may honor a
 * detainer only if it is accompanied by a judicial warrant" allow the same thing in the same cases.
 */
export function sameAllowance(o: ClauseProfile, n: ClauseProfile): boolean {
  const forces = new Set([o.norm!.force, n.norm!.force]);
  if (forces.size !== 2 || !forces.has('prohibition') || !forces.has('permission')) return false;
  // "may share if W" forbids nothing when W fails; only "may share only if W" does.
  const permission = o.norm!.force === 'permission' ? o.norm! : n.norm!;
  if (!permission.onlyIf) return false;
  const before = allowedOf(o.norm!, o.norms);
  const after = allowedOf(n.norm!, n.norms);
  return new Entailment([before, after]).equivalent(before, after);
}

/** What changed in the cases an enforcement action is allowed. */
export function allowedReasons(o: ClauseProfile, n: ClauseProfile): Reason[] {
  const before = allowedOf(o.norm!, o.norms);
  const after = allowedOf(n.norm!, n.norms);
  const ent = new Entailment([before, after, noJudicialWarrant]);
  if (ent.equivalent(before, after)) return [];
  const negative = isNegative(o.norm!) && isNegative(n.norm!);
  const positive = !isNegative(o.norm!) && !isNegative(n.norm!);
  const wording = WORDING[negative ? 'negative' : positive ? 'positive' : 'mixed'];
  const [b, a] = withoutShared(before, after);
  if (ent.satisfiable(before) && ent.satisfiable(after)) {
    const gatedBefore = !ent.satisfiable(before, noJudicialWarrant);
    const gatedAfter = !ent.satisfiable(after, noJudicialWarrant);
    if (gatedBefore && !gatedAfter) {
      // Name what now suffices instead: "… (new exception: 'a Supervisor approves the hold')".
      const added = split(a, 'or').filter((e) => !ent.entails(e, before));
      const instead = added.length ? ` (${wording.gained(added.map(say).join(' or '))})` : '';
      return [{ text: `no longer requires a judicial warrant${instead}`, effect: -1 }];
    }
    if (!gatedBefore && gatedAfter) return [{ text: 'now requires a judicial warrant', effect: 1 }];
  }
  const reasons: Reason[] = [];
  const newParts = split(a, 'or');
  for (const d of split(b, 'or')) {
    if (ent.entails(d, after)) continue;
    const narrowed = newParts.find((e) => !ent.entails(d, e) && ent.entails(e, d) && ent.satisfiable(e));
    reasons.push(
      narrowed
        ? { text: `${say(d)} narrowed to ${say(narrowed)}`, effect: 1 }
        : { text: wording.lost(say(d)), effect: 1 },
    );
  }
  for (const e of newParts)
    if (!ent.entails(e, before)) reasons.push({ text: wording.gained(say(e)), effect: -1 });
  return reasons;
}

/** True when a condition of the clause is (or is inside) a phrase already reported as a weakness. */
function isWeaknessPhrase(g: Guard, p: ClauseProfile): boolean {
  const atoms = [...atomsOf(g).values()];
  return (
    atoms.length > 0 && atoms.every((x) => p.weaknesses.some((w) => x.offset < w.end && w.offset < x.end))
  );
}

/** What changed in the cases a protective duty applies: conditions added narrow it, conditions dropped widen it. */
export function requiredReasons(o: ClauseProfile, n: ClauseProfile): Reason[] {
  const before = o.norm!.guard;
  const after = n.norm!.guard;
  const ent = new Entailment([before, after]);
  if (ent.equivalent(before, after)) return [];
  const reasons: Reason[] = [];
  for (const c of split(after, 'and'))
    if (!ent.entails(before, c) && !isWeaknessPhrase(c, n))
      reasons.push({ text: `now applies only when ${say(c)}`, effect: -1 });
  for (const c of split(before, 'and'))
    if (!ent.entails(after, c) && !isWeaknessPhrase(c, o))
      reasons.push({ text: `no longer limited to when ${say(c)}`, effect: 1 });
  return reasons;
}
