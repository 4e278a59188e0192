/**
 * administrative-warrant: a condition that an ICE administrative warrant or detainer form satisfies
 * ("if it is accompanied by a warrant", "unless ICE presents Form I-247A"), where a judge is meant.
 */
import {
  opensException,
  type Definition,
  type List,
  type Qualifier,
  type QualifierKind,
  type TextRun,
} from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import type { WordLists } from '../analysis/words.js';
import {
  defaultLexicon,
  dutyList,
  listedDuties,
  requires,
  SOMEONE_ELSE,
  type DefinitionIndex,
  type Norm,
} from '../model/index.js';
import { qualifierRun } from './support.js';
import {
  definedName,
  ENABLING,
  isUnqualifiedWarrant,
  looseJudicialWarrant,
  satisfyingAdministrativeWarrants,
} from './warrants.js';

/** Exceptions to a prohibition: what they name is allowed. */

export const administrativeWarrant: Rule = {
  meta: {
    id: 'administrative-warrant',
    pack: 'immigration',
    severity: 'warning',
    description:
      'Conditions satisfied by an ICE administrative warrant or detainer (Forms I-200, I-205, I-247A/D/N/X, an unqualified "warrant").',
    messages: {
      form: "'{{phrase}}' is issued and signed by ICE itself, not by a judge; require a judicial warrant signed by a federal or state judge",
      bare: "an unqualified '{{phrase}}' is satisfied by an ICE administrative warrant (Form I-200, signed by an immigration officer); require a judicial warrant signed by a federal or state judge",
      court:
        "'{{phrase}}' comes from an immigration court, part of the Department of Justice, not from a judge of a federal or state court; require a judicial warrant signed by a federal or state judge",
      definition:
        "the definition lets '{{phrase}}', which ICE issues and signs itself, count as a {{name}}: every clause that requires one accepts it; define it as a warrant signed by a federal or state judge",
      definitionBare:
        "the definition lets any '{{phrase}}', ICE's administrative warrant (Form I-200, signed by an immigration officer) among them, count as a {{name}}: every clause that requires one accepts it; define it as a warrant signed by a federal or state judge",
      definitionCourt:
        "the definition lets a paper of the '{{phrase}}' (part of the Department of Justice, not a federal or state court) count as a {{name}}: every clause that requires one accepts it; define it as a warrant signed by a federal or state judge",
    },
    fixable: false,
  },
  check({ model, words, report }) {
    const isBare = (phrase: string) => isUnqualifiedWarrant(words, phrase);
    for (const d of model.doc.definitions) {
      // A warrant requirement in any clause is met by ICE's own, if the definition lets it.
      const m = looseJudicialWarrant(d, model.doc.text, words);
      if (m)
        report({
          messageId: isBare(m.phrase)
            ? 'definitionBare'
            : IMMIGRATION_COURT.test(m.phrase)
              ? 'definitionCourt'
              : 'definition',
          data: { phrase: m.phrase.replace(/\s+/g, ' '), name: definedName(d) },
          offset: m.offset,
          end: m.end,
          clause: null,
        });
    }
    // A phrase is reported once, though the items of a list of duties share its condition.
    const seen = new Set<number>();
    for (const norm of model.norms) {
      if (norm.implied) continue;
      for (const run of enablingRuns(norm, words)) {
        for (const m of satisfyingAdministrativeWarrants(run, model.doc.text, words)) {
          const unqualified = isBare(m.phrase);
          if (
            seen.has(m.offset) ||
            !appliesTo(norm, unqualified) ||
            namesJudicialTerm(m, run, model.definitions, words)
          )
            continue;
          seen.add(m.offset);
          report({
            messageId: unqualified ? 'bare' : IMMIGRATION_COURT.test(m.phrase) ? 'court' : 'form',
            data: { phrase: m.phrase.replace(/\s+/g, ' ') },
            offset: m.offset,
            end: m.end,
            clause: norm.clause,
          });
        }
      }
    }
  },
};

