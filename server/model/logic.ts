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
 * How many questions one MiniSat instance answers before a new one takes over (a question's
 * scenario may take a few more, see `SatSession.solve`; each counts). Creating one costs
 * 4 to 10 ms; but logic-solver keeps every question's clauses and variables, and its work per
 * question grows with them (for each solution it copies the whole assignment out of MiniSat and
 * clones its table of formulas): 0.24 ms a question for the first 250, 0.8 ms after 2,500, and so
 * on up. Over six generated 10,000-clause drafts (2,800 questions), a solver per 500 questions
 * averaged 0.26 ms a question (per 200: 0.31; per 1,000: 0.29), against 0.55 ms with one solver.
 */
const QUESTIONS_PER_SOLVER = 500;

/** What a session may do besides asking MiniSat. */
export interface SatSessionOptions {
  /**
   * Answer conjunctions of atoms and negated atoms without MiniSat (see `literalAnswer`): on by
   * default; off only to check that shortcut against the solver.
   */
  literals?: boolean;
}

/**
 * Many questions about guards, answered with few MiniSat instances: each question is asked under
 * an assumption (`solveAssuming`) of the current solver, which is replaced every
 * `QUESTIONS_PER_SOLVER` questions. Answers are remembered by the guards' shape. Questions whose
 * guards are all conjunctions of atoms and negated atoms are answered without the solver.
 */
export class SatSession {
  private readonly names = new AtomNames();
  private solver = new Logic.Solver();
  /** Answers by the guards' shape: which atom ids hold, or null when the guards cannot all hold. */
  private readonly memo = new Map<string, Set<string> | null>();
  private readonly literals: boolean;
  /** Questions answered so far, not from memory. */
  questions = 0;
  /** Of those, the ones put to MiniSat. */
  solved = 0;
  /** What the current solver has been asked, questions and the steps of their scenarios. */
  private calls = 0;

  constructor(options: SatSessionOptions = {}) {
    this.literals = options.literals ?? true;
  }

  /**
   * A scenario in which every guard holds, or undefined when none exists. "Solely for X" means X
   * is the only reason, so it excludes the other conditions the guards name.
   */
  scenario(guards: Guard[]): Scenario | undefined {
    const all = new Map<string, Atom>();
    for (const g of guards) atomsOf(g, all);
    const key = guards.map((g) => shapeKey(g, false)).join('&');
    let holding = this.memo.get(key);
    if (holding === undefined) {
      this.questions++;
      const quick = this.literals ? literalAnswer(guards, all) : undefined;
      holding = quick !== undefined ? quick : this.solve(guards, all);
      this.memo.set(key, holding);
    }
    if (!holding) return undefined;
    const scenario: Scenario = { holds: [], fails: [] };
    for (const atom of all.values()) (holding.has(atom.id) ? scenario.holds : scenario.fails).push(atom);
    return scenario;
  }

  private solve(guards: Guard[], all: Map<string, Atom>): Set<string> | null {
    if (this.calls >= QUESTIONS_PER_SOLVER) {
      this.solver = new Logic.Solver();
      this.calls = 0;
    }
    this.solved++;
    this.calls++;
    const parts: Formula[] = guards.map((g) => toLogic(g, this.names));
    const solely = [...all.values()].filter((a) => a.concept === 'solely');
    for (const s of solely)
      for (const other of all.values())
        if (excludedBySolely(s, other))
          parts.push(Logic.implies(this.names.name(s), Logic.not(this.names.name(other))));
    const formula = Logic.and(parts);
    let solution = this.solver.solveAssuming(formula);
    if (!solution) return null;
    // The scenario MiniSat finds depends on what it was asked before, in this document and in
    // others checked by the same process. The one reported is the same every time: atoms are let
    // fail where they can, the last-named first, so the conditions a scenario keeps are the
    // fewest, and the first-named of the alternatives ("the individual is arrested for any violent
    // felony", not the fourth item of that list).
    const fixed: Formula[] = [formula];
    const holding = new Set<string>();
    for (const atom of [...all.values()].reverse()) {
      const name = this.names.name(atom);
      // Each atom's value read by name: getTrueVars would scan every variable the solver has.
      if (solution.evaluate(name)) {
        const failing = this.solver.solveAssuming(Logic.and(...fixed, Logic.not(name)));
        this.calls++;
        if (!failing) {
          holding.add(atom.id);
          fixed.push(name);
          continue;
        }
        solution = failing;
      }
      fixed.push(Logic.not(name));
    }
    return holding;
  }
}

