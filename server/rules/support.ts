/**
 * Helpers the rules share: the text runs of a clause, qualifier keywords as text, and edits that
 * delete a phrase cleanly.
 */
import type { Clause, PolicyDocument, Qualifier, TextRun, Word } from '../../grammar/index.js';
import type { Report } from '../analysis/types.js';
import {
  defaultLexicon,
  dutyList,
  listedDuties,
  type Norm,
  type NormModal,
  type PolicyModel,
} from '../model/index.js';

/** A qualifier as one run of text, keyword included ("when time and circumstances permit"). */
export function qualifierRun(q: Qualifier): TextRun {
  let run = runOfQualifier.get(q);
  // A qualifier the parser moved since (see grammar/shift.ts) gets its run built again.
  if (!run || run.offset !== q.offset) runOfQualifier.set(q, (run = buildQualifierRun(q)));
  return run;
}

/**
 * Built once per qualifier, so that what is cached per run (its definition uses) is shared by
 * every rule that reads it.
 */
const runOfQualifier = new WeakMap<Qualifier, TextRun>();

function buildQualifierRun(q: Qualifier): TextRun {
  const keyword: Word = {
    text: q.keyword,
    offset: q.offset,
    end: q.offset + q.keyword.length,
    kind: 'qualifier',
  };
  const words = [keyword, ...(q.condition?.words ?? [])];
  // No blank before a condition that starts with punctuation ("when, in the judgment of …"): the
  // run's text must mirror the source's gaps for sourceSpan to map matches back. (A run starts
  // where its first word does.)
  const gap = q.condition && q.condition.offset > keyword.end ? ' ' : '';
  const text = q.condition ? `${q.keyword}${gap}${q.condition.text}` : q.keyword;
  const last = words[words.length - 1]!;
  const wordTexts = words.map((w) => w.text);
  return { text, words, wordTexts, offset: q.offset, end: last.end, range: q.range };
}

/** Every run of prose in a clause: preface, subject, action, qualifiers (with keywords), list items. */
export function clauseRuns(clause: Clause): readonly TextRun[] {
  return cachedRuns(runsOfClause, clause, () => collectRuns(clause, conditionRuns(clause)));
}

/**
 * The runs of a clause and where the clause was when they were collected: a clause the parser
 * moved since (see grammar/shift.ts) has its qualifier runs, which are not nodes of the tree but
 * made from them, made again.
 */
interface CachedRuns {
  offset: number;
  runs: readonly TextRun[];
}

function cachedRuns(
  cache: WeakMap<Clause, CachedRuns>,
  clause: Clause,
  collect: () => readonly TextRun[],
): readonly TextRun[] {
  let cached = cache.get(clause);
  if (cached?.offset !== clause.offset)
    cache.set(clause, (cached = { offset: clause.offset, runs: collect() }));
  return cached.runs;
}

/** Every rule reads a clause's runs; they are collected once per clause. */
const runsOfClause = new WeakMap<Clause, CachedRuns>();

/**
 * The runs of every clause of `doc`, by the clause's index in `doc.clauses`: lists equal to
 * clauseRuns', holding the same run objects. Built once per document, so that a rule reading
 * every clause indexes an array instead of looking each clause up.
 */
export function documentRuns(doc: PolicyDocument): readonly (readonly TextRun[])[] {
  return runTable(doc).runs;
}

/** The condition runs of every clause of `doc`, by the clause's index (as conditionRuns gives them). */
export function documentConditionRuns(doc: PolicyDocument): readonly (readonly TextRun[])[] {
  return runTable(doc).conditions;
}

interface RunTable {
  runs: readonly (readonly TextRun[])[];
  conditions: readonly (readonly TextRun[])[];
}