/**
 * Phrases of orders from immigration courts, whose judges are not judges of a federal or state
 * court. A warrant of removal (Form I-205) is ICE's own paper, not the court's.
 */
const IMMIGRATION_COURT =
  /immigration\s+(?:court|judge)|orders?\s+of\s+(?:removal|deportation)|(?:removal|deportation)\s+orders?/i;

/**
 * Cooperation of any kind; a detention or arrest only for an immigration authority or on an
 * immigration form, since "may arrest a person if a warrant has been issued" is ordinary policing.
 */
function appliesTo(norm: Norm, isBare: boolean): boolean {
  // Telling someone else ("notify the person's attorney if ICE lodges a detainer") gives ICE nothing.
  if (norm.counterpart === SOMEONE_ELSE) return false;
  return norm.actions.some(
    (a) =>
      defaultLexicon.isWithin(a.class, 'cooperate') ||
      ((a.class === 'detain' || a.class === 'arrest') && (!!norm.counterpart || !isBare)),
  );
}

/** The conditions under which the norm lets its subject act, minus those that also require a judge. */
function enablingRuns(norm: Norm, words: WordLists): TextRun[] {
  const s = norm.clause.sentence;
  const runs: TextRun[] = [];
  // In a list of duties ("shall do the following: a. …"), the item's own conditions count too, and
  // the list is no condition.
  const listed = listedDuties(s);
  const item = listed?.find((d) => d.action !== undefined && d.action.offset === norm.action?.offset);
  const itemRuns = (keep: (kind: QualifierKind) => boolean) =>
    item?.qualifiers.flatMap((q, i) => (keep(q.kind) ? [item.conditionRuns[i]!] : [])) ?? [];
  // A qualifier's list of duties ("… take the following steps when ICE asks: a. …") is no condition.
  const duties = listed ? dutyList(s) : undefined;
  const runsOf = (q: Qualifier) =>
    q.list && q.list === duties ? (q.condition ? [qualifierRun(q)] : []) : qualifierRuns(q, words);
  if (norm.force === 'prohibition') {
    for (const q of s.qualifiers) if (opensException(q.kind)) runs.push(...runsOf(q));
    runs.push(...itemRuns(opensException));
    return runs;
  }
  if (norm.force === 'discouragement' || requires(norm.guard, 'judicial-warrant')) return runs;
  for (const q of s.qualifiers) if (ENABLING.has(q.kind)) runs.push(...runsOf(q));
  runs.push(...itemRuns((kind) => ENABLING.has(kind)));
  if (s.actionList && !listed) runs.push(...listRuns(s.actionList, words));
  return runs;
}

/** A qualifier's condition and list items. What offers a judicial warrant is set aside when matched (see warrants.ts). */
function qualifierRuns(q: Qualifier, words: WordLists): TextRun[] {
  const runs = q.condition ? [qualifierRun(q)] : [];
  if (q.list) runs.push(...listRuns(q.list, words));
  return runs;
}

/** A list's items; none when every item is required and one of them is a judicial warrant. */
function listRuns(list: List, words: WordLists): TextRun[] {
  const items = list.items.map((i) => i.text);
  if (list.quantifier === 'all' && items.some((r) => words.find('judicial-warrant', r).length)) return [];
  return items;
}

/** True when the phrase is inside a defined term whose definition requires a judge ("arrest warrant": a warrant signed by a judge). */
function namesJudicialTerm(
  m: { offset: number; end: number },
  run: TextRun,
  defs: DefinitionIndex,
  words: WordLists,
): boolean {
  return defs
    .uses(run)
    .some((u) => u.offset <= m.offset && m.end <= u.end && isJudicial(u.definition, words));
}

const isJudicial = (d: Definition, words: WordLists): boolean =>
  words.test('judicial-warrant', d.name.text) ||
  (!!d.text && words.find('judicial-warrant', d.text).length > 0);