/** Whether "solely `s`" rules out `other`: every other condition but another "solely" and a judicial warrant. */
function excludedBySolely(s: Atom, other: Atom): boolean {
  return other !== s && other.concept !== 'solely' && other.concept !== 'judicial-warrant';
}

/**
 * The answer to a question whose guards are all conjunctions of atoms and negated atoms, without a
 * solver: each atom is fixed by its literal, so there is one assignment to check, against the
 * literals (an atom both asserted and denied) and against "solely" (a reason asserted with another).
 * Undefined when a guard is anything else (an `or`, a negated conjunction), for MiniSat to answer.
 * Most of a draft's questions are of this kind; MiniSat answered them at about a quarter of a
 * millisecond each, most of it logic-solver copying the solver's whole assignment out.
 */
export function literalAnswer(
  guards: readonly Guard[],
  all: Map<string, Atom>,
): Set<string> | null | undefined {
  const value = new Map<string, boolean>();
  for (const g of guards) {
    const fixed = fixLiterals(g, true, value);
    if (fixed !== 'fixed') return fixed === 'contradictory' ? null : undefined;
  }
  const holding = new Set<string>();
  for (const atom of all.values()) if (value.get(atom.id)) holding.add(atom.id);
  for (const s of all.values()) {
    if (s.concept !== 'solely' || !holding.has(s.id)) continue;
    for (const other of all.values()) if (excludedBySolely(s, other) && holding.has(other.id)) return null;
  }
  return holding;
}

/**
 * Records in `value` what `guard` (negated when `positive` is false) fixes, when it is a literal or
 * a conjunction of them: 'fixed', 'contradictory' when a literal contradicts another, or 'other'.
 */
function fixLiterals(
  guard: Guard,
  positive: boolean,
  value: Map<string, boolean>,
): 'fixed' | 'contradictory' | 'other' {
  switch (guard.op) {
    case 'true':
      return positive ? 'fixed' : 'contradictory';
    case 'atom': {
      const known = value.get(guard.atom.id);
      if (known === undefined) value.set(guard.atom.id, positive);
      return known === undefined || known === positive ? 'fixed' : 'contradictory';
    }
    case 'not':
      return guard.guard.op === 'atom' || guard.guard.op === 'true'
        ? fixLiterals(guard.guard, !positive, value)
        : 'other';
    case 'and': {
      if (!positive) return 'other';
      for (const g of guard.guards) {
        const fixed = fixLiterals(g, true, value);
        if (fixed !== 'fixed') return fixed;
      }
      return 'fixed';
    }
    case 'or':
      return 'other';
  }
}

let shared: SatSession | undefined;

/**
 * A session shared by every analysis in this process: a MiniSat instance costs milliseconds and
 * megabytes to create, which dominated checking many small files, and answers are remembered
 * across documents. Renewed after many questions, to bound what it remembers.
 */
export function sharedSatSession(): SatSession {
  if (!shared || shared.questions > 20_000) shared = new SatSession();
  return shared;
}

/** A scenario in which every guard holds, asked of the shared session. */
export function jointScenario(guards: Guard[]): Scenario | undefined {
  return sharedSatSession().scenario(guards);
}

/** Canonical text of a guard's shape (operands of and/or sorted), for memoising and comparing. */
export function guardKey(guard: Guard): string {
  return shapeKey(guard, true);
}

/**
 * Text of a guard's shape, its operands in their order unless `sorted`: the scenario a question
 * gets depends on the order of its atoms (see `SatSession.solve`), so questions are remembered by
 * that order too.
 */