/** The table of a document, built without filing each clause in the per-clause caches. */
function runTable(doc: PolicyDocument): RunTable {
  let table = tableOfDocument.get(doc);
  if (!table) {
    const runs: TextRun[][] = [];
    const conditions: TextRun[][] = [];
    for (const clause of doc.clauses) {
      const ofClause = collectConditionRuns(clause);
      conditions.push(ofClause);
      runs.push(collectRuns(clause, ofClause));
    }
    tableOfDocument.set(doc, (table = { runs, conditions }));
  }
  return table;
}

const tableOfDocument = new WeakMap<PolicyDocument, RunTable>();

function collectRuns(clause: Clause, conditions: readonly TextRun[]): TextRun[] {
  const s = clause.sentence;
  const runs: TextRun[] = [];
  if (s.preface) runs.push(s.preface);
  if (s.subject) runs.push(s.subject);
  if (s.action) runs.push(s.action);
  const listed = listedDuties(s);
  if (!listed) runs.push(...conditions);
  else {
    // The items of a list of duties whole (their conditions are parts of them), and the sentence's
    // qualifiers.
    for (const d of listed) runs.push(d.item.text);
    qualifierRunsOf(s, runs);
  }
  return sortedByOffset(runs);
}

/**
 * Adds the runs of a sentence's qualifiers to `runs`: each qualifier, and the items of its list
 * unless they are the sentence's duties ("… take the following steps when ICE asks: a. …").
 */
function qualifierRunsOf(s: Clause['sentence'], runs: TextRun[]): void {
  const duties = dutyList(s);
  for (const q of s.qualifiers) {
    runs.push(qualifierRun(q));
    if (q.list && q.list !== duties) for (const item of q.list.items) runs.push(item.text);
  }
}

/** Sorts runs by offset; most clauses list them in source order already, and sorting allocates. */
function sortedByOffset(runs: TextRun[]): TextRun[] {
  for (let i = 1; i < runs.length; i++)
    if (runs[i]!.offset < runs[i - 1]!.offset) return runs.sort((a, b) => a.offset - b.offset);
  return runs;
}

/** The runs of a clause that say when it applies: qualifier conditions and list items. */
export function conditionRuns(clause: Clause): readonly TextRun[] {
  return cachedRuns(conditionRunsOfClause, clause, () => collectConditionRuns(clause));
}

const conditionRunsOfClause = new WeakMap<Clause, CachedRuns>();

function collectConditionRuns(clause: Clause): TextRun[] {
  const s = clause.sentence;
  const runs: TextRun[] = [];
  // A list of duties ("shall do the following: a. …") holds actions; only their conditions count.
  const listed = listedDuties(s);
  if (listed) for (const d of listed) runs.push(...d.conditionRuns);
  else if (s.actionList) for (const item of s.actionList.items) runs.push(item.text);
  qualifierRunsOf(s, runs);
  return runs;
}

/** The span from the modal to the end of the action: "may cooperate with a lawful request of ICE". */
export function dutySpan(clause: Clause): { offset: number; end: number } {
  const s = clause.sentence;
  const start = s.modal?.offset ?? s.offset;
  return { offset: start, end: Math.max(actionEnd(s.action) ?? s.modal?.end ?? s.end, start) };
}

/**
 * Where a finding about a norm as a whole points: its modal, or for a duty of a list of duties
 * ("shall do the following: a. notify ICE …"), whose modal all its items share, the item's action.
 */
export function normMark(norm: Norm): { offset: number; end: number } {
  return itemSpan(norm) ?? { offset: norm.modal.offset, end: norm.modal.end };
}

/** The action of a norm that is an item of a list of duties, or undefined for any other norm. */
function itemSpan(norm: Norm): { offset: number; end: number } | undefined {
  const list = dutyList(norm.clause.sentence);
  const action = norm.action;
  if (!list || !action || action.offset < list.offset) return undefined;
  return { offset: action.offset, end: actionEnd(action) ?? action.end };
}

