/**
 * What the immigration rules share about warrants and cooperation: which norms are about
 * cooperating with an immigration authority, and whether a condition names an administrative
 * warrant rather than a judicial one.
 */
import {
  opensException,
  type Clause,
  type Definition,
  type QualifierKind,
  type TextRun,
} from '../../grammar/index.js';
import { sourceSpan, type PhraseMatch, type WordLists } from '../analysis/words.js';
import { alternatives, defaultLexicon, flatten, judicialWarrant, type Norm } from '../model/index.js';
import { conditionRuns, qualifierRun } from './support.js';

const COOPERATION_ROOT = 'cooperate';
const CUSTODY_ACTIONS = new Set(['detain', 'arrest', 'hold']);
const INHERENTLY_IMMIGRATION = new Set(['honor-detainer']);

/** True when every action of the norm is one only an immigration authority asks for (a detainer). */
export function inherentlyImmigration(norm: Norm): boolean {
  return (
    norm.actions.length > 0 &&
    norm.actions.every((a) => INHERENTLY_IMMIGRATION.has(a.class)) &&
    !criminalDetainer(norm)
  );
}

/** Whether a detainer the norm is about comes from a court or a prosecutor, and names no immigration authority. */
function criminalDetainer(norm: Norm): boolean {
  return !norm.counterpart && CRIMINAL_DETAINER.test(norm.action?.text ?? '');
}

/**
 * A detainer a court, a prosecutor or another state lodges is a criminal detainer (the Interstate
 * Agreement on Detainers), not an immigration authority's: "honor detainers issued by the Dane
 * County Circuit Court".
 */
const CRIMINAL_DETAINER = /\b(?:court|judge|prosecutor|district attorney|interstate agreement)\b/i;

/** True when the norm is about cooperating with an immigration authority (DESIGN §4). */
export function isCooperation(norm: Norm): boolean {
  return norm.actions.some((a) => {
    if (INHERENTLY_IMMIGRATION.has(a.class)) return !criminalDetainer(norm);
    if (!norm.counterpart) return false;
    return defaultLexicon.isWithin(a.class, COOPERATION_ROOT) || CUSTODY_ACTIONS.has(a.class);
  });
}

/** Phrases naming an administrative warrant or detainer in a run, not counting judicial ones. */
function administrativeWarrants(
  run: TextRun,
  text: string,
  words: WordLists,
): { offset: number; end: number; phrase: string }[] {
  // Inside any judicial phrase, even one voided ("a warrant signed by a judge of the immigration
  // court"), a bare "warrant" is that phrase's: the court is the finding.
  const judicial = words.find('judicial-warrant', run);
  const inside = (m: { offset: number; end: number }) =>
    judicial.some((j) => m.offset >= j.offset && m.end <= j.end);
  const after = (m: { end: number }) => text.slice(m.end, m.end + 80);
  const before = (m: { offset: number }) => text.slice(Math.max(0, m.offset - 60), m.offset);
  // A paper a federal or state judge signed is the judge's: "a final order of removal signed by a
  // federal judge" is a judicial removal order, not an immigration court's.
  const named = words.find('administrative-warrants', run).filter((m) => !SIGNED_BY_A_JUDGE.test(after(m)));
  const bare = words
    .find('unqualified-warrant', run)
    .filter(
      (m) =>
        !inside(m) &&
        !named.some((n) => m.offset >= n.offset && m.end <= n.end) &&
        !SIGNED_BY_A_JUDGE.test(after(m)) &&
        !COURT_ISSUED_LIST.test(before(m)),
    );
  return [...named, ...bare].sort((a, b) => a.offset - b.offset);
}

/** What follows a paper a judge of a federal or state court signed or issued. */
const SIGNED_BY_A_JUDGE =
  /^\s+(?:signed|issued)\s+(?:and\s+(?:signed|issued)\s+)?by\s+(?:a|an|the)\s+(?:federal|state|united\s+states)\s+(?:district\s+|magistrate\s+)?(?:court\s+)?judge\b/i;
/**
 * What comes before a "warrant" that a court issued, in a list whose items share the words:
 * "a court-issued subpoena, warrant or order", "a judicially issued warrant".
 */
const COURT_ISSUED_LIST =
  /\b(?:court-issued|court\s+issued|court-ordered|judicially\s+issued|judicially-issued)\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}$/i;

/**
 * The administrative warrants and detainers that would satisfy a condition: those that stand where
 * what satisfies it stands ("unless the detainer is accompanied by a warrant": the warrant, not the
 * detainer), outside any alternative that offers a judicial warrant ("a judicial warrant or an
 * administrative warrant": the second). `text` is the document's text.
 */
export function satisfyingAdministrativeWarrants(
  run: TextRun,
  text: string,
  words: WordLists,
): { offset: number; end: number; phrase: string }[] {
  const found = administrativeWarrants(run, text, words);
  if (!found.length) return found;
  const judicial = judicialAlternatives(run, text, words);
  return satisfying(found, run).filter(
    (m) => !judicial.some(([from, to]) => m.offset >= from && m.end <= to),
  );
}

/**
 * True when a condition of the clause would be satisfied by an administrative warrant (see above).
 * For a permission or duty (`enables`), a warrant its `without` condition names satisfies nothing:
 * "may arrest without a warrant any person …" allows the arrest with no warrant at all.
 */