function shapeKey(guard: Guard, sorted: boolean): string {
  switch (guard.op) {
    case 'true':
      return 'T';
    case 'atom':
      return JSON.stringify(guard.atom.id);
    case 'not': {
      const inner = shapeKey(guard.guard, sorted);
      return `!${guard.guard.op === 'and' || guard.guard.op === 'or' ? `(${inner})` : inner}`;
    }
    case 'and':
    case 'or': {
      const keys = guard.guards.map((g) => shapeKey(g, sorted));
      return `(${(sorted ? keys.sort() : keys).join(guard.op === 'and' ? '&' : '|')})`;
    }
  }
}

/**
 * The part of a scenario the guards need: each atom whose value they depend on, given the values
 * kept for the others. "When the individual is arrested for any violent felony", not the same with
 * every other item of the list failing. Failing atoms are let go first, then holding ones, each
 * only if the guards still hold whatever its value (three-valued evaluation).
 */
export function essential(scenario: Scenario, guards: readonly Guard[]): Scenario {
  const value = new Map<string, boolean | undefined>();
  for (const a of scenario.holds) value.set(a.id, true);
  for (const a of scenario.fails) value.set(a.id, false);
  for (const a of [...scenario.fails, ...scenario.holds]) {
    const was = value.get(a.id);
    value.set(a.id, undefined);
    if (!guards.every((g) => kleene(g, value) === true)) value.set(a.id, was);
  }
  const kept = (a: Atom) => value.get(a.id) !== undefined;
  return { holds: scenario.holds.filter(kept), fails: scenario.fails.filter(kept) };
}

/** `guard` under `value`, where an atom without a value may be either: true, false, or undefined (either). */
function kleene(guard: Guard, value: ReadonlyMap<string, boolean | undefined>): boolean | undefined {
  switch (guard.op) {
    case 'true':
      return true;
    case 'atom':
      return value.get(guard.atom.id);
    case 'not': {
      const inner = kleene(guard.guard, value);
      return inner === undefined ? undefined : !inner;
    }
    case 'and': {
      let result: boolean | undefined = true;
      for (const g of guard.guards) {
        const v = kleene(g, value);
        if (v === false) return false;
        if (v === undefined) result = undefined;
      }
      return result;
    }
    case 'or': {
      let result: boolean | undefined = false;
      for (const g of guard.guards) {
        const v = kleene(g, value);
        if (v === true) return true;
        if (v === undefined) result = undefined;
      }
      return result;
    }
  }
}

/** Words that make a label a clause ("the Chief approves"), not a phrase ("a federal warrant"). */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|does|do|did|can|may|will|shall|must)\b|\b\p{L}+s\s+(?:a|an|the|any|that|to)\b|\b\p{L}+(?:ed|es)\b/iu;

/** Words that open a condition saying how things stand: "necessary to investigate the offense". */
const PREDICATE =
  /^(?:necessary|required|practicable|possible|feasible|appropriate|permitted|authori[sz]ed|needed|warranted|lawful|unlawful)\b/i;

/**
 * A condition that fails, in words: "the approval of the Board is not given" for "with the
 * approval of the Board", "there is no federal warrant" for "a federal warrant", "it is not
 * required by law" for "required by law", "there are no exigent circumstances" for "there are
 * exigent circumstances", "not writing any report" for a gerund's phrase, "not for the purpose of
 * …" for a purpose, "not in exigent circumstances" for a setting, "the hold lasts more than 48
 * hours" for a time limit, and "it is not the case that …" for a clause.
 */
