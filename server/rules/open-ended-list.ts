/** open-ended-list: lists that never end ("including but not limited to", "or any other", "etc."). */
import {
  exceptsNext,
  type Clause,
  type Definition,
  type PolicyDocument,
  type Qualifier,
  type TextRun,
} from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import type { PhraseMatch, WordLists } from '../analysis/words.js';
import type { DefinitionIndex } from '../model/definitions.js';
import { documentConditionRuns, qualifierRun } from './support.js';

/** Forces whose conditions of purpose widen what is forbidden, as an open action list does. */
const FORBIDDING = new Set(['prohibition', 'discouragement']);

/** An action in the passive voice: "be released", "be shared with ICE". */
const PASSIVE = /^(?:be|been)\s+[a-z]+(?:ed|en|wn|ld|nt|ne)\b/i;

export const openEndedList: Rule = {
  meta: {
    id: 'open-ended-list',
    pack: 'core',
    severity: 'info',
    description:
      'Lists that never end, in permissions, conditions and definitions ("including but not limited to", "or any other").',
    messages: {
      open: "'{{phrase}}' leaves the list open, so whoever applies it decides what else it covers; list every item, or say where the list ends",
    },
    fixable: false,
  },
  check({ doc, model, words, report }) {
    // The force the model gives the clause: "MPD will only cooperate … under the following
    // circumstances" is a permission although it is written with "will".
    const force = new Map<Clause, string>();
    for (const norm of model.norms) if (!norm.implied) force.set(norm.clause, norm.force);

    const places: { run: TextRun; clause: Clause | null }[] = [];
    // Runs where an open list only widens what is required or forbidden: see `definitionPlaces`.
    const widens: TextRun[] = [];
    const conditions = documentConditionRuns(doc);
    for (let i = 0; i < doc.clauses.length; i++) {
      const clause = doc.clauses[i]!;
      const s = clause.sentence;
      const clauseForce = force.get(clause);
      // In a duty or a prohibition an open action list widens what is required or forbidden.
      if (s.action && clauseForce === 'permission') {
        places.push({ run: s.action, clause });
        // A passive's subject is what may be acted on: "Directory information, including but not
        // limited to …, may be released to any requesting agency".
        if (s.subject && PASSIVE.test(s.action.text)) places.push({ run: s.subject, clause });
      } else if (s.action) widens.push(s.action);
      // The clause's condition runs, less those of conditions that only widen it (most have none).
      let widening: Set<TextRun> | undefined;
      for (let k = 0; k < s.qualifiers.length; k++) {
        const q = s.qualifiers[k]!;
        if (!widensOnly(q, s.qualifiers[k - 1], clauseForce)) continue;
        (widening ??= new Set()).add(qualifierRun(q));
        if (q.list) for (const item of q.list.items) widening.add(item.text);
      }
      for (const run of conditions[i]!)
        if (widening?.has(run)) widens.push(run);
        else places.push({ run, clause });
    }
    places.push(...definitionPlaces(doc, model.definitions, words, places, widens));

    for (const { run, clause } of places) {
      for (const m of openings(words, run, doc.text)) {
        // "etc." is one abbreviation; mark its period too.
        const end = /^etc$/i.test(m.phrase) && doc.text[m.end] === '.' ? m.end + 1 : m.end;
        report({
          messageId: 'open',
          data: { phrase: doc.text.slice(m.offset, end).replace(/\s+/g, ' ') },
          offset: m.offset,
          end,
          clause,
        });
      }
    }
  },
};

/**
 * Whether an open list in qualifier `q` can only widen the clause, never the cases it allows: a
 * `regardless of` condition narrows nothing, so its list does not matter ("regardless of
 * immigration status, national origin or any other characteristic"); the purpose of a prohibition
 * ("shall not use any personnel for the purpose of immigration enforcement, including but not
 * limited to raids") forbids more, as an open action list does — unless it is the purpose of an
 * exception ("except for the purpose of …"), which allows more.
 */
function widensOnly(q: Qualifier, previous: Qualifier | undefined, force: string | undefined): boolean {
  if (q.kind === 'regardless') return true;
  if (q.kind !== 'purpose' || !force || !FORBIDDING.has(force)) return false;
  return !exceptsNext(previous);
}

/**
 * The definitions whose text to search. A defined term carries its list into every clause that
 * uses it, so a term used only where an open list widens a duty or a prohibition ("shall not
 * disclose any personal identifying information", defined as "…, fingerprints and other biometric
 * data") forbids more, as the open list in the action itself would, and is not reported. Any use
 * where the list would widen what is allowed (a permission's action, a condition, another
 * definition), or none at all, and it is. Only terms and documents, what is acted on: an open list
 * of who acts, or of an authority ("ICE, CBP or any other component of DHS"), widens whom a duty
 * to cooperate concerns as much as whom a ban protects, and is always reported.
 */
function definitionPlaces(
  doc: PolicyDocument,
  defs: DefinitionIndex,
  words: WordLists,
  allowing: readonly { run: TextRun }[],
  widens: readonly TextRun[],
): { run: TextRun; clause: null }[] {
  const open = doc.definitions.filter((d) => d.text && openings(words, d.text, doc.text).length > 0);
  if (!open.some(isThing)) return open.map((d) => ({ run: d.text!, clause: null }));
  const opening = new Set<Definition>();
  const widenedOnly = new Set<Definition>();
  for (const { run } of allowing) for (const use of defs.uses(run)) opening.add(use.definition);
  for (const d of doc.definitions)
    for (const use of defs.uses(d.text)) if (use.definition !== d) opening.add(use.definition);
  for (const run of widens) for (const use of defs.uses(run)) widenedOnly.add(use.definition);
  return open
    .filter((d) => !isThing(d) || opening.has(d) || !widenedOnly.has(d))
    .map((d) => ({ run: d.text!, clause: null }));
}

/**
 * What a court signs, after "or other"/"and other" (or "or other similar"): "a judicial warrant or
 * other court order" ends its list with every order of a court, a class nobody has to guess at, and
 * which a judge, not the person who applies the clause, fills. A judge must be a federal or state
 * one: an immigration judge is "a judge" too (probe round 16).
 */
const COURT_PAPER =
  /^\s+(?:(?:valid|lawful|signed|federal|state|criminal)\s+)*(?:court\s+orders?|judicial\s+(?:orders?|warrants?|process)|orders?\s+(?:of|from|issued\s+by|signed\s+by)\s+(?:a|an|any|the)\s+(?:court|(?:federal\s+or\s+state|federal|state)\s+(?:court|judge|magistrate)))\b/i;

/** The open-list phrases a court's paper may close: "or other", "and other similar". */
const OTHER = /other(?:\s+similar)?$/i;

/** The phrases in `run` that leave a list open: those of the word list, less "or other court order". */
function openings(words: WordLists, run: TextRun, text: string): readonly PhraseMatch[] {
  const found = words.find('open-ended', run);
  return found.some((m) => OTHER.test(m.phrase))
    ? found.filter((m) => !OTHER.test(m.phrase) || !COURT_PAPER.test(text.slice(m.end, m.end + 80)))
    : found;
}

/** A definition of what is acted on (a term, a document), not of who acts. */
const isThing = (d: Definition): boolean => d.kind === 'term' || d.kind === 'document';