/**
 * The words a norm is read from, its modal and its action: the clause's duty, one of the duties
 * coordinated in it ("… and may share the requested information with ICE"), or a permission
 * written as a statement ("Sharing of booking data with ICE shall be permitted"); for an item of a
 * list of duties, the item.
 */
export function normSpan(norm: Norm): { offset: number; end: number } {
  const item = itemSpan(norm);
  if (item) return item;
  // The action may come first: "Sharing of booking data with ICE shall be permitted".
  const start = Math.min(norm.modal.offset, norm.action?.offset ?? norm.modal.offset);
  return { offset: start, end: Math.max(actionEnd(norm.action) ?? norm.modal.end, norm.modal.end) };
}

/**
 * The modals of a model's clauses after their first: those of the duties coordinated in a clause's
 * action ("… shall refer each request to the Watch Commander and should notify …"), by clause, in
 * text order. The clause's own modal is its sentence's.
 */
export function laterModals(model: PolicyModel): Map<Clause, NormModal[]> {
  const out = new Map<Clause, NormModal[]>();
  for (const norm of model.norms) {
    const first = norm.clause.sentence.modal;
    if (!first || norm.modal.offset < first.end) continue;
    const known = out.get(norm.clause);
    if (!known) out.set(norm.clause, [norm.modal]);
    else if (!known.some((m) => m.offset === norm.modal.offset)) known.push(norm.modal);
  }
  return out;
}

/** A clause's modals: its sentence's, then those of the duties coordinated in it (see `laterModals`). */
export function clauseModals(clause: Clause, later: Map<Clause, NormModal[]>): NormModal[] {
  const first = clause.sentence.modal;
  return first ? [first, ...(later.get(clause) ?? [])] : [];
}

/** The quick fix that writes `strong` in place of a modal written `text`: "should" → "shall". */
export function modalRewrite(modal: { offset: number; end: number }, text: string, strong: string): Fix {
  return {
    title: `Change '${text}' to '${strong}'`,
    edits: [{ offset: modal.offset, end: modal.end, newText: strong }],
  };
}

type Fix = NonNullable<Report['fixes']>[number];

/**
 * Whether a norm's permission is a ban on banning or a "Nothing … prohibits" (its modal words say
 * so): no modal a fix could rewrite, and "may" in a message.
 */
export function disguisedPermission(norm: Norm): boolean {
  const own = norm.clause.sentence.modal;
  // "is not prohibited from" is a modal of its own.
  if (own && own.offset === norm.modal.offset && own.end === norm.modal.end) return false;
  return /\b(?:prohibit|prevent|restrict|forbid|bar|preclude|limit|nothing)/i.test(norm.modal.text);
}

/** Where an action's words end, without a comma or semicolon after them ("… 48 hours, provided that …"). */
function actionEnd(action: TextRun | undefined): number | undefined {
  if (!action) return undefined;
  const words = action.words;
  let last = words.length - 1;
  while (last > 0 && (words[last]!.text === ',' || words[last]!.text === ';')) last--;
  return words[last]?.end ?? action.end;
}

/** What closes a straight quote right after some words: "'where practicable'", "'where practicable,'". */
const QUOTED_AFTER = /^,?'/;

/** Opening brackets, quotation marks and dashes, and what closes each. */
const ENCLOSING: Record<string, string> = {
  '(': ')',
  '[': ']',
  '"': '"',
  '“': '”',
  '‘': '’',
  "'": "'",
  '—': '—',
  '–': '–',
};
const OPENING = new Set(['(', '[']);

/**
 * The offsets of the opening and closing marks around `[offset, end)` when they hold nothing else
 * but blanks (and further marks inside: "(“where practicable”)"), or [-1, -1].
 */