export function notLabel(label: string): string {
  const text = label.replace(/^[\s,;]+|[\s,;]+$/g, '');
  const withMatch = /^with\s+(.*)$/i.exec(text);
  if (withMatch) return `${withMatch[1]} is not given`;
  if (/^(?:otherwise\s+)?\p{L}+ed\s+by\b/iu.test(text) || PREDICATE.test(text)) return `it is not ${text}`;
  // A time limit: "the hold lasts more than 48 hours".
  if (/\bno more than\b/i.test(text)) return text.replace(/\bno more than\b/i, 'more than');
  // A purpose or a setting: "not for the purpose of a criminal investigation", "not in exigent
  // circumstances"; not past a comma ("in the Supervisor's judgment, the witness is a threat" is a
  // clause).
  if (/^(?:for|in|during)\s[^,;]*$/i.test(text)) return `not ${text}`;
  // A paper that is not shown: "a subpoena is presented" → "no subpoena is presented";
  // "presented with a subpoena" (no one said presents it) likewise.
  const shown =
    /^(?:an?\s+)(\S+(?:\s+\S+){0,3}?)\s+(is|are)\s+(presented|produced|provided|served|shown|received)$/i.exec(
      text,
    ) ?? /^(?:presented|served|provided)\s+with\s+(?:an?\s+)(\S+(?:\s+\S+){0,3}?)()()$/i.exec(text);
  // Papers in a series share the "no": "no subpoena or warrant is presented".
  if (shown && !/[,;]/.test(shown[1]!))
    return `no ${shown[1]!.replace(/\bor\s+an?\s+/gi, 'or ')} ${shown[2] ? shown[2].toLowerCase() : 'is'} ${shown[3] ? shown[3].toLowerCase() : 'presented'}`;
  const there = /^there\s+(is|are)\s+(?:an?\s+)?(.*)$/i.exec(text);
  if (there) return `there ${there[1]!.toLowerCase()} no ${there[2]}`;
  const article = /^(?:a|an)\s+(.*)$/i.exec(text);
  // A participle right after the article describes the noun: "a signed consent form".
  // So does one after the noun with its agent: "a subpoena signed by a judge".
  if (article && !FINITE_VERB.test(article[1]!.replace(/^\p{L}+ed\s+(?=\p{L})/u, '').replace(SIGNED_BY, '')))
    return `there is no ${article[1]}`;
  // A gerund's phrase ("writing any report", from "before writing any report"): "not writing …".
  const gerund = /^\p{L}{2,}ing\s+(.*)$/iu.exec(text);
  if (gerund && !/^(?:is|are|was|were|has|have|had)\b/i.test(gerund[1]!)) return `not ${text}`;
  return `it is not the case that ${text}`;
}

/**
 * A participle with its agent ending a noun phrase: "signed by a judge", "issued by a federal or
 * state court". Only at the end, and only with an article: in "a person detained by MPD consents"
 * a verb follows (probe round 16).
 */
const SIGNED_BY = /\s\p{L}+ed\s+by\s+(?:an?|the|any)\s+[\p{L}\s-]{1,40}$/u;

/** The longest condition a message quotes whole. */
const QUOTED = 160;

/** Words that need the next one, with punctuation, at the end of a cut quote: "… and the". */
const TRAILING_FUNCTION_WORDS =
  /(?:[\s,;]+(?:the|a|an|any|of|and|or|to|for|in|on|by|with|is|are|was|were|that|which|who))*[\s,;]*$/i;

/**
 * A condition's words for a message: whole up to `QUOTED` characters, else cut at a word and
 * marked "…". A condition can run to thousands of words, and a message GitHub or a SARIF viewer
 * shows is cut short anyway (probe round 15: one of 214,013 characters).
 */
export function quotable(label: string): string {
  if (label.length <= QUOTED) return label;
  const cut = label.lastIndexOf(' ', QUOTED);
  // Not after a word that needs the next one: "… and the …" (probe round 16).
  const head = label.slice(0, cut > QUOTED / 2 ? cut : QUOTED).replace(TRAILING_FUNCTION_WORDS, '');
  return `${head} …`;
}

/** The scenario in plain words: "the individual is arrested for a violent felony and no judicial warrant is presented". */
export function describeScenario(scenario: Scenario, concepts: Concept[] = []): string {
  const label = (a: Atom, holds: boolean) => {
    const concept = concepts.find((c) => c.id === a.concept);
    if (concept) return holds ? concept.label : concept.negatedLabel;
    return quotable(holds ? a.label : notLabel(a.label));
  };
  const parts = [...scenario.holds.map((a) => label(a, true)), ...scenario.fails.map((a) => label(a, false))];
  return parts.length ? parts.join(' and ') : 'in every case';
}
