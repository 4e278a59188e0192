/**
 * Guards as SAT problems, solved with logic-solver (MiniSat compiled to JavaScript): whether two
 * guards can hold at once, and a witness scenario in plain words when they can.
 */
import Logic, { type Formula } from 'logic-solver';
import { atomsOf, type Atom, type Guard } from './guards.js';
import type { Concept } from './norms.js';

/** Variable names for atoms, shared by the formulas of one problem. */
export class AtomNames {
  private readonly names = new Map<string, string>();
  readonly atoms = new Map<string, Atom>();

  name(atom: Atom): string {
    let name = this.names.get(atom.id);
    if (!name) {
      name = `a${this.names.size}`;
      this.names.set(atom.id, name);
      this.atoms.set(name, atom);
    }
    return name;
  }
}

/** The guard as a logic-solver formula. */
export function toLogic(guard: Guard, names: AtomNames): Formula {
  switch (guard.op) {
    case 'true':
      return Logic.TRUE;
    case 'atom':
      return names.name(guard.atom);
    case 'not':
      return Logic.not(toLogic(guard.guard, names));
    case 'and':
      return Logic.and(guard.guards.map((g) => toLogic(g, names)));
    case 'or':
      return Logic.or(guard.guards.map((g) => toLogic(g, names)));
  }
}

/** One scenario: each atom of the problem, true or false. */
export interface Scenario {
  holds: Atom[];
  fails: Atom[];
}

/**
 * A scenario in which every guard holds, or undefined when none exists. "Solely for X" means X is
 * the only reason, so it excludes the other conditions the guards name.
 */
export function jointScenario(guards: Guard[]): Scenario | undefined {
  const names = new AtomNames();
  const solver = new Logic.Solver();
  for (const g of guards) solver.require(toLogic(g, names));
  const all = new Map<string, Atom>();
  for (const g of guards) atomsOf(g, all);
  const solely = [...all.values()].filter((a) => a.concept === 'solely');
  for (const s of solely)
    for (const other of all.values())
      if (other !== s && other.concept !== 'solely' && other.concept !== 'judicial-warrant')
        solver.require(Logic.implies(names.name(s), Logic.not(names.name(other))));
  const solution = solver.solve();
  if (!solution) return undefined;
  const trueVars = new Set(solution.getTrueVars());
  const scenario: Scenario = { holds: [], fails: [] };
  for (const [name, atom] of names.atoms) (trueVars.has(name) ? scenario.holds : scenario.fails).push(atom);
  return scenario;
}

/** The scenario in plain words: "the individual is arrested for a violent felony and no judicial warrant is presented". */
export function describeScenario(scenario: Scenario, concepts: Concept[] = []): string {
  const label = (a: Atom, holds: boolean) => {
    const concept = concepts.find((c) => c.id === a.concept);
    if (concept) return holds ? concept.label : concept.negatedLabel;
    return holds ? a.label : `not: ${a.label}`;
  };
  const parts = [...scenario.holds.map((a) => label(a, true)), ...scenario.fails.map((a) => label(a, false))];
  return parts.length ? parts.join(' and ') : 'in every case';
}
