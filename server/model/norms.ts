/**
 * The semantic model (DESIGN §3): every normative clause becomes a norm — subject, force, action
 * classes, counterpart, guard, source range. Statements and notes carry no norm.
 */
import type {
  Clause,
  Definition,
  Force,
  List,
  PolicyDocument,
  Qualifier,
  TextRun,
} from '../../grammar/index.js';
import { type DefinitionIndex, indexDefinitions } from './definitions.js';
import { and, atom, not, or, type Atom, type Guard } from './guards.js';
import { defaultConcepts } from './concepts.js';
import { type ActionLexicon, defaultLexicon } from './lexicon.js';
import { conditionKey, flatten, stem, words } from './text.js';

/** A recognised condition such as "a judicial warrant is presented", matched by phrase. */
export interface Concept {
  id: string;
  /** How to say the condition holds, and that it does not. */
  label: string;
  negatedLabel: string;
  patterns: RegExp[];
}

/** Who a norm binds. */
export interface Subject {
  text: string;
  definition?: Definition;
  /** Lower-case names the subject answers to: itself and the agencies it belongs to. */
  names: string[];
}

/** One action a norm is about. */
export interface Action {
  class: string;
  /** Whether the class came from the lexicon or was improvised from the verb. */
  known: boolean;
}

/** `(subject, force, action, counterpart, guard, source)`. */
export interface Norm {
  clause: Clause;
  subject: Subject;
  force: Force;
  actions: Action[];
  counterpart?: string;
  /** When the norm applies. */
  guard: Guard;
  /** The `only if` part of the guard, when there is one. */
  onlyIf?: Guard;
  /** Derived from `only if`: the opposite force outside the condition. */
  implied: boolean;
}

/** The semantic model of one document. */
export interface PolicyModel {
  doc: PolicyDocument;
  definitions: DefinitionIndex;
  norms: Norm[];
  /** Clauses without a modal: declarations and rights. */
  statements: Clause[];
}

/** What building a model needs besides the document. */
export interface ModelOptions {
  lexicon: ActionLexicon;
  concepts: Concept[];
}

const OPPOSITE: Record<Force, Force> = {
  permission: 'prohibition',
  obligation: 'prohibition',
  recommendation: 'discouragement',
  prohibition: 'permission',
  discouragement: 'recommendation',
};

const NEGATORS = /\b(?:no|not|without|absent|lacking|never|unless)\b/i;
const DETERMINER =
  /^(?:a|an|the|any|every|each|all|no|its|their|his|her|such|this|that|these|those|of|to|with|from|for|in|on|by|and|or)$/i;
const ADVERB =
  /^(?:only|not|also|immediately|promptly|routinely|generally|solely|further|then|either|neither)$/i;

/** Builds the semantic model of `doc`. */
export function buildModel(doc: PolicyDocument, options: Partial<ModelOptions> = {}): PolicyModel {
  const lexicon = options.lexicon ?? defaultLexicon;
  const concepts = options.concepts ?? defaultConcepts;
  const definitions = indexDefinitions(doc);
  const norms: Norm[] = [];
  const statements: Clause[] = [];
  for (const clause of doc.clauses) {
    if (!clause.sentence.modal) statements.push(clause);
    else norms.push(...clauseNorms(clause, definitions, lexicon, concepts));
  }
  return { doc, definitions, norms, statements };
}

function clauseNorms(
  clause: Clause,
  defs: DefinitionIndex,
  lexicon: ActionLexicon,
  concepts: Concept[],
): Norm[] {
  const s = clause.sentence;
  const modal = s.modal!;
  let force = modal.force;
  const actionText = s.action?.text ?? '';
  // "MPD will only cooperate … under the following circumstances: …" grants no more than permission.
  const restrictive = /^only\b/i.test(actionText);
  if (restrictive && force === 'obligation') force = 'permission';

  const conditions: Guard[] = [];
  const onlyIfs: Guard[] = [];
  for (const q of s.qualifiers) {
    const g = qualifierGuard(q, concepts);
    if (!g) continue;
    if (q.kind === 'only-if' || q.kind === 'only-with' || q.kind === 'only-after') onlyIfs.push(g);
    else conditions.push(g);
  }
  if (s.actionList) {
    const listGuard = listToGuard(s.actionList, concepts);
    if (restrictive) onlyIfs.push(listGuard);
    else conditions.push(listGuard);
  }
  const onlyIf = onlyIfs.length ? and(...onlyIfs) : undefined;
  const subject = resolveSubject(s.subject, defs);
  const actions = classify(actionText, lexicon);
  const counterpart = counterpartOf(clause, defs, lexicon);
  // Object literals written out (no spreads): the model builds one or two norms per clause.
  const norm: Norm = {
    clause,
    subject,
    actions,
    force,
    guard: onlyIf ? and(...conditions, onlyIf) : and(...conditions),
    implied: false,
  };
  if (counterpart) norm.counterpart = counterpart;
  if (!onlyIf) return [norm];
  norm.onlyIf = onlyIf;
  const implied: Norm = {
    clause,
    subject,
    actions,
    force: OPPOSITE[force],
    guard: and(...conditions, not(onlyIf)),
    implied: true,
  };
  if (counterpart) implied.counterpart = counterpart;
  return [norm, implied];
}

