/**
 * Guards: propositional formulas over condition atoms, saying when a norm applies. An atom is a
 * normalised condition ("a judicial warrant is presented"), so the same condition written twice is
 * one atom.
 */

/** A condition: `id` is its normalised key, `label` how the draft says it. */
export interface Atom {
  id: string;
  label: string;
  /** Source offsets of the condition's words. */
  offset: number;
  end: number;
  /** A concept the atom was recognised as (`judicial-warrant`), or `solely` for "solely for X". */
  concept?: string;
}

export type Guard =
  | { op: 'true' }
  | { op: 'atom'; atom: Atom }
  | { op: 'not'; guard: Guard }
  | { op: 'and' | 'or'; guards: Guard[] };

export const TRUE: Guard = { op: 'true' };

export const atom = (a: Atom): Guard => ({ op: 'atom', atom: a });

export function not(guard: Guard): Guard {
  if (guard.op === 'not') return guard.guard;
  return { op: 'not', guard };
}

function combine(op: 'and' | 'or', guards: Guard[]): Guard {
  // One loop, without flatMap's array per guard: the model builds a guard for every clause.
  const flat: Guard[] = [];
  for (const g of guards) {
    if (g.op === 'true') {
      if (op === 'or') return TRUE;
    } else if (g.op === op) flat.push(...g.guards);
    else flat.push(g);
  }
  if (flat.length === 0) return TRUE;
  if (flat.length === 1) return flat[0]!;
  return { op, guards: flat };
}

export const and = (...guards: Guard[]): Guard => combine('and', guards);
export const or = (...guards: Guard[]): Guard => combine('or', guards);

/** Every atom in `guard`, once each (by id). */
export function atomsOf(guard: Guard, out = new Map<string, Atom>()): Map<string, Atom> {
  switch (guard.op) {
    case 'atom':
      if (!out.has(guard.atom.id)) out.set(guard.atom.id, guard.atom);
      break;
    case 'not':
      atomsOf(guard.guard, out);
      break;
    case 'and':
    case 'or':
      for (const g of guard.guards) atomsOf(g, out);
      break;
  }
  return out;
}

/** `guard` with every atom of id `id` replaced by `replacement`. */
export function substitute(guard: Guard, id: string, replacement: Guard): Guard {
  switch (guard.op) {
    case 'true':
      return guard;
    case 'atom':
      return guard.atom.id === id ? replacement : guard;
    case 'not':
      return not(substitute(guard.guard, id, replacement));
    case 'and':
    case 'or':
      return combine(
        guard.op,
        guard.guards.map((g) => substitute(g, id, replacement)),
      );
  }
}

/** True when `guard`, read as a formula, requires `concept` to hold (in every way it can be true). */
export function requires(guard: Guard, concept: string): boolean {
  switch (guard.op) {
    case 'true':
      return false;
    case 'atom':
      return guard.atom.concept === concept;
    case 'not':
      return false;
    case 'and':
      return guard.guards.some((g) => requires(g, concept));
    case 'or':
      return guard.guards.every((g) => requires(g, concept));
  }
}

/** True when `concept` appears anywhere in `guard`, negated or not. */
export function mentions(guard: Guard, concept: string): boolean {
  return [...atomsOf(guard).values()].some((a) => a.concept === concept);
}

/** The guard in plain words, for messages. */
export function describeGuard(guard: Guard): string {
  switch (guard.op) {
    case 'true':
      return 'always';
    case 'atom':
      return guard.atom.label;
    case 'not':
      return `not (${describeGuard(guard.guard)})`;
    case 'and':
    case 'or':
      return guard.guards
        .map((g) => (g.op === 'and' || g.op === 'or' ? `(${describeGuard(g)})` : describeGuard(g)))
        .join(` ${guard.op} `);
  }
}
