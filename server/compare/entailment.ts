/**
 * Entailment between guards of two versions of a clause, decided by SAT (logic-solver): a new guard
 * that entails the old one is narrower. Atoms are shared by id across versions, and one background
 * fact is added: a condition that repeats another and adds a restriction ("a previously deported
 * felon, under circumstances for which …") implies it.
 */
import Logic, { type Formula } from 'logic-solver';
import { atomsOf, type Atom, type Guard } from '../model/index.js';
import { AtomNames, toLogic } from '../model/logic.js';
import { flatten } from '../model/text.js';
import { guardKey } from '../model/logic.js';

/** Words after a repeated condition that widen it instead of restricting it. */
const WIDENING = /^(?:or|unless|except|otherwise|and\/or|nor)\b/;

/** True when `specific` restates `general` and only adds a restriction after it. */
export function restricts(specific: Atom, general: Atom): boolean {
  if (specific.id === general.id || specific.concept || general.concept) return false;
  const s = flatten(specific.label);
  const g = flatten(general.label);
  if (!g || s.length <= g.length || !s.startsWith(g)) return false;
  const rest = s.slice(g.length).replace(/^[\s,;:]+/, '');
  return /^[\s,;:]/.test(s.slice(g.length)) && !WIDENING.test(rest);
}

/** Canonical text of a guard, to skip the solver when two guards are written the same. */
export { guardKey };

/** Entailment questions over a fixed set of guards (the two versions' guards of one clause), on one solver. */
export class Entailment {
  private readonly names = new AtomNames();
  private readonly solver = new Logic.Solver();

  constructor(guards: Guard[]) {
    const atoms = new Map<string, Atom>();
    for (const g of guards) atomsOf(g, atoms);
    for (const a of atoms.values())
      for (const b of atoms.values())
        if (restricts(a, b)) this.solver.require(Logic.implies(this.names.name(a), this.names.name(b)));
  }

  /** Solves under an assumption, so that one solver answers every question. */
  private solvable(formula: Formula): boolean {
    return this.solver.solveAssuming(formula) !== null;
  }

  /** True when some case satisfies every guard. */
  satisfiable(...guards: Guard[]): boolean {
    return this.solvable(Logic.and(guards.map((g) => toLogic(g, this.names))));
  }

  /** True when every case of `a` is a case of `b` (a ⊨ b). */
  entails(a: Guard, b: Guard): boolean {
    if (guardKey(a) === guardKey(b) || b.op === 'true') return true;
    return !this.solvable(Logic.and(toLogic(a, this.names), Logic.not(toLogic(b, this.names))));
  }

  /** True when `a` and `b` hold in exactly the same cases. */
  equivalent(a: Guard, b: Guard): boolean {
    return guardKey(a) === guardKey(b) || (this.entails(a, b) && this.entails(b, a));
  }
}