function enclosing(text: string, offset: number, end: number): [number, number] {
  let open = offset;
  let close = end;
  let found: [number, number] = [-1, -1];
  for (;;) {
    let o = open - 1;
    while (o >= 0 && text[o] === ' ') o--;
    let c = close;
    while (c < text.length && text[c] === ' ') c++;
    // A comma inside the marks goes with the words: "'Where practicable,' Officers …".
    if (text[c] === ',' && o >= 0 && ENCLOSING[text[o]!] === text[c + 1]) c++;
    if (o < 0 || c >= text.length || ENCLOSING[text[o]!] !== text[c]) return found;
    // A pair found; look for another around it ("(“where practicable”)").
    found = [o, c];
    open = o;
    close = c + 1;
  }
}

/**
 * Whether `start` begins a sentence: the text's start, after a full stop, or after a clause number
 * or a list marker and nothing else on its line. Not after any digit: "a reason listed in §2.5"
 * ends in one (probe round 15: removing the hedge after it left a line holding only ".").
 */
function atSentenceStart(text: string, start: number): boolean {
  if (start === 0) return true;
  // A full stop ends a sentence, unless it ends an abbreviation: "before 8 a.m. where practicable".
  if (text[start - 1] === '.') return !ABBREVIATION.test(text.slice(Math.max(0, start - 12), start));
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  return NUMBER_OR_MARKER.test(text.slice(lineStart, start));
}

/** Letters with full stops that end an abbreviation, not a sentence: "a.m.", "U.S.", "e.g.". */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;

/** A line that holds only a clause number or a list marker (and its indentation). */
const NUMBER_OR_MARKER = /^[ \t]*(?:(?:§[ \t]*)?\d+(?:\.\d+)+\.?|\(?(?:[a-z]|[ivx]+|\d+)[.)])[ \t]*$/i;

/**
 * An edit deleting `[offset, end)` with the blank (and a comma) before it, so "…, as appropriate."
 * becomes "…."; at the start of a sentence it takes the blank and comma after it instead; inside
 * brackets or quotation marks that hold nothing else, it takes them too.
 */