function qualifierGuard(q: Qualifier, concepts: Concept[]): Guard | undefined {
  const parts: Guard[] = [];
  if (q.condition) parts.push(conditionGuard(q.condition, concepts, q.kind === 'solely'));
  if (q.list) parts.push(listToGuard(q.list, concepts));
  if (!parts.length) return undefined;
  const g = and(...parts);
  switch (q.kind) {
    case 'unless':
    case 'except':
    case 'without':
      return not(g);
    case 'regardless':
      return undefined;
    default:
      return g;
  }
}

function listToGuard(list: List, concepts: Concept[]): Guard {
  const items = list.items.map((i) => conditionGuard(i.text, concepts, false));
  return list.quantifier === 'all' ? and(...items) : or(...items);
}

/** One condition as a guard: a recognised concept (possibly negated) or an atom of its own words. */
export function conditionGuard(run: TextRun, concepts: Concept[], solely: boolean): Guard {
  const text = flatten(run.text);
  for (const concept of concepts) {
    for (const re of concept.patterns) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (!m) continue;
      const a: Atom = {
        id: concept.id,
        label: concept.label,
        offset: run.offset,
        end: run.end,
        concept: concept.id,
      };
      return NEGATORS.test(text.slice(0, m.index)) ? not(atom(a)) : atom(a);
    }
  }
  const key = conditionKey(run.text) || flatten(run.text);
  const label = run.text.replace(/[;,.:]+$/, '');
  return atom({
    id: solely ? `solely: ${key}` : key,
    label: solely ? `the only reason is ${label}` : label,
    offset: run.offset,
    end: run.end,
    ...(solely ? { concept: 'solely' } : {}),
  });
}

function resolveSubject(run: TextRun | undefined, defs: DefinitionIndex): Subject {
  const text = run?.text ?? '';
  const uses = defs.uses(run);
  // The head noun comes last: "MPD officers" are Officers, "the Chief of Police" is the Chief.
  const definition = uses[uses.length - 1]?.definition;
  if (!definition) return { text, names: [conditionKey(text) || flatten(text)] };
  return { text, definition, names: defs.chain(definition).map((d) => d.name.text.toLowerCase()) };
}

function classify(text: string, lexicon: ActionLexicon): Action[] {
  const found = lexicon.classify(text).map((m) => ({ class: m.class, known: true }));
  if (found.length) return dedupe(found);
  // Outside the lexicon, verb and object name the action: "publish report" and "publish name" differ.
  const ws = words(text).filter((w) => !ADVERB.test(w));
  const verb = ws[0];
  if (!verb) return [];
  const object = ws.slice(1).find((w) => !DETERMINER.test(w));
  return [{ class: `verb:${stem(verb)}${object ? ` ${stem(object)}` : ''}`, known: false }];
}

function dedupe(actions: Action[]): Action[] {
  return actions.filter((a, i) => actions.findIndex((b) => b.class === a.class) === i);
}

function counterpartOf(clause: Clause, defs: DefinitionIndex, lexicon: ActionLexicon): string | undefined {
  const s = clause.sentence;
  const runs = [s.action, ...s.qualifiers.map((q) => q.condition)].filter((r): r is TextRun => !!r);
  for (const run of runs) {
    const named = defs.uses(run).find((u) => u.definition.kind === 'immigration-authority');
    if (named) return named.definition.name.text;
  }
  for (const run of runs) {
    const found = lexicon.counterpart(run.text);
    if (found) return found;
  }
  return undefined;
}

/** True when two subjects can be the same person: one names the other or an agency it belongs to. */
export function subjectsOverlap(a: Subject, b: Subject): boolean {
  return a.names.includes(b.names[0] ?? '') || b.names.includes(a.names[0] ?? '');
}
