/**
 * How far a norm reaches: the cases a prohibition leaves open (its exceptions, and everything outside
 * its limits), the cases a permission or duty allows, and whether those cases all need a judicial
 * warrant — decided by SAT over the guards, not by reading the words.
 */
import { opensException, type List, type Qualifier, type QualifierKind } from '../../grammar/index.js';
import {
  and,
  conditionGuard,
  defaultConcepts,
  judicialWarrant,
  listedDuties,
  mentions,
  noJudicialWarrant,
  not,
  or,
  requires,
  TRUE,
  type Guard,
  type Norm,
} from '../model/index.js';
import { jointScenario } from '../model/logic.js';

/** A guard that never holds. */
export const FALSE: Guard = not(TRUE);

/** Qualifiers that open an exception to a prohibition: the prohibition gives way when they hold. */
/** Qualifiers that limit a prohibition to some cases: outside them it says nothing. */
const LIMITS = new Set<QualifierKind>(['if', 'when', 'provided', 'only-if', 'only-with', 'only-after']);

function listGuard(list: List): Guard {
  const items = list.items.map((i) => conditionGuard(i.text, defaultConcepts, false));
  return list.quantifier === 'all' ? and(...items) : or(...items);
}

/** A qualifier's condition as a guard, not negated ("unless X" gives X). */
export function qualifierCondition(q: Qualifier): Guard | undefined {
  const parts: Guard[] = [];
  if (q.condition) parts.push(conditionGuard(q.condition, defaultConcepts, false));
  if (q.list) parts.push(listGuard(q.list));
  return parts.length ? and(...parts) : undefined;
}

/** The qualifiers of a prohibition that open or limit it, with the cases each leaves open. */
export function openings(norm: Norm): { qualifier: Qualifier; open: Guard }[] {
  const out: { qualifier: Qualifier; open: Guard }[] = [];
  for (const q of norm.clause.sentence.qualifiers) {
    const condition = opensException(q.kind) || LIMITS.has(q.kind) ? qualifierCondition(q) : undefined;
    if (condition) out.push({ qualifier: q, open: opensException(q.kind) ? condition : not(condition) });
  }
  return out;
}

/**
 * The cases a prohibition leaves open, or undefined when it holds in every case. For the prohibition
 * implied by "only if X" (a permission), that is X, read from the permission among `norms`.
 */
export function escapeOf(norm: Norm, norms: Norm[] = []): Guard | undefined {
  if (norm.implied) return norms.find((n) => n.clause === norm.clause && !n.implied)?.onlyIf ?? FALSE;
  const open = openings(norm).map((o) => o.open);
  const list = norm.clause.sentence.actionList;
  // "shall not cooperate under the following circumstances: …" is limited to the listed cases.
  // A list of duties ("shall not do the following: a. …") holds actions, not cases.
  if (
    list &&
    !/^only\b/i.test(norm.clause.sentence.action?.text ?? '') &&
    !listedDuties(norm.clause.sentence)
  )
    open.push(not(listGuard(list)));
  return open.length ? or(...open) : undefined;
}

const NEGATIVE = new Set(['prohibition', 'discouragement']);

/** True for prohibitions and discouragements. */
export const isNegative = (norm: Norm): boolean => NEGATIVE.has(norm.force);

/** The cases in which a norm lets the action happen: a permission's or duty's guard, a prohibition's escape. */
export function allowedOf(norm: Norm, norms: Norm[] = []): Guard {
  if (isNegative(norm)) return escapeOf(norm, norms) ?? FALSE;
  return norm.guard;
}

/** Atom ids that occur both plainly and negated; a guard without any is satisfiable outright. */
function mixedAtoms(
  guard: Guard,
  positive = true,
  seen = new Map<string, boolean>(),
  mixed = new Set<string>(),
): Set<string> {
  switch (guard.op) {
    case 'atom': {
      const before = seen.get(guard.atom.id);
      if (before !== undefined && before !== positive) mixed.add(guard.atom.id);
      seen.set(guard.atom.id, positive);
      break;
    }
    case 'not':
      mixedAtoms(guard.guard, !positive, seen, mixed);
      break;
    case 'and':
    case 'or':
      for (const g of guard.guards) mixedAtoms(g, positive, seen, mixed);
      break;
    case 'true':
      if (!positive) mixed.add('true');
  }
  return mixed;
}

/** True when `not` only ever wraps an atom, so that `requires` reads the guard exactly. */
const literalNegations = (g: Guard): boolean =>
  g.op === 'not'
    ? g.guard.op === 'atom'
    : g.op === 'and' || g.op === 'or'
      ? g.guards.every(literalNegations)
      : true;

const satisfiableCache = new WeakMap<Guard, boolean>();
const gatedCache = new WeakMap<Guard, boolean>();

function memo(cache: WeakMap<Guard, boolean>, guard: Guard, compute: () => boolean): boolean {
  let value = cache.get(guard);
  if (value === undefined) cache.set(guard, (value = compute()));
  return value;
}

/**
 * True when the guard can hold at all. When no atom occurs both plainly and negated, setting every
 * plain atom true and every negated one false satisfies it; only the rest go to the SAT solver.
 */
export function satisfiable(guard: Guard): boolean {
  if (mixedAtoms(guard).size === 0) return true;
  return memo(satisfiableCache, guard, () => jointScenario([guard]) !== undefined);
}

/** True when the guard can hold, and only with a judicial warrant. */
export function warrantGated(guard: Guard): boolean {
  if (!mentions(guard, judicialWarrant.id)) return false;
  // The common shapes ("unless a judicial warrant", "only if … and a judicial warrant") need no solver.
  if (mixedAtoms(guard).size === 0 && literalNegations(guard)) return requires(guard, judicialWarrant.id);
  return memo(
    gatedCache,
    guard,
    () => satisfiable(guard) && jointScenario([guard, noJudicialWarrant]) === undefined,
  );
}