export function deletion(
  doc: PolicyDocument,
  offset: number,
  end: number,
): { offset: number; end: number; newText: string } {
  const text = doc.text;
  // A quote left open before the words goes with them: "notify a Captain 'where practicable."
  // (probe round 18). A pair of quotes is handled below.
  if (
    text[offset - 1] === "'" &&
    !QUOTED_AFTER.test(text.slice(end, end + 2)) &&
    !/[\p{L}\p{N}'’]/u.test(text[offset - 2] ?? '')
  )
    offset--;
  let start = offset;
  while (
    start > 0 &&
    (text[start - 1] === ' ' ||
      text[start - 1] === '\t' ||
      text[start - 1] === '\n' ||
      text[start - 1] === '\r')
  )
    start--;
  const before = text[start - 1];
  // Brackets, quotation marks or dashes around nothing else go with the words: "(where
  // practicable)", "(“where practicable”)", "— where practicable —".
  const [open, close] = enclosing(text, offset, end);
  // Opening the sentence, the marks, a comma after them and the blanks go, and the next word takes
  // the capital: "'Where practicable', Officers shall …" → "Officers shall …" (probe round 18).
  if (open >= 0 && atSentenceStart(text, open)) {
    let stop = close + 1;
    if (text[stop] === ',') stop++;
    while (stop < text.length && (text[stop] === ' ' || text[stop] === '\t')) stop++;
    // "'Where practicable', and when ICE asks, Officers …": the "and" goes too (probe round 19).
    const joiner = /^(?:and\/or|and|or),?\s+/i.exec(text.slice(stop, stop + 10));
    if (joiner) stop += joiner[0].length;
    const next = text[stop] ?? '';
    return { offset: open, end: stop + (next ? 1 : 0), newText: next.toUpperCase() };
  }
  if (open >= 0) {
    let from = open;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    // Between commas, the first goes too: "Commander, 'as soon as practicable', of" → "Commander of".
    if (text[from - 1] === ',')
      return { offset: from - 1, end: close + (text[close + 1] === ',' ? 2 : 1), newText: '' };
    return { offset: from, end: close + 1, newText: '' };
  }
  // First in brackets that hold more: "(where practicable, and in writing)" → "(in writing)".
  if (offset > 0 && OPENING.has(text[offset - 1]!)) {
    const rest = /^[\s,;]*(?:(?:and|or)\s+)?/i.exec(text.slice(end, end + 12))![0];
    return { offset, end: end + rest.length, newText: '' };
  }
  if (atSentenceStart(text, start)) {
    let stop = end;
    if (text[stop] === ',') stop++;
    while (stop < text.length && (text[stop] === ' ' || text[stop] === '\t')) stop++;
    // "Where practicable, and when time and circumstances permit, Officers shall …": the "and"
    // goes too, and the next hedge starts the sentence until it is taken in turn.
    const joiner = /^(?:and|or)[ \t]+/i.exec(text.slice(stop, stop + 8));
    if (joiner) stop += joiner[0].length;
    const next = text[stop] ?? '';
    return { offset, end: stop + (next ? 1 : 0), newText: next.toUpperCase() };
  }
  if (before === ',') {
    // "shall, as appropriate, notify" → "shall notify"; "…, as appropriate." → "…."
    return { offset: start - 1, end: text[end] === ',' ? end + 1 : end, newText: '' };
  }
  // After an abbreviation's full stop, the sentence's goes: "before 8 a.m. where practicable." →
  // "before 8 a.m.".
  return { offset: start, end: before === '.' && text[end] === '.' ? end + 1 : end, newText: '' };
}

/** Matches the case of `model`'s first letter: `Should` → `Shall`. */
export function matchCase(model: string, replacement: string): string {
  return /^[A-Z]/.test(model) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** "§2.5" for messages. */
export const cite = (clause: Clause | undefined): string => (clause ? `§${clause.number}` : 'this clause');

/** How to say an action done with a counterpart: "notify ICE", "transfer custody to ICE". */
const WITH: Record<string, string> = {
  notify: 'notify {{c}}',
  'honor-detainer': 'honor a detainer from {{c}}',
  'transfer-custody': 'transfer custody to {{c}}',
  'grant-access': 'give {{c}} access',
  'records-access': 'open records to {{c}}',
  'provide-resources': 'provide resources to {{c}}',
  'assist-operation': 'take part in an operation of {{c}}',
  detain: 'detain someone for {{c}}',
  arrest: 'arrest someone for {{c}}',
};

/** "notify" → "notifying", "share information" → "sharing information". */
export function gerund(label: string): string {
  let ing = gerunds.get(label);
  if (ing === undefined) {
    if (gerunds.size > 1000) gerunds.clear();
    gerunds.set(label, (ing = gerundOf(label)));
  }
  return ing;
}

/** Labels and their gerunds: a large draft reports thousands of pairs on a few dozen actions. */
const gerunds = new Map<string, string>();

function gerundOf(label: string): string {
  const [verb = '', ...rest] = label.split(' ');
  let ing: string;
  if (/ie$/.test(verb)) ing = verb.slice(0, -2) + 'ying';
  else if (/[^e]e$/.test(verb)) ing = verb.slice(0, -1) + 'ing';
  else if (/^(?:transfer|refer|admit|permit|submit|commit)$/.test(verb)) ing = verb + verb.slice(-1) + 'ing';
  else ing = verb + 'ing';
  return [ing, ...rest].join(' ');
}

/** An action class in words, with its counterpart if any: "share information with ICE". */
export function actionPhrase(actionClass: string, counterpart: string | undefined): string {
  const label = actionClass.startsWith('verb:') ? actionClass.slice(5) : defaultLexicon.label(actionClass);
  if (!counterpart) return label;
  const who = defaultLexicon.counterpartLabel(counterpart);
  return (WITH[actionClass] ?? `${label} with {{c}}`).replace('{{c}}', who);
}