export function conditionsNameAdministrativeWarrant(
  clause: Clause,
  text: string,
  words: WordLists,
  enables = false,
): boolean {
  // Only a condition that lets the action be done counts, as administrative-warrant reads them: an
  // enabling one for a permission or duty, an exception for a ban. A reason ("solely on the basis
  // of an immigration detainer") is what the action is done for, a condition the clause says is
  // missing is none, and a time ("notify ICE before the release of any person named in an
  // administrative warrant", probe round 17) lets nothing.
  const missing = clause.sentence.qualifiers
    .filter((q) => (enables ? !ENABLING.has(q.kind) : !opensException(q.kind)))
    .map(qualifierRun);
  return conditionRuns(clause).some(
    (run) => !missing.includes(run) && satisfyingAdministrativeWarrants(run, text, words).length > 0,
  );
}

/** Conditions that enable a permission or a duty. */
export const ENABLING: ReadonlySet<QualifierKind> = new Set<QualifierKind>([
  'if',
  'only-if',
  'when',
  'provided',
  'only-with',
  'only-after',
  'after',
]);

/**
 * The alternatives of a condition that offer a judicial warrant, as source offsets: all of the run
 * when it offers no alternatives and names one.
 */
function judicialAlternatives(run: TextRun, text: string, words: WordLists): [number, number][] {
  const judicial = judicialPhrases(run, text, words);
  if (!judicial.length) return [];
  const source = text.slice(run.offset, run.end);
  // An "or" inside a judicial warrant's phrase ("a federal or state judge") splits nothing.
  const within = judicial.map((m): [number, number] => [m.offset - run.offset, m.end - run.offset]);
  return alternatives(source, within)
    .map(([from, to]): [number, number] => [from + run.offset, to + run.offset])
    .filter(([from, to]) => judicial.some((m) => m.offset >= from && m.end <= to));
}

/**
 * The judicial-warrant phrases of a run, less those the concept's `voidedNear` voids: "a warrant
 * signed by a judge of the immigration court" is no judicial warrant. `text` is the document's.
 */
function judicialPhrases(run: TextRun, text: string, words: WordLists): readonly PhraseMatch[] {
  const found = words.find('judicial-warrant', run);
  const voided = judicialWarrant.voidedNear;
  if (!found.length || !voided) return found;
  return found.filter((m) => !voided.test(flatten(text.slice(Math.max(0, m.offset - 12), m.end + 30))));
}

const ACCOMPANIED = /\b(?:accompanied|supported|backed)\s+by\b|\b(?:together|along)\s+with\b/giu;

/**
 * What satisfies the condition: in "unless the detainer is accompanied by a warrant" that is the
 * warrant, not the detainer it accompanies.
 */
function satisfying<M extends { offset: number }>(matches: M[], run: TextRun): M[] {
  const marks = [...run.text.matchAll(ACCOMPANIED)].map(
    (m) => sourceSpan(run, m.index, m.index + m[0].length).end,
  );
  const last = marks.filter((at) => matches.some((m) => m.offset >= at)).pop();
  return last === undefined ? matches : matches.filter((m) => m.offset >= last);
}

/** Words of a definition that let an immigration authority issue its warrant: "issued by ICE or a court". */
const ISSUED_BY_ICE =
  /\b(?:issued|signed)\s+(?:or\s+(?:issued|signed)\s+)?by\s+(?:an?\s+|the\s+)?(?:ICE|DHS|CBP|immigration)\b(?![^;]*\b(?:is|are)\s+not\b)/i;

/** Words of a definition that tie its warrant to a judge or a court. */
const NAMES_A_COURT = /\b(?:judges?|judicial(?:ly)?|courts?|magistrates?|justices?)\b/i;

/** Words before a form in a definition that keep it out: "and not an administrative warrant". */
const DENIED = /\b(?:not|never|nor|other than|excluding|except)\b[^;]*$/i;
/** Words after it that do: "an administrative warrant … is not a judicial warrant". */
const DENIED_AFTER =
  /^[^;]*?\b(?:is|are|does|do)\s+not\b|^[^;]*?\b(?:never|no longer)\s+(?:is|are|counts?)\b/i;

/**
 * The administrative warrant a definition of a judicial warrant lets count as one ("define
 * 'judicial warrant' as term: a warrant signed by a judge, or an administrative warrant on Form
 * I-200"), or the unqualified "warrant" that takes one in ("any warrant"), unless the definition
 * keeps it out ("and not an administrative warrant"). `text` is the document's text.
 */
export function looseJudicialWarrant(d: Definition, text: string, words: WordLists): PhraseMatch | undefined {
  if (!d.text || !words.test('judicial-warrant', definedName(d))) return undefined;
  // A "warrant" the definition says no more of: one that names a judge or a court anywhere ("a
  // warrant based on probable cause and signed by a federal judge") is read as qualifying it.
  const unqualified = !NAMES_A_COURT.test(d.text.text) || ISSUED_BY_ICE.test(d.text.text);
  return administrativeWarrants(d.text, text, words).find(
    (m) =>
      (unqualified || !isUnqualifiedWarrant(words, m.phrase)) &&
      !DENIED.test(text.slice(d.text!.offset, m.offset)) &&
      !DENIED_AFTER.test(text.slice(m.end, d.text!.end)),
  );
}

/** Whether `phrase` is a bare "warrant" (a phrase of the `unqualified-warrant` list). */
export function isUnqualifiedWarrant(words: WordLists, phrase: string): boolean {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  return (words.phrases['unqualified-warrant'] ?? []).some((p) => p.toLowerCase() === key);
}

/** A definition's name without its quotes: `judicial warrant`. */
export const definedName = (d: Definition): string => d.name.text.replace(/^["“]|["”]$/g, '');
