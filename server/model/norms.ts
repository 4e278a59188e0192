/**
 * The semantic model (DESIGN §3): every normative clause becomes a norm — subject, force, action
 * classes, counterpart, guard, source range. Statements and notes carry no norm.
 */
import {
  EMPTY,
  exceptsNext,
  forbidsAlways,
  hasWordOf,
  modalForce,
  negatesObject,
  opensException,
  partOfRun,
  qualifierKind,
  wordsText,
  type Clause,
  type Definition,
  type Force,
  type List,
  type ListItem,
  type PolicyDocument,
  type Qualifier,
  type Sentence,
  type TextRun,
  type Word,
  UPON_EVENTS,
} from '../../grammar/index.js';
import { type DefinitionIndex, indexDefinitions } from './definitions.js';
import { and, atom, atomsOf, not, or, substitute, TRUE, type Atom, type Guard } from './guards.js';
import { defaultConcepts } from './concepts.js';
import { type ActionLexicon, defaultLexicon } from './lexicon.js';
import { readPassive } from './passive.js';
import { toldIn } from './recipients.js';
import {
  alternatives,
  compileAlternation,
  conditionKey,
  escapeRegExp,
  flatten,
  LEADING_ADVERB,
  stem,
  TextCache,
  verbIndex,
  verbOf,
  words,
} from './text.js';

/** A recognised condition such as "a judicial warrant is presented", matched by phrase. */
export interface Concept {
  id: string;
  /** How to say the condition holds, and that it does not. */
  label: string;
  negatedLabel: string;
  patterns: RegExp[];
  /** The phrases the patterns were compiled from, when known: for finding them all in one pass. */
  phrases?: readonly string[];
  /** Those phrases as one alternation, compiled when first needed. */
  anywhere?: RegExp;
  /**
   * A few words, one of which each phrase holds ("warrant", "order", "judge", "court"), as one
   * expression: a text without any of them names no phrase, and need not be flattened or cached.
   * Null when some phrase holds no plain word.
   */
  anchor?: RegExp | null;
  /**
   * Words near a match that void it: a "warrant signed by a judge of the immigration court" is no
   * judicial warrant. Matched against the flattened text from a few words before the phrase to a
   * few after it.
   */
  voidedNear?: RegExp;
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
  /** The modal that gives the norm its force: the clause's, or a later one in its action. */
  modal: NormModal;
  /** The norm's own action: the clause's, or its part of it (see `addClauseNorms`). */
  action: TextRun | undefined;
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
  /**
   * The reason the action names for itself, as a condition key: "arrest any person on the basis of
   * a civil immigration violation" → "civil immigration violation". A rule about acting for one
   * reason says nothing of acting for another.
   */
  reason: string | undefined;
  /**
   * What its exceptions (`unless`, `except`, `without`) name, as one guard: the cases a prohibition
   * leaves allowed. Undefined without exceptions. A `before` limit is no exception: "shall not
   * release any person to ICE prior to the release date unless …" excepts only what follows
   * `unless`.
   */
  exception: Guard | undefined;
}

/** A modal as a norm needs it: as written, its force, and where it stands. */
export interface NormModal {
  text: string;
  force: Force;
  offset: number;
  end: number;
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
  /^(?:a|an|the|any|every|each|all|no|its|their|his|her|our|your|my|own|such|this|that|these|those|of|to|with|from|for|in|on|by|and|or)$/i;

/** Builds the semantic model of `doc`. */
export function buildModel(doc: PolicyDocument, options: Partial<ModelOptions> = {}): PolicyModel {
  const lexicon = options.lexicon ?? defaultLexicon;
  const concepts = options.concepts ?? defaultConcepts;
  const definitions = indexDefinitions(doc);
  const norms: Norm[] = [];
  const statements: Clause[] = [];
  const names = new Map<Definition, string[]>();
  for (const clause of doc.clauses) {
    // "Nothing in this policy …" binds no one: it permits what it says is not prohibited, and
    // otherwise only says how to read the policy ("… shall be construed to authorize …").
    const nothing = NOTHING.test(clause.sentence.subject?.text ?? '');
    const unprohibited = nothing
      ? nothingProhibits(doc, clause)
      : (nominalPermission(doc, clause) ?? notProhibiting(doc, clause));
    if (unprohibited) addDutyNorms(norms, doc, clause, unprohibited, definitions, names, lexicon, concepts);
    else if (
      nothing ||
      !clause.sentence.modal ||
      definesTerm(clause) ||
      WAIVER.test(clause.sentence.modal.text)
    )
      statements.push(clause);
    else addClauseNorms(norms, doc, clause, definitions, names, lexicon, concepts);
  }
  resolveReferredExceptions(norms, lexicon);
  return { doc, definitions, norms, statements };
}

/**
 * One duty of a clause: its modal and action, and the qualifiers and list that bound it. Most
 * clauses are one duty; "Officers shall refer each request to the Watch Commander and may share
 * the requested information with ICE" is two, each with its own force.
 */
interface Duty {
  modal: NormModal;
  /**
   * Who the duty binds as written: the sentence's subject, or another run ("Nothing … prohibits
   * Officers from …"); `ANYONE` where the clause names nobody ("Cooperation with ICE is permitted").
   */
  subject: TextRun | Subject | undefined;
  action: TextRun | undefined;
  qualifiers: readonly QualifierPart[];
  list: List | undefined;
}

/** What the model reads of a qualifier: a whole one, or the part of one before a second duty. */
export type QualifierPart = Pick<Qualifier, 'kind' | 'condition' | 'list' | 'offset'>;

/** Words before a modal that make the clause a definition: '"Hold request" means a request … that CFPD shall …'. */
const DEFINING = /\b(?:means|refers to)\b/i;

/**
 * A condition that is only a pointer to other clauses: "except as provided in §3.3", "unless
 * permitted by section 4.2", "except as required by §2.3, §3.1 or state law". Its verb, then the
 * clauses it names (see `referredClauses`).
 */
const REFERRED =
  /^(?:as\s+)?(provided|permitted|authori[sz]ed|allowed|required|set\s+(?:forth|out)|described|specified)\s+(?:in|by|under)\s+(.+?)\.?$/i;

/** One clause a pointer names, and what may follow it: a comma, "and", "or". */
const REFERRED_CLAUSE =
  /^(?:§+\s*|(?:sections?|clauses?|subsections?|paragraphs?)\s+)?(\d+(?:\.\d+)+)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|$)/i;

/**
 * The clause numbers a pointer names, in order, and at most one other source after the last of
 * them and an "or" ("state law"); undefined unless it opens with a clause number.
 */
function referredClauses(text: string): { numbers: string[]; other: string | undefined } | undefined {
  const numbers: string[] = [];
  let rest = text;
  let separator = '';
  for (let m = REFERRED_CLAUSE.exec(rest); m && rest; m = REFERRED_CLAUSE.exec(rest)) {
    numbers.push(m[1]!);
    separator = m[0].slice(m[1]!.length);
    rest = rest.slice(m[0].length);
  }
  if (!numbers.length) return undefined;
  if (!rest) return { numbers, other: undefined };
  // What is left follows an "or" and names no clause: "state law", "by federal law".
  if (!/\bor\b/i.test(separator) || /[,;]/.test(rest)) return undefined;
  return { numbers, other: rest.replace(/^(?:by|in|under)\s+/i, '') };
}

/**
 * Reads each condition that points to other clauses as those clauses' own conditions: "QTPD shall
 * not communicate custody information to ICE except as provided in §3.3", where §3.3 permits it
 * only after a judicial warrant is confirmed, excepts just that. The conditions are those of the
 * clauses' permissions and duties; a pointer to a clause without any stays a condition of its own.
 * Another source after the clauses stays a condition of its own too: "required by state law".
 */
function resolveReferredExceptions(norms: Norm[], lexicon: ActionLexicon): void {
  let byClause: Map<string, Norm[]> | undefined;
  for (const norm of norms) {
    // Only an exception points elsewhere: "except as provided in §3.3", "unless permitted by 4.2".
    if (norm.implied || !norm.exception) continue;
    for (const a of atomsOf(norm.exception).values()) {
      const m = REFERRED.exec(a.label);
      const referred = m && referredClauses(m[2]!);
      if (!referred) continue;
      byClause ??= grantingGuards(norms);
      const granted: Guard[] = [];
      // A clause that does the action for someone else: it excepts nothing here.
      let elsewhere = false;
      for (const number of referred.numbers) {
        if (number === norm.clause.number) continue;
        // What another clause requires or allows is excepted for its own actions: "except as
        // required by §2.3, §3.1 or state law", where §3.1 has detainers honored, excepts no
        // sharing of information that §3.1 does not name (probe round 17), and towards its own
        // counterpart: a duty to notify a Commander excepts no sharing with ICE (probe round 18).
        for (const other of byClause.get(number) ?? [])
          if (!sameActions(other, norm, lexicon)) continue;
          else if (sameCounterpart(other, norm)) granted.push(other.guard);
          else elsewhere = true;
      }
      if (referred.other) granted.push(wordsGuard(`${m![1]!.toLowerCase()} by ${referred.other}`, a, false));
      if (!granted.length && !elsewhere) continue;
      const replacement = granted.length ? or(...granted) : NEVER;
      norm.guard = substitute(norm.guard, a.id, replacement);
      norm.exception = substitute(norm.exception, a.id, replacement);
    }
  }
}

/** Each clause's permissions and duties, by clause number, as first built. */
function grantingGuards(norms: readonly Norm[]): Map<string, Norm[]> {
  const out = new Map<string, Norm[]>();
  for (const n of norms) {
    if (n.implied || (n.force !== 'permission' && n.force !== 'obligation')) continue;
    const list = out.get(n.clause.number);
    if (list) list.push(n);
    else out.set(n.clause.number, [n]);
  }
  return out;
}

/** Whether two norms name a common action, or one within the other's (actions outside the lexicon by their words). */
function sameActions(a: Norm, b: Norm, lexicon: ActionLexicon): boolean {
  return a.actions.some((p) =>
    b.actions.some((q) => p.class === q.class || (p.known && q.known && lexicon.overlaps(p.class, q.class))),
  );
}

/** Whether two norms are towards the same counterpart, as far as either names one: neither is someone else. */
function sameCounterpart(a: Norm, b: Norm): boolean {
  const x = a.counterpart;
  const y = b.counterpart;
  return x === undefined || y === undefined || x === y || (x !== SOMEONE_ELSE && y !== SOMEONE_ELSE);
}

/** A guard that never holds: what a pointer to a clause about someone else excepts. */
const NEVER: Guard = not(TRUE);

/** Whether the clause defines a term in prose, with a modal inside the definition: it binds no one. */
export function definesTerm(clause: Clause): boolean {
  const subject = clause.sentence.subject;
  return subject !== undefined && DEFINING.test(subject.text);
}

/**
 * Modals that waive a duty: "WPD need not honor any immigration detainer" permits not honoring
 * one, and lets no one honor it. The model has no force for that, so such a clause binds no one.
 */
const WAIVER = /^(?:need not|(?:is|are) not (?:required|obligated) to)$/i;

/** A subject that opens a permission in disguise: "Nothing in this policy prohibits …". */
const NOTHING = /^nothing\b/i;

/**
 * "Nothing in this policy prohibits Officers from sending information … to ICE", "Nothing in this
 * policy shall be construed to prohibit Officers from assisting ICE": a permission for whoever is
 * named between "prohibit" and "from" to do what follows "from". The duty it reads, or undefined
 * when the clause does not say so.
 */
function nothingProhibits(doc: PolicyDocument, clause: Clause): Duty | undefined {
  const ws = statementWords(clause.sentence);
  const verb = ws.findIndex((w) => KEEPING.test(w.text));
  return verb < 0 ? undefined : keptFrom(doc, clause.sentence, ws, verb, ws[0]!.offset);
}

/** Verbs that keep someone from acting: "Nothing … prohibits Officers from", "shall not restrict any Deputy from". */
const KEEPING = /^(?:prohibit|forbid|bar|preclude|prevent|restrict|limit|discourage)s?$/i;

/**
 * The permission that keeping someone from acting denies: `ws[verb]` is the verb, its subject the
 * words up to "from", and the action the gerund after it ("… prohibits Officers from sending
 * information to ICE": Officers may send it). Its modal is the words from `start` to the verb.
 * Undefined when no "from" and gerund follow.
 */
function keptFrom(
  doc: PolicyDocument,
  s: Sentence,
  ws: readonly Word[],
  verb: number,
  start: number,
): Duty | undefined {
  const from = fromGerund(ws, verb + 2);
  if (from < 0) return undefined;
  // "prohibit or materially limit any Deputy from …": the subject follows the last keeping verb.
  let last = verb;
  for (let k = verb + 1; k < from; k++) if (KEEPING.test(ws[k]!.text)) last = k;
  return {
    modal: permitting(doc, start, ws[last]!.end),
    subject: subRun(doc, ws.slice(last + 1, from)),
    action: subRun(doc, ws.slice(from + 1)),
    qualifiers: s.qualifiers,
    list: s.actionList,
  };
}

/**
 * Where "from" stands before a gerund ("… Officers from sending …"): the first "from" at or after
 * `start` and before `limit`, or -1 when there is none or no gerund follows it.
 */
function fromGerund(ws: readonly Word[], start: number, limit = ws.length): number {
  for (let i = start; i < Math.min(limit, ws.length); i++)
    if (/^from$/i.test(ws[i]!.text)) return i < ws.length - 1 && /ing$/i.test(ws[i + 1]!.text) ? i : -1;
  return -1;
}

/**
 * A permission written as a ban on banning: "MPD shall not prohibit Deputies from inquiring about
 * immigration status", "… shall not prohibit or in any way restrict any Officer from sending
 * information to ICE" permit the Deputies to inquire and the Officer to send (the anti-sanctuary
 * mandates of Georgia, Iowa and Tennessee are written so); so does a ban on a policy that would
 * ("PCSO shall not adopt any policy that prohibits or materially impedes a Deputy from cooperating
 * with DHS", Texas SB 4's form), and a ban on being kept from acting ("No Deputy shall be
 * prohibited or restricted from sending information … to DHS"). Undefined for any other clause.
 */
function notProhibiting(doc: PolicyDocument, clause: Clause): Duty | undefined {
  const s = clause.sentence;
  const modal = s.modal;
  if (!modal || modal.force !== 'prohibition' || !s.action) return undefined;
  const ws = s.action.words;
  const verb = ws.findIndex((w, i) => (i < 3 || (i < 12 && policySays(ws, i))) && KEEPING.test(w.text));
  if (verb >= 0) return keptFrom(doc, s, ws, verb, modal.offset);
  return notKept(doc, s, ws);
}

/** Words after which a policy says what it does: "any policy that prohibits", "a rule which bars". */
const POLICY_THAT = /^(?:that|which)$/i;

/** Nouns of a rule an agency adopts. */
const POLICY_NOUN =
  /^(?:policy|policies|rule|rules|order|orders|directive|directives|practice|practices|procedure|procedures|ordinance|ordinances|regulation|regulations|measure|measures)$/i;

/**
 * Whether the verb at `i` says what a policy does: "any policy that prohibits", or with the one who
 * applies it between, "any policy under which PCSO prohibits" (Texas SB 4, probe round 17).
 */
function policySays(ws: readonly Word[], i: number): boolean {
  if (POLICY_THAT.test(ws[i - 1]!.text)) return policyBefore(ws, i - 1);
  for (let j = i - 2; j >= Math.max(2, i - 4); j--)
    if (/^which$/i.test(ws[j]!.text) && UNDER.test(ws[j - 1]!.text)) return policyBefore(ws, j - 1);
  return false;
}

const UNDER = /^(?:under|by|through|in)$/i;

/** Whether a noun of a rule stands right before `at` (the "that" after it). */
function policyBefore(ws: readonly Word[], at: number): boolean {
  return at > 0 && POLICY_NOUN.test(ws[at - 1]!.text);
}

/** Participles of keeping someone from acting: "shall be prohibited from", "may be prevented from". */
const KEPT =
  /^(?:prohibited|forbidden|barred|precluded|prevented|restricted|limited|discouraged|impeded|hindered)$/i;

/**
 * "No Deputy shall be prohibited or restricted from sending …", "Officers shall not be prevented
 * from assisting ICE": the sentence's subject may do what follows "from". Undefined unless the
 * action is "be", such a participle (and perhaps others joined to it), "from" and a gerund.
 */
function notKept(doc: PolicyDocument, s: Sentence, ws: readonly Word[]): Duty | undefined {
  if (ws.length < 4 || !/^be$/i.test(ws[0]!.text) || !KEPT.test(ws[1]!.text)) return undefined;
  // "from" within the next few words: "be prohibited or in any way restricted from".
  const from = fromGerund(ws, 2, 9);
  if (from < 0) return undefined;
  return {
    modal: permitting(doc, s.modal!.offset, ws[from - 1]!.end),
    subject: s.subject,
    action: subRun(doc, ws.slice(from + 1)),
    qualifiers: s.qualifiers,
    list: s.actionList,
  };
}

/**
 * The words of a clause before its conditions, for readings that look past its modal: its subject,
 * and its action when it has a modal ("Nothing in this policy shall be construed to prohibit …").
 */
function statementWords(s: Sentence): Word[] {
  return [...(s.subject?.words ?? []), ...(s.modal ? (s.action?.words ?? []) : [])];
}

/** Words of the source from `offset` to `end` that permit, as a modal of permission. */
function permitting(doc: PolicyDocument, offset: number, end: number): NormModal {
  return { text: doc.text.slice(offset, end).replace(/\s+/g, ' '), force: 'permission', offset, end };
}

/** Words that permit in a statement: "… is permitted", "It is permissible for …". */
const PERMITTED = /^(?:permitted|authorized|authorised|allowed|permissible)$/i;
const BE = /^(?:is|are|be)$/i;
const LEADING_ARTICLE = /^(?:the|a|an|any)$/i;

/**
 * A permission written as a statement about the action: "Cooperation with ICE is permitted when
 * …", "Sharing of booking data with ICE shall be permitted", "The provision of release dates to
 * ICE is authorized" (binding anyone), and "It is permissible for Officers to notify ICE" (binding
 * the Officers). Undefined for any other clause; most have no such word, which is looked for first.
 */
function nominalPermission(doc: PolicyDocument, clause: Clause): Duty | undefined {
  const s = clause.sentence;
  const text = s.modal ? (s.action?.text ?? '') : (s.subject?.text ?? '');
  if (!/permi|authori|allowed/i.test(text)) return undefined;
  const ws = statementWords(s).filter((w) => w.kind !== 'punctuation');
  const at = ws.findIndex((w, i) => PERMITTED.test(w.text) && i > 0 && BE.test(ws[i - 1]!.text));
  if (at < 0) return undefined;
  const common = { qualifiers: s.qualifiers, list: s.actionList };
  // "It is permissible for Officers to notify ICE".
  if (at === 2 && /^it$/i.test(ws[0]!.text) && /^for$/i.test(ws[3]?.text ?? '')) {
    const to = ws.findIndex((w, i) => i > 3 && /^to$/i.test(w.text));
    if (to < 0 || to === ws.length - 1) return undefined;
    return {
      modal: permitting(doc, ws[0]!.offset, ws[at]!.end),
      subject: subRun(doc, ws.slice(4, to)),
      action: subRun(doc, ws.slice(to + 1)),
      ...common,
    };
  }
  // "<the action> is permitted", at the end of the words before any condition.
  if (at !== ws.length - 1) return undefined;
  let from = 0;
  while (from < at - 1 && LEADING_ARTICLE.test(ws[from]!.text)) from++;
  let be = at - 1;
  if (be > from && /^(?:shall|will|may|must)$/i.test(ws[be - 1]!.text)) be--;
  if (be <= from) return undefined;
  // "shall be permitted": the modal word is no word of the runs, but belongs to what permits.
  const offset = Math.min(s.modal?.offset ?? Infinity, ws[be]!.offset);
  return {
    modal: permitting(doc, offset, ws[at]!.end),
    subject: ANYONE,
    action: subRun(doc, ws.slice(from, be)),
    ...common,
  };
}

/** Adds the norms of a clause's duties to `norms`: each, and the implied one of its `only if`. */
function addClauseNorms(
  norms: Norm[],
  doc: PolicyDocument,
  clause: Clause,
  defs: DefinitionIndex,
  names: Map<Definition, string[]>,
  lexicon: ActionLexicon,
  concepts: Concept[],
): void {
  const s = clause.sentence;
  const modal = s.modal!;
  for (const duty of clauseDuties(doc, s, modal))
    if (!WAIVER.test(duty.modal.text)) addDutyNorms(norms, doc, clause, duty, defs, names, lexicon, concepts);
}

/** Verbs that stand for the duties of a list after them: "shall do the following:". */
const LISTING_VERB = '(?:do|perform|take|carry out|complete|follow|observe|undertake)';

/** An action that stands for the items of the list after it: "shall do the following:", "shall take the following steps:". */
const PLACEHOLDER = new RegExp(`^${LISTING_VERB}$`, 'i');

/** One item of a list of duties: its action, and the conditions its qualifier words open. */
export interface ListedDuty {
  item: ListItem;
  action: TextRun | undefined;
  qualifiers: QualifierPart[];
  /** Each qualifier's keyword and condition as one run, as the rules read a qualifier. */
  conditionRuns: TextRun[];
}

/**
 * The items of a sentence whose action is a list of duties, read as duties: "DCSO shall do the
 * following: a. notify ICE …; b. give ICE access …", "Deputies shall: a. …; b. …", "… shall take
 * the following steps: …". An item is read as a sentence's action is: its words up to the first
 * qualifier word ("only if", "when", "unless" …) are the action, and each qualifier word opens a
 * condition of that item. Undefined for any other sentence, and for a list of alternatives ("one of
 * the following", "…; or"), whose items are no duties each.
 */
export function listedDuties(s: Sentence): ListedDuty[] | undefined {
  const list = dutyList(s);
  if (!list) return undefined;
  let known = listedByList.get(list);
  if (known?.offset !== list.offset)
    listedByList.set(list, (known = { offset: list.offset, items: readItems(list) }));
  return known.items;
}

/** "do the following", "take the following steps": an action whose list comes after a condition. */
const PLACEHOLDER_FOLLOWING = new RegExp(
  `^${LISTING_VERB}(?: (?:all|any|each|either|one or more))?(?: of)? the following(?: [a-z]+)?$`,
  'i',
);

/**
 * The list of a sentence whose items are its duties (see `listedDuties`): the list after its action
 * ("shall do the following: …", "shall: …"), or the list after a condition that follows such an
 * action ("shall take the following steps when ICE asks for an inmate: …"). Undefined for any other
 * sentence, and for a list of alternatives.
 */
export function dutyList(s: Sentence): List | undefined {
  const action = s.action;
  let list = s.actionList;
  // Most sentences have no list at all.
  if (!action || (!list && s.qualifiers.length === 0)) return undefined;
  if (list) {
    const verb = action.text.replace(/:$/, '').trim();
    if (verb !== '' && !(PLACEHOLDER.test(verb) && FOLLOWING.test(list.intro ?? ''))) return undefined;
  } else {
    list = s.qualifiers[s.qualifiers.length - 1]?.list;
    if (!list || !PLACEHOLDER_FOLLOWING.test(action.text)) return undefined;
  }
  // "shall do any of the following" leaves the choice: alternatives, not duties. A ban or a
  // permission of any of them bans or allows each ("shall not do any of the following: a. …").
  const force = s.modal?.force;
  return list.quantifier === 'any' && force !== 'prohibition' && force !== 'permission' ? undefined : list;
}

/** What opens a list of actions after "do": "the following", "any of the following". */
const FOLLOWING = /^(?:(?:any|all|each|either|one\s+or\s+more)\s+of\s+)?the\s+following\b/i;

/** The items read per list, and where the list was then (a list the parser moved is read again). */
const listedByList = new WeakMap<List, { offset: number; items: ListedDuty[] }>();

function readItems(list: List): ListedDuty[] {
  return list.items.map((item) => {
    const run = item.text;
    const ws = run.words;
    const at = ws.findIndex((w) => w.kind === 'qualifier');
    const qualifiers: QualifierPart[] = [];
    const conditionRuns: TextRun[] = [];
    for (let k = at; k >= 0 && k < ws.length;) {
      let next = k + 1;
      while (next < ws.length && ws[next]!.kind !== 'qualifier') next++;
      let last = next;
      while (last > k + 1 && ws[last - 1]!.kind === 'punctuation') last--;
      qualifiers.push({
        kind: qualifierKind(ws[k]!.text),
        condition: partOfRun(run, k + 1, last),
        list: undefined,
        offset: ws[k]!.offset,
      });
      conditionRuns.push(partOfRun(run, k, last)!);
      k = next;
    }
    let end = at < 0 ? ws.length : at;
    while (end > 0 && ws[end - 1]!.kind === 'punctuation') end--;
    return { item, action: partOfRun(run, 0, end), qualifiers, conditionRuns };
  });
}

/**
 * The duties of the items of a list of duties (see `listedDuties`), each under the sentence's
 * qualifiers (the one the list follows, without it) and its own.
 */
function itemDuties(items: ListedDuty[], s: Sentence, modal: NormModal): Duty[] {
  const list = dutyList(s);
  const qualifiers: QualifierPart[] = s.qualifiers.map((q) =>
    q.list === list ? { kind: q.kind, condition: q.condition, list: undefined, offset: q.offset } : q,
  );
  return items.map((d) => ({
    modal,
    subject: s.subject,
    action: d.action,
    qualifiers: [...qualifiers, ...d.qualifiers],
    list: undefined,
  }));
}

/**
 * The duties of a sentence: one, or several where a second modal follows "and", "but" or "or" in
 * the action ("… and may share the requested information with ICE") or in the condition after it
 * ("… for the purpose of immigration enforcement and shall not permit ICE to search CCSO
 * databases"). Qualifiers before the modal bound every duty; those after the actions, the last.
 */
function clauseDuties(doc: PolicyDocument, s: Sentence, modal: NormModal): Duty[] {
  const listed = listedDuties(s);
  if (listed) return itemDuties(listed, s, modal);
  const inverted =
    s.subject && s.action && forbidsAlways(s.subject.text) ? invertedSubject(doc, s.action) : undefined;
  const whole: Duty = {
    modal,
    subject: inverted?.subject ?? s.subject,
    action: inverted?.action ?? (s.action && pastInsertion(doc, s.action)),
    qualifiers: s.qualifiers,
    list: s.actionList,
  };
  const pre = s.qualifiers.filter((q) => q.position === 'pre');
  const inAction = s.action && hasWordOf(s.action, 'modal') ? coordinatedDuties(doc, s.action) : undefined;
  if (inAction) return dutiesOf(inAction, s, modal, pre, s.qualifiers);
  const k = s.qualifiers.findIndex(
    (q) => q.position === 'post' && q.condition && hasWordOf(q.condition, 'modal'),
  );
  const inCondition = k >= 0 ? coordinatedDuties(doc, s.qualifiers[k]!.condition!) : undefined;
  if (!inCondition) return [whole];
  const q = s.qualifiers[k]!;
  const first: Duty = {
    modal,
    subject: s.subject,
    action: s.action,
    qualifiers: [
      ...s.qualifiers.slice(0, k),
      { kind: q.kind, condition: inCondition[0]!.action, list: undefined, offset: q.offset },
    ],
    list: undefined,
  };
  return [first, ...dutiesOf(inCondition.slice(1), s, modal, pre, [...pre, ...s.qualifiers.slice(k + 1)])];
}

/**
 * The duties of the parts of a split action: each part's modal (the clause's for a part without
 * one) and action; the last takes `lastQualifiers` and the clause's list, the others `pre`. An
 * exception after the last of coordinated prohibitions excepts from each of them: "DPS shall not
 * honor a detainer request and shall not give ICE notice of release unless a judicial warrant
 * accompanies the request".
 */
function dutiesOf(
  parts: DutyPart[],
  s: Sentence,
  modal: NormModal,
  pre: readonly QualifierPart[],
  lastQualifiers: readonly QualifierPart[],
): Duty[] {
  const forbids = (part: DutyPart) => (part.modal ?? modal).force === 'prohibition';
  const shared = forbids(parts[parts.length - 1]!)
    ? lastQualifiers.filter((q) => opensException(q.kind) && !pre.includes(q))
    : [];
  return parts.map((part, i) => {
    const last = i === parts.length - 1;
    return {
      modal: part.modal ?? modal,
      subject: part.subject ?? s.subject,
      action: part.action,
      qualifiers: last ? lastQualifiers : shared.length && forbids(part) ? [...pre, ...shared] : pre,
      list: last ? s.actionList : undefined,
    };
  });
}

/** Adds the norm of one duty to `norms`, and the implied one of its `only if` if it has one. */
function addDutyNorms(
  norms: Norm[],
  doc: PolicyDocument,
  clause: Clause,
  duty: Duty,
  defs: DefinitionIndex,
  names: Map<Definition, string[]>,
  lexicon: ActionLexicon,
  concepts: Concept[],
): void {
  // "shall refuse to honor …", "shall not fail to notify …": the refusing verb turns the force.
  const refused = refusal(doc, duty, defs);
  if (refused === WAIVED) return;
  const modal = refused?.modal ?? duty.modal;
  let force = modal.force;
  const actionText = duty.action?.text ?? '';
  // "MPD will only cooperate … under the following circumstances: …" grants no more than permission.
  const restrictive = /^only\b/i.test(actionText);
  if (restrictive && force === 'obligation') force = 'permission';

  // "shall not release … until ICE takes custody" is a duty to hold the person for ICE.
  const held =
    !refused && (force === 'prohibition' || force === 'discouragement')
      ? heldFor(duty, defs, lexicon)
      : undefined;
  if (held) force = force === 'prohibition' ? 'obligation' : 'recommendation';

  const conditions: Guard[] = [];
  const onlyIfs: Guard[] = [];
  const exceptions: Guard[] = [];
  // "if the person is a victim or if the person is a witness": two conditions "or" joins.
  let either: Guard | undefined;
  for (let k = 0; k < duty.qualifiers.length; k++) {
    const q = duty.qualifiers[k]!;
    if ((q.kind === 'before' && appearsBefore(doc, q)) || q === held) continue;
    let g = qualifierGuard(q, concepts);
    if (!g) continue;
    if (either) {
      g = or(either, g);
      either = undefined;
    }
    if (joinsNextByOr(q, duty.qualifiers[k + 1])) {
      either = g;
      continue;
    }
    // "except for the purposes of a criminal investigation": the purpose is the exception.
    const excepted = q.kind === 'purpose' && exceptsNext(duty.qualifiers[k - 1]);
    if (excepted) g = not(g);
    if (g.op === 'not' && (opensException(q.kind) || excepted)) exceptions.push(g.guard);
    if (q.kind === 'only-if' || q.kind === 'only-with' || q.kind === 'only-after') onlyIfs.push(g);
    else conditions.push(g);
  }
  // A judicial warrant the action itself names bounds it as a condition would: "comply with a
  // judicial warrant presented by ICE", "disclose only what a judicial warrant requires", "honor a
  // detainer that is accompanied by a judicial warrant".
  if (duty.action) for (const g of namedConcepts(duty.action, concepts)) conditions.push(g);
  // And so does one an aside names: "Pursuant to a judicial warrant, officers may …".
  const s = clause.sentence;
  const asides = s.preface || s.action?.text.startsWith(',') ? asidesOf(doc, s) : NO_RUNS;
  for (const aside of asides) for (const g of namedConcepts(aside, concepts)) conditions.push(g);
  if (duty.list) {
    const listGuard = listToGuard(duty.list, concepts);
    if (restrictive) onlyIfs.push(listGuard);
    else conditions.push(listGuard);
  }
  const onlyIf = onlyIfs.length ? and(...onlyIfs) : undefined;
  let exception = exceptions.length ? or(...exceptions) : undefined;
  const passive = passiveReading(doc, duty.action, defs, names);
  // "Any notification to ICE … shall be made only with the approval of a Commander" (the Madison
  // SOP's 4.20.5) says when it may be made, not that it must be: as "shall only notify".
  if (passive && onlyIf && force === 'obligation') force = 'permission';
  const letIn = passive ? undefined : letCounterpart(duty, defs, lexicon);
  const subject =
    passive?.subject ??
    letIn?.subject ??
    (duty.subject && 'names' in duty.subject ? duty.subject : resolveSubject(duty.subject, defs, names));
  let actions =
    held || refused?.detainer
      ? HOLDING
      : classify(refused?.granted ?? letIn?.active ?? ensuredTelling(actionText) ?? actionText, lexicon);
  // "detain a person solely on the basis of an immigration detainer" holds the person as the
  // detainer asks, as it does without "solely": the reason is read with the action.
  const solely = duty.qualifiers.find((q) => q.kind === 'solely');
  if (
    solely?.condition &&
    actions.length > 0 &&
    actions.every((a) => HOLDING_CLASSES.has(a.class) || a.class === 'arrest')
  ) {
    const asHold = classify(`${actionText} on the basis of ${solely.condition.text}`, lexicon);
    if (asHold.some((a) => a.class === 'honor-detainer')) actions = asHold;
  }
  // A passive clause's subject is what is acted on: "Release dates may be provided to ICE",
  // "Notice of a person's release may be given to ICE" (read as "given notice of … to ICE").
  const patient = passive && duty.subject && !('names' in duty.subject) ? duty.subject : undefined;
  if (patient && !actions.some((a) => a.known)) {
    const participle = passive!.participle;
    const rest = duty.action!.words.filter((w) => w.offset > participle.offset).map((w) => w.text);
    // "Notifications may be made to ICE" makes them to ICE, as "make notifications to ICE" does;
    // "made by telephone" says only how (probe round 17).
    const base = PARTICIPLE_BASE[participle.text.toLowerCase()];
    const verb = base && MADE_TO.test(rest[0] ?? '') ? base : participle.text;
    for (const active of [[verb, patient.text, ...rest].join(' '), `${actionText} ${patient.text}`]) {
      const withPatient = classify(active, lexicon);
      if (!withPatient.some((a) => a.known)) continue;
      actions = withPatient;
      break;
    }
  }
  // What a notice, a report or a form must hold is no action: "A courtesy notification shall
  // include the inmate's name, charges and release time" (probe round 17) notifies no one; the
  // clause that sends it does.
  if (
    !passive &&
    duty.subject &&
    !('names' in duty.subject) &&
    HOLDS.test(verbOf(duty.action?.wordTexts ?? [])) &&
    PAPER_SUBJECT.test(duty.subject.text)
  )
    actions = unknownAction(actionText);
  // What a passive hands over is its subject: "Patient information may be released to ICE" shares
  // information, "Notification of a release may be provided to ICE" notifies; neither hands
  // anyone into custody.
  if (patient && INFORMATION.test(patient.text) && actions.some((a) => a.class === 'transfer-custody')) {
    const rest = actions.filter((a) => a.class !== 'transfer-custody');
    actions = rest.length ? rest : SHARING;
  }
  // … and it may be who is acted for: "ICE shall be notified of …", "ICE may be given access …".
  // After a participle of telling it is who is told: "A Sergeant shall be notified before a Trooper
  // transfers any person to ICE custody" tells the Sergeant, whatever the condition names.
  const toldPatient =
    patient && TOLD.test(passive!.participle.text)
      ? (headCounterpart(patient, defs, lexicon) ?? SOMEONE_ELSE)
      : undefined;
  const counterpart =
    letIn?.counterpart ??
    toldPatient ??
    counterpartOf(duty, actions, asides, defs, lexicon) ??
    (patient ? patientCounterpart(patient, defs, lexicon) : undefined);
  // "inform the agent that the arrest is prohibited by law" tells ICE no more than a refusal (who
  // is told was read above, from the telling).
  if (REFUSAL_TOLD.test(actionText) && lexicon.tells(actions)) actions = TELLING_REFUSAL;
  // "comply with a judicial warrant presented by ICE" obeys a court; it cooperates with no one.
  else if (OBEYING.test(actionText) && obeysCourt(actionText, concepts)) actions = OBEYING_COURT;
  else if (
    actionText.includes('notice') &&
    ENDING_TOLD.test(actionText) &&
    actions.some((a) => lexicon.tells([a]))
  )
    actions = TELLING_REFUSAL;
  // "shall not delay the release of any inmate for ICE beyond 48 hours" leaves the first 48 hours
  // allowed; "may hold the person for up to 48 hours" allows only those.
  const bound = duty.action && counterpart ? holdBound(duty.action, actions) : undefined;
  if (bound?.beyond && force === 'prohibition') {
    conditions.push(not(bound.within));
    exception = exception ? or(exception, bound.within) : bound.within;
  } else if (bound && !bound.beyond && force !== 'prohibition') conditions.push(bound.within);
  const reason = reasonOf(actionText) ?? solelyReason(duty.qualifiers);
  // Object literals written out (no spreads): the model builds one or two norms per clause. Every
  // norm has every property, in this order, undefined when absent: the rules' code then sees one
  // shape of norm, where optional properties added later made four, and V8 deoptimised the rules'
  // code whenever a document brought one it had not seen.
  norms.push({
    clause,
    modal,
    action: duty.action,
    subject,
    actions,
    force,
    counterpart,
    guard: onlyIf ? and(...conditions, onlyIf) : and(...conditions),
    onlyIf,
    implied: false,
    reason,
    exception,
  });
  if (!onlyIf) return;
  norms.push({
    clause,
    modal,
    action: duty.action,
    subject,
    actions,
    force: OPPOSITE[force],
    counterpart,
    guard: and(...conditions, not(onlyIf)),
    onlyIf: undefined,
    implied: true,
    reason,
    exception: undefined,
  });
}

/** Verbs of what a paper holds: "include", "contain", "state", "list". */
const HOLDS =
  /^(?:include|includes|contain|contains|state|states|list|lists|specify|specifies|identify|identifies|set|sets)$/i;

/** A subject that is a paper, by its last word: "A courtesy notification", "Each release notice". */
const PAPER_SUBJECT =
  /\b(?:notices?|notifications?|reports?|forms?|lists?|records?|logs?|letters?|requests?|messages?|e-?mails?|documents?|summar(?:y|ies)|statements?)$/i;

/** What a passive "made" or "sent" hands over with: "made to ICE", "made available to ICE", "sent to ICE". */
const MADE_TO = /^(?:to|available)$/i;

/** Participles whose verb of handing over the lexicon knows by another spelling: "The report shall be sent to ICE" (probe round 18). */
const PARTICIPLE_BASE: Record<string, string | undefined> = { made: 'make', sent: 'send' };

/** Verbs that refuse the action after their "to": "shall refuse to honor", "shall not fail to notify". */
const REFUSING = /^(?:refuses?|declines?|fails?|neglects?)$/i;

/** Verbs that refuse what they name: "shall not decline any detainer request", "must not deny ICE access". */
const REFUSING_OBJECT = /^(?:refuses?|declines?|rejects?|ignores?|disregards?|deny|denies)$/i;

/** Any word of `REFUSING` or `REFUSING_OBJECT`. */
const REFUSING_WORD = /\b(?:refuse|decline|fail|neglect|reject|ignore|disregard|deny|denies)/i;

/** What names a detainer in a refused object: "any detainer request", "an immigration hold". */
const DETAINER_OBJECT = /\b(?:detainers?|immigration holds?|hold requests?)\b/i;

/** The force of a duty not to do what a refusing verb refuses; a permission to refuse waives the duty. */
const REFUSED: Record<Force, Force | undefined> = {
  obligation: 'prohibition',
  prohibition: 'obligation',
  recommendation: 'discouragement',
  discouragement: 'recommendation',
  permission: undefined,
};

/** A request as what is refused: "any request from ICE", "a demand for records". */
const REQUEST = /\b(?:requests?|demands?)\b/i;

/** What a request for information asks: "a request from ICE for information about …", "for records". */
const FOR_INFORMATION =
  /\bfor\s+(?:(?:any|the|its)\s+)?(?:information|records?|data|details|notice|notification)\b/i;

/** What a request asks done with a person in custody: it is no request for information alone. */
const IN_CUSTODY = /\b(?:hold|holding|detain|detaining|keep|keeping|custody|transfer|transferring|access)\b/i;

/**
 * Whether a request asks for information and nothing else: "a request from ICE for information
 * about a person in custody" (probe round 20), not "a request from ICE to hold a person …, or for
 * information" (probe round 19). What it asks done is read before its "for information".
 */
function answeredBySharing(object: string): boolean {
  const m = FOR_INFORMATION.exec(object);
  return !!m && !IN_CUSTODY.test(object.slice(0, m.index));
}

/** How the action writes each immigration authority it names ("ICE", its full name). */
function authorityMentions(
  doc: PolicyDocument,
  action: TextRun | undefined,
  defs: DefinitionIndex,
): string[] {
  const out: string[] = [];
  for (const use of defs.uses(action))
    if (use.definition.kind === 'immigration-authority') out.push(doc.text.slice(use.offset, use.end));
  return out;
}

/**
 * Whether an immigration authority, as the action writes it, is who makes the request `object`
 * names: "a request from (of, by) ICE", "requests made by ICE agents", "a request from an ICE
 * officer", "any request that ICE makes", "any ICE request", "an ICE agent's request" (probe rounds
 * 18 and 19), and not "a request from a person in ICE custody".
 */
function requestedBy(object: string, mentions: readonly string[]): boolean {
  if (!mentions.length) return false;
  const name = `(?:${mentions.map((m) => escapeRegExp(m).replace(/\s+/g, '\\s+')).join('|')})`;
  // The authority, or one who speaks for it ("an ICE officer", "agents of ICE"), ending its phrase:
  // "a request from an ICE detainee" is the detainee's (probe round 20).
  const who = `(?:(?:${AGENT_NOUN})\\s+of\\s+(?:the\\s+)?)?${name}(?:\\s+(?:${AGENT_NOUN}))?(?![\\w'’-]|\\s+(?!(?:${AGENT_NOUN}|for|to|about|regarding|concerning|that|which|of|in|on|with|has|have|had|makes|made|submits|submitted|sends|sent|issues|issued|lodges|lodged)\\b)[a-z])`;
  return (
    new RegExp(
      `\\b${ASKING}\\s+(?:${RECEIVED}\\s+)?(?:from|by|of|on\\s+behalf\\s+of)\\s+(?:the\\s+|an?\\s+|any\\s+)?${who}`,
      'i',
    ).test(object) ||
    new RegExp(
      `\\b${name}(?:\\s+(?:${AGENT_NOUN}))?(?:['’]s?)?\\s+(?:(?:written|formal|verbal|oral|official|specific)\\s+)?${ASKING}\\b`,
      'i',
    ).test(object) ||
    new RegExp(
      `\\b${ASKING}\\s+(?:(?:that|which)\\s+)?(?:the\\s+|an?\\s+)?${who}\\s+(?:(?:has|have|had)\\s+)?${MAKES}\\b`,
      'i',
    ).test(object)
  );
}

const ASKING = '(?:requests?|demands?)';
/** How a request reaches the one asked: "made by", "received from", "submitted by". */
const RECEIVED = '(?:made|received|submitted|sent|issued|transmitted|lodged)';
/** What the one asking does: "that ICE makes", "which ICE has submitted" (not "that ICE received"). */
const MAKES = '(?:makes|made|submits|submitted|sends|sent|issues|issued|lodges|lodged|transmits|transmitted)';
/** Who speaks for an authority: "ICE agents", "an ICE officer", "officers of ICE". */
const AGENT_NOUN = 'officers?|agents?|officials?|personnel|representatives?|employees?|supervisors?';

/** Where the head of a refused object ends: at its first preposition. */
const HEAD_END = /\s(?:of|on|in|to|for|from|by|with|at|about|under|because|unless|if|when)\s/i;

/** A permission to refuse ("may decline to honor a detainer"): it waives a duty, and binds no one. */
const WAIVED = 'waived';

/**
 * A duty whose action refuses another: "Deputies shall refuse to honor any detainer" forbids
 * honoring one, "ECSO shall not decline any detainer request from ICE" and "Officers shall not fail
 * to notify ICE …" require what they refuse to refuse, and "may decline to honor" waives a duty as
 * "need not" does (`WAIVER`). Its modal is the words from the modal to the refusing verb (and its
 * "to"), with the turned force; `detainer` when what is refused is a detainer named as a noun, which
 * the refusal then honors. Undefined for any other duty.
 */
function refusal(
  doc: PolicyDocument,
  duty: Duty,
  defs: DefinitionIndex,
): { modal: NormModal; detainer: boolean; granted: string | undefined } | typeof WAIVED | undefined {
  const action = duty.action;
  // Most actions hold no refusing word: a look for one before their words are made.
  if (!action || !REFUSING_WORD.test(action.text)) return undefined;
  const ws = action.words;
  const verb = verbIndex(action.wordTexts);
  const word = ws[verb]?.text ?? '';
  const to = /^to$/i.test(ws[verb + 1]?.text ?? '') && verb + 2 < ws.length;
  const object = to || !REFUSING_OBJECT.test(word) ? '' : wordsText(ws.slice(verb + 1));
  // What is refused is named before any preposition: "decline any detainer request from ICE", not
  // "deny any person in custody a service on the basis of a hold request".
  const head = object.split(HEAD_END, 1)[0]!;
  const detainer = DETAINER_OBJECT.test(head);
  // "must not deny ICE officers access to holding cells" refuses to give them access.
  // "shall not refuse any request from ICE" complies with it (Texas SB 4, probe round 17), when an
  // immigration authority is the one asking: "a request from a person in ICE custody" asks nothing
  // of ICE's (probe round 18). A request for information is answered by sharing it.
  const granted =
    detainer || !object
      ? undefined
      : /\baccess\b/i.test(head)
        ? `give ${object}`
        : REQUEST.test(head) && requestedBy(object, authorityMentions(doc, duty.action, defs))
          ? `${answeredBySharing(object) ? 'share' : 'comply with'} ${object}`
          : undefined;
  if (!(to && REFUSING.test(word)) && !detainer && !granted) return undefined;
  const force = REFUSED[duty.modal.force];
  if (!force) return WAIVED;
  const end = ws[to ? verb + 1 : verb]!.end;
  const text = doc.text.slice(duty.modal.offset, end).replace(/\s+/g, ' ');
  return { modal: { text, force, offset: duty.modal.offset, end }, detainer, granted };
}

/**
 * What a duty to see someone told comes to: "ensure that ICE is notified of each release" and
 * "ensure that ICE receives timely notice of each release" read as "notify ICE of each release".
 * Undefined for any other action.
 */
function ensuredTelling(text: string): string | undefined {
  if (!ENSURE.test(text)) return undefined;
  const m = ENSURED_TOLD.exec(text) ?? ENSURED_NOTICE.exec(text);
  return m ? `notify ${m[1]} ${m[2] ?? ''}`.trim() : undefined;
}

const ENSURE = /^(?:ensure|ensures|make sure|see to it)\s+that\s/i;
const ENSURED_TOLD =
  /^(?:ensure|ensures|make sure|see to it)\s+that\s+(.+?)\s+(?:is|are|has been|have been|will be|shall be)\s+(?:promptly\s+)?(?:notified|informed|told|advised|alerted)\b\s*(.*)$/i;
const ENSURED_NOTICE =
  /^(?:ensure|ensures|make sure|see to it)\s+that\s+(.+?)\s+receives?\s+(?:timely\s+|prompt\s+|advance\s+)?(?:notice|notification)\b\s*(.*)$/i;

/**
 * What is said after "that" when it is a refusal: "inform the agent that the arrest is prohibited
 * by Civil Rights Law § 28", "tell ICE that MPD will not honor the detainer". Telling that shares
 * nothing about anyone.
 */
const REFUSAL_TOLD =
  /\bthat\b[^;]*?\b(?:(?:is|are|was|has been|will be)\s+(?:denied|declined|refused|rejected|prohibited|forbidden|not\s+(?:honou?red|accepted|permitted|allowed|authori[sz]ed))|(?:will|shall|does|do|may|can)\s+not\s+(?:honou?r|comply|hold|accept|assist|cooperate|respond|detain|transfer)|cannot\s+(?:be\s+)?(?:honou?r|comply|hold|accept|assist|cooperate))/i;

/**
 * A notice that something ends, which is told as a refusal is: "give ICE written notice of
 * termination of any agreement under 8 U.S.C. § 1357(g)" enters into no agreement.
 */
const ENDING_TOLD =
  /\bnotice\s+of\s+(?:the\s+|its\s+)?(?:termination|withdrawal|cancell?ation|rescission|non-?renewal)\b/i;

/** Verbs of obeying, and the words before what is obeyed: "comply with a", "honor any valid". */
const OBEYING =
  /^(?:comply|complies|complying|honou?rs?|honou?ring|execute|executes|executing|obey|obeys|obeying)\s+(?:with\s+)?(?:(?:a|an|the|any|each|every|such|all|valid|signed|lawful)\s+)*/i;

/** Whether what the action obeys is a concept's phrase, a judicial warrant: "comply with a court order". */
function obeysCourt(actionText: string, concepts: readonly Concept[]): boolean {
  const rest = actionText.slice(OBEYING.exec(actionText)![0].length);
  for (const concept of concepts) {
    const anywhere = anywhereOf(concept);
    if (!anywhere) continue;
    anywhere.lastIndex = 0;
    if (anywhere.exec(rest)?.index === 0) return true;
  }
  return false;
}

const OBEYING_COURT: Action[] = [{ class: 'verb:obey court', known: false }];

/** The class of a telling of a refusal, an action of its own that cooperates with no one. */
export const TOLD_REFUSAL = 'verb:tell refusal';

const TELLING_REFUSAL: Action[] = [{ class: TOLD_REFUSAL, known: false }];

/** Participles whose passive subject is who is told: "ICE shall be notified", "the person shall be informed". */
const TOLD = /^(?:notified|informed|told|advised|alerted|apprised|warned|contacted)$/i;

/** Words for what is told or handed over as information, not a person. */
const INFORMATION =
  /\b(?:information|records?|data|notifications?|notices?|dates?|files?|reports?|footage|recordings?|documents?|photographs?|addresses|address)\b/i;

const SHARING: Action[] = [{ class: 'share-information', known: true }];

/** What a ban on release until custody is taken reads as: holding the person, as a detainer asks. */
const HOLDING: Action[] = [{ class: 'honor-detainer', known: true }];

/** A release, the first verb of an action: "release", "releases". */
const RELEASE = /^releas(?:e|es|ed|ing)$/i;

/** Who takes custody, and the words that say so: "ICE takes custody", "ICE agents arrive". */
const TAKES_CUSTODY =
  /^(.+?)\s+(?:(?:takes|assumes|has taken|has assumed|can take|is able to take|obtains)\s+(?:physical\s+)?custody|arrives?|picks?\s+up)\b/i;

/** "until …" in an action, and what follows it. */
const UNTIL = /\buntil\s+(.+)$/i;

/**
 * Whether a ban on release lasts until an immigration authority takes custody: "Deputies shall not
 * release a person subject to an ICE detainer until ICE takes custody of the person", "… are not to
 * release any inmate before ICE assumes custody". That is a duty to hold the person for it, as a
 * detainer asks, not a safeguard against handing anyone over. The qualifier that says so ("before
 * ICE assumes custody"), which bounds no condition of that duty; the action itself when "until"
 * says so; undefined for any other duty.
 */
function heldFor(
  duty: Duty,
  defs: DefinitionIndex,
  lexicon: ActionLexicon,
): QualifierPart | true | undefined {
  const action = duty.action;
  // Most actions release no one: a look for the word before their words are made.
  if (!action || !/\breleas/i.test(action.text)) return undefined;
  if (!RELEASE.test(verbOf(action.wordTexts))) return undefined;
  const takesCustody = (text: string): boolean => {
    const who = TAKES_CUSTODY.exec(text)?.[1];
    return (
      who !== undefined &&
      (lexicon.counterpart(who) !== undefined ||
        words(who).some((w) => defs.lookupWord(w)?.kind === 'immigration-authority'))
    );
  };
  const until = UNTIL.exec(action.text);
  if (until && takesCustody(until[1]!)) return true;
  return duty.qualifiers.find((q) => q.kind === 'before' && q.condition && takesCustody(q.condition.text));
}

/** A time limit past which a hold is forbidden: "beyond 48 hours", "for more than two days". */
const BEYOND =
  /\b(?:beyond|more than|longer than|in excess of|over)\s+((?:[\w()-]+\s+){0,3}?)(hours?|days?)\b/i;
/** A time limit within which a hold is allowed: "for up to 48 hours", "not to exceed 48 hours". */
const WITHIN =
  /\b(?:up to|no (?:more|longer) than|not (?:more|longer) than|not to exceed|not exceeding|a maximum of|at most)\s+((?:[\w()-]+\s+){0,3}?)(hours?|days?)\b/i;
/** Classes of holding someone. */
const HOLDING_CLASSES = new Set(['honor-detainer', 'detain']);

/**
 * The time limit on a hold for an immigration authority, as a condition: "the hold lasts no more
 * than 48 hours" (one condition per amount, "forty-eight (48)" read as 48). `beyond` when the
 * action forbids the time past it, so that the time within it is left allowed.
 */
function holdBound(run: TextRun, actions: readonly Action[]): { within: Guard; beyond: boolean } | undefined {
  if (!actions.some((a) => HOLDING_CLASSES.has(a.class))) return undefined;
  const text = run.text;
  const beyond = BEYOND.exec(text);
  const m = beyond ?? WITHIN.exec(text);
  if (!m) return undefined;
  const amount = m[1]!.trim();
  const unit = m[2]!.toLowerCase().replace(/s$/, '');
  const digits = /\d+/.exec(amount)?.[0] ?? amount.toLowerCase();
  const offset = run.offset + m.index;
  return {
    within: atom({
      id: `hold lasts at most ${digits} ${unit}`,
      label: `the hold lasts no more than ${amount} ${m[2]!.toLowerCase()}`,
      offset,
      end: Math.min(run.end, offset + m[0].length),
    }),
    beyond: beyond !== null,
  };
}

/**
 * Whether `norm` is a ban on release read as a duty to hold the person for an immigration
 * authority (see `heldFor`): the only norm whose modal forbids and whose force binds.
 */
export function holdsForCounterpart(norm: Norm): boolean {
  return (
    (norm.modal.force === 'prohibition' && norm.force === 'obligation') ||
    (norm.modal.force === 'discouragement' && norm.force === 'recommendation')
  );
}

/** Verbs whose "that …" says what someone is told, explained or assured. */
const SAYING_VERB =
  /^(?:tell|tells|inform|informs|advise|advises|notify|notifies|explain|explains|remind|reminds|assure|assures|warn|warns|state|states|certify|certifies)$/i;

/** Adverbs between the joiner and the second modal: "and then may notify ICE". */
const THEN = /^(?:then|thereafter|also|afterwards)$/i;

/** Words that join a second duty to the first: "… and may share …", "… but shall not …". */
const DUTY_JOINER = /^(?:and|but|or|,|;)$/i;

/**
 * The duties of an action that holds a second modal after "and", "but" or "or": each part's action
 * as a run of its own words, and the modal of every part after the first. Undefined when the action
 * is one duty.
 */
function coordinatedDuties(doc: PolicyDocument, action: TextRun): DutyPart[] | undefined {
  const ws = action.words;
  const out: DutyPart[] = [];
  let from = 0;
  let modal: NormModal | undefined;
  let subject: TextRun | undefined;
  // What a duty to tell says is no duty of its own: "tell every victim that MBPD does not share
  // information with ICE and will not ask about …" is one duty, to tell.
  const telling = SAYING_VERB.test(ws[0]?.text ?? '');
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (telling && /^(?:that|whether)$/i.test(w.text)) break;
    if (w.kind !== 'modal') continue;
    // "and may", and "and then may", "and thereafter may", "and also may".
    const adverb = i > 1 && THEN.test(ws[i - 1]!.text) ? 1 : 0;
    let cut: number;
    let own: TextRun | undefined;
    const nor = NOR.test(ws[i - 1]!.text);
    if (nor) {
      // "No person shall be detained …, nor shall notice of the release be provided to ICE"
      // (probe round 17): a second prohibition, its subject after its modal.
      cut = i - 1;
      if (cut > from && /^[,;]$/.test(ws[cut - 1]!.text)) cut--;
      const inverted = norSubject(doc, ws, i + 1);
      if (!inverted) continue;
      own = inverted;
    } else if (DUTY_JOINER.test(ws[i - 1 - adverb]!.text)) {
      // The joiner, and a comma before "and": ", and may share".
      cut = i - 1 - adverb;
      if (cut > from && /^[,;]$/.test(ws[cut - 1]!.text)) cut--;
    } else {
      // A second subject: "…; however, Officers may share …", "… to a Sergeant, who may share …".
      const second = secondSubject(ws, from, i);
      if (!second) continue;
      cut = second.cut;
      own = subRun(doc, second.subject);
    }
    const negated = !nor && ws[i + 1]?.kind === 'not';
    const last = negated ? ws[i + 1]! : w;
    const phrase = w.text.replace(/\s+/g, ' ');
    out.push({ modal, action: subRun(doc, ws.slice(from, cut)), subject });
    modal = {
      text: nor ? `${ws[i - 1]!.text} ${phrase}` : negated ? `${phrase} ${last.text}` : phrase,
      force: modalForce(phrase, negated || nor),
      offset: nor ? ws[i - 1]!.offset : w.offset,
      end: last.end,
    };
    subject = own;
    from = nor ? i + 1 + own!.words.length : negated ? i + 2 : i + 1;
  }
  if (!out.length) return undefined;
  out.push({ modal, action: subRun(doc, ws.slice(from)), subject });
  // A later duty whose object is "no" something forbids, as a sentence's does: "… and ICE is to be
  // given no access to the lockup".
  for (const part of out)
    if (part.modal && part.action && !NEGATING_FORCE.has(part.modal.force) && negatesObject(part.action))
      part.modal = { ...part.modal, force: modalForce(part.modal.text, true) };
  return out;
}

const NOR = /^nor$/i;

/**
 * The subject after "nor shall" (`at`, its first word): up to a "be" ("nor shall notice of the
 * release be provided to ICE"), or a determiner and a name or a word ("nor shall any Officer share
 * …"); undefined when neither is there.
 */
function norSubject(doc: PolicyDocument, ws: readonly Word[], at: number): TextRun | undefined {
  for (let j = at + 1; j < Math.min(ws.length - 1, at + 8); j++)
    if (/^be$/i.test(ws[j]!.text)) return subRun(doc, ws.slice(at, j));
  const rest = subRun(doc, ws.slice(at));
  return rest && invertedSubject(doc, rest)?.subject;
}

/** Forces a "no" in the object cannot turn further. */
const NEGATING_FORCE = new Set<Force>(['prohibition', 'discouragement']);

/** Determiners before an inverted subject: "shall an Officer", "shall any person be detained". */
const INVERTED_DETERMINER = /^(?:a|an|the|any|each|every|no|this)$/i;

/**
 * The subject and action of "Under no circumstances shall an Officer share …", where the subject
 * follows the modal: a determiner and a capitalised name ("the Chief of Police", small words
 * inside it), or a determiner and one word ("any person"); undefined when the action starts
 * otherwise.
 */
function invertedSubject(
  doc: PolicyDocument,
  action: TextRun,
): { subject: TextRun; action: TextRun } | undefined {
  const words = action.words;
  let k = 0;
  if (INVERTED_DETERMINER.test(words[0]?.text ?? '')) k++;
  const capital = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);
  if (capital(words[k])) {
    k++;
    while (
      k < words.length - 1 &&
      (capital(words[k]) || (/^(?:of|and)$/.test(words[k]!.text) && capital(words[k + 1])))
    )
      k++;
  } else if (k > 0) k++;
  else return undefined;
  const subject = subRun(doc, words.slice(0, k));
  const rest = subRun(doc, words.slice(k));
  return subject && rest ? { subject, action: rest } : undefined;
}

/**
 * The action past a phrase set off by commas before its verb: "shall, within one hour, notify
 * ICE …" is to notify ICE. (A condition there is read as a condition by the parser.)
 */
function pastInsertion(doc: PolicyDocument, action: TextRun): TextRun {
  const close = insertionClose(action);
  return close < 0 ? action : (subRun(doc, action.words.slice(close + 1)) ?? action);
}

/** The index of the comma that closes a phrase set off at the start of an action, or -1. */
function insertionClose(action: TextRun): number {
  if (!action.text.startsWith(',')) return -1;
  const words = action.words;
  const close = words.findIndex((w, i) => i > 1 && w.text === ',');
  return close < 0 || close > 12 || close === words.length - 1 ? -1 : close;
}

/**
 * The phrases set off before a clause's verb that say for whom or under what it acts: its preface
 * ("At the request of ICE, Detention Deputies …", "Pursuant to a judicial warrant, officers …") and
 * a phrase between commas after the modal ("Officers may, at the direction of ICE, detain …").
 */
function asidesOf(doc: PolicyDocument, s: Sentence): TextRun[] {
  const asides: TextRun[] = [];
  if (s.preface) asides.push(s.preface);
  const close = s.action ? insertionClose(s.action) : -1;
  const inserted = close < 0 ? undefined : subRun(doc, s.action!.words.slice(1, close));
  if (inserted) asides.push(inserted);
  return asides;
}

const NO_RUNS: readonly TextRun[] = EMPTY;

/** A part of a clause's action that is a duty of its own, with the subject it names, if any. */
interface DutyPart {
  modal: NormModal | undefined;
  action: TextRun | undefined;
  /** Who this duty binds when it names someone other than the clause's subject. */
  subject?: TextRun | undefined;
}

/** Words between a joiner and a second subject: "; however, Officers may", "; provided, however, that". */
const DISCOURSE = /^(?:however|provided|that|nevertheless|nonetheless|also|then|further|,)$/i;
/** Heads of a second subject that are no name: "…, and officers should …", "…, who may …". */
const ACTOR_HEAD =
  /^(?:officers?|deputies|deputy|personnel|staff|employees?|members?|supervisors?|commanders?|sergeants?|who|which|he|she|they)$/i;

/**
 * The subject of a second duty whose modal is at `at`, when the words before it are a joiner
 * (and, but, or, a comma or semicolon), perhaps "however" or "provided that", and a short noun
 * phrase ending in a name or a word for those who act: "; however, officers may share …",
 * ", but a Sergeant may …". After ", who" the subject is the name before the comma: "refer each
 * request to a Sergeant, who may share …" binds the Sergeant. Undefined for anything else:
 * "record the reason the person may be detained" has no second duty.
 */
function secondSubject(
  ws: readonly Word[],
  from: number,
  at: number,
): { cut: number; subject: Word[] } | undefined {
  let start = at;
  while (
    start > from + 1 &&
    at - start < 4 &&
    ws[start - 1]!.kind !== 'punctuation' &&
    !DUTY_JOINER.test(ws[start - 1]!.text)
  )
    start--;
  // "; provided, however, that a Sergeant may": the subject is "a Sergeant".
  while (start < at && DISCOURSE.test(ws[start]!.text)) start++;
  if (start === at) return undefined;
  const head = ws[at - 1]!;
  if (!ACTOR_HEAD.test(head.text) && !/^\p{Lu}/u.test(head.text)) return undefined;
  // Back over "however", "provided", "that" and the commas around them, to the joiner.
  let k = start - 1;
  while (k > from && DISCOURSE.test(ws[k]!.text)) k--;
  let cut: number;
  if (/^(?:and|but|or|;)$/i.test(ws[k]!.text)) {
    cut = k;
    // And a comma before it: ", and officers should …".
    if (cut > from && ws[cut - 1]!.text === ',') cut--;
  } else if (ws[k + 1]?.text === ',' && k + 1 < start) cut = k + 1;
  else return undefined;
  if (cut <= from) return undefined;
  if (/^(?:who|which)$/i.test(head.text) && at - start === 1) {
    // The one before ", who" or ", which": a capitalised name, or the last word.
    let begin = cut - 1;
    while (begin > from && /^\p{Lu}/u.test(ws[begin - 1]!.text)) begin--;
    if (!/^\p{Lu}/u.test(ws[begin]!.text)) begin = cut - 1;
    return { cut, subject: ws.slice(begin, cut) };
  }
  return { cut, subject: ws.slice(start, at) };
}

/** A run of some of another run's words, or undefined for none. */
function subRun(doc: PolicyDocument, words: Word[]): TextRun | undefined {
  if (!words.length) return undefined;
  const offset = words[0]!.offset;
  const end = words[words.length - 1]!.end;
  return {
    text: wordsText(words),
    words,
    wordTexts: words.map((w) => w.text),
    offset,
    end,
    range: doc.lines.range(offset, end),
  };
}

/** Verbs after which "before" is a place, not a time: "until the person appears before a judge". */
const BEFORE_PLACE = /\b(?:appears?|appeared|appearing|brought|taken|testif(?:y|ies|ied)|stands?)\s*$/i;

/** Whether a `before` qualifier names where someone appears, not when: it is no condition then. */
function appearsBefore(doc: PolicyDocument, q: QualifierPart): boolean {
  return BEFORE_PLACE.test(doc.text.slice(Math.max(0, q.offset - 16), q.offset));
}

/** Words that give the reason for an action, and the reason after them. */
const REASON =
  /\b(?:on the basis of|on the grounds? of|based (?:up)?on|because(?: of)?|by reason of|for the (?:sole |only )?reasons? (?:that|of)|due to|(?:on|upon) (?:the |a )?(?:belief|suspicion|assumption) (?:that|of))\s+(.+)$/i;

/** The reason an action text names for itself, as a condition key, if it names one. */
function reasonOf(actionText: string): string | undefined {
  // Most actions give no reason: a look for the words that could, before the cache.
  if (!REASON_WORD.test(actionText)) return undefined;
  return reasons.get(actionText);
}

/**
 * A violation of immigration law given as the reason with "for": "No person shall be detained or
 * arrested for a civil immigration violation". (Other "for …" phrases say what for, not why.)
 */
const FOR_IMMIGRATION =
  /\bfor\s+((?:an?\s+|any\s+)?(?:suspected\s+|alleged\s+|possible\s+)?(?:civil\s+)?(?:immigration\s+(?:violations?|offen[cs]es?)|violations?\s+of\s+(?:civil\s+|federal\s+)?immigration\s+laws?))/i;

/** A word every phrase of `REASON` and `FOR_IMMIGRATION` holds. */
const REASON_WORD =
  /basis|becaus|based|ground|reason|due to|belief|suspicion|assumption|immigration (?:violation|offen)|violations? of/i;

/** A violation of immigration law in any of its wordings, as a reason. */
const IMMIGRATION_VIOLATION =
  /\bimmigration\s+(?:violations?|offen[cs]es?)\b|\bviolations?\s+of\s+(?:civil\s+|federal\s+)?immigration\s+laws?\b/i;

const reasons = new TextCache<string | undefined>((own) => {
  const m = REASON.exec(own) ?? FOR_IMMIGRATION.exec(own);
  if (!m) return undefined;
  // "a civil immigration violation" and "a violation of civil immigration law" are one reason.
  if (IMMIGRATION_VIOLATION.test(m[1]!)) return 'immigration violation';
  return conditionKey(m[1]!) || undefined;
});

/**
 * The reason a "solely because of …" qualifier names: "No person shall be detained solely on the
 * basis of a civil immigration detainer" is about detaining for that reason, and says nothing of
 * detaining a person named in a judicial warrant. (Its guard keeps the condition too.)
 */
function solelyReason(qualifiers: readonly QualifierPart[]): string | undefined {
  for (const q of qualifiers)
    if (q.kind === 'solely' && q.condition) return conditionKey(q.condition.text) || undefined;
  return undefined;
}

function qualifierGuard(q: QualifierPart, concepts: Concept[]): Guard | undefined {
  if (q.kind === 'regardless') return undefined;
  const parts: Guard[] = [];
  if (q.condition) parts.push(conditionGuard(q.condition, concepts, q.kind === 'solely'));
  if (q.list) parts.push(listToGuard(q.list, concepts));
  if (!parts.length) return undefined;
  const g = q.kind === 'purpose' ? asPurpose(and(...parts)) : and(...parts);
  // An exception holds where its condition does not; "before a judicial warrant is presented" is
  // while it has not been, which is what the clause allows.
  return opensException(q.kind) || q.kind === 'before' ? not(g) : g;
}

/**
 * A purpose's conditions as they read in a scenario: "for the purpose of criminal investigations",
 * not "criminal investigations" ("the exception lets LPD share … for instance for the purpose of
 * criminal investigations").
 */
function asPurpose(g: Guard): Guard {
  switch (g.op) {
    case 'atom':
      return /^for\b/i.test(g.atom.label)
        ? g
        : { op: 'atom', atom: { ...g.atom, label: `for the purpose of ${g.atom.label}` } };
    case 'not':
      return { op: 'not', guard: asPurpose(g.guard) };
    case 'and':
    case 'or':
      return { op: g.op, guards: g.guards.map(asPurpose) };
    default:
      return g;
  }
}

function listToGuard(list: List, concepts: Concept[]): Guard {
  const items = list.items.map((i) => conditionGuard(i.text, concepts, false));
  return list.quantifier === 'all' ? and(...items) : or(...items);
}

/**
 * One condition as a guard: a recognised concept (possibly negated) or an atom of its own words.
 * A condition that offers a concept and something else as alternatives ("a judicial warrant or the
 * approval of the Chief") is their disjunction, so that the something else is seen to suffice.
 */
export function conditionGuard(run: TextRun, concepts: Concept[], solely: boolean): Guard {
  return textGuard(run.text, run, concepts, solely);
}

/** `conditionGuard` of `text`, the whole of `run`'s text or a conjunct of it. */
function textGuard(text: string, run: TextRun, concepts: Concept[], solely: boolean): Guard {
  // Clauses joined by "and" hold together: in "ICE presents a judicial warrant and the person has
  // been convicted of a violent felony" the warrant alone left the conviction out (NYC Admin. Code
  // § 9-131, probe round 17). A comma before an "or" puts the "or" above the "and": "… convicted of
  // a violent felony and ICE presents a judicial warrant, or the person consents in writing" offers
  // the consent alone (probe round 18), as `alternatives` reads it.
  const split = orAboveAnd(text);
  if (split)
    return or(textGuard(split[0], run, concepts, solely), textGuard(split[1], run, concepts, solely));
  const conjuncts = HAS_AND.test(text) ? clauseConjuncts.get(text) : undefined;
  if (conjuncts) return and(...conjuncts.map((part) => textGuard(part, run, concepts, solely)));
  for (const concept of concepts) {
    const found = conceptIn(concept, text);
    if (found === NO_MATCH) continue;
    // Only a condition that names a concept can offer it and something else.
    const parts = conceptAlternatives(text, concepts);
    if (parts)
      return or(...withSubjects(parts, concepts).map((part) => textGuard(part, run, concepts, solely)));
    return conceptGuard(concept, found, run);
  }
  // Alternatives that are clauses of their own are conditions of their own: "the person is arrested
  // for a felony or the person is arrested for a misdemeanor" holds when either does, as the list
  // "any of: a. …; b. …" does (probe round 15).
  const clauses = HAS_OR.test(text) ? clauseAlternatives.get(text) : undefined;
  if (clauses) return or(...clauses.map((part) => textGuard(part, run, concepts, solely)));
  return wordsGuard(text, run, solely);
}

/**
 * An "and", then an "or" after a comma: "A and B, or C". (An Oxford comma in a series before the
 * "and", "convicted of a felony, a misdemeanor, or a sex offense and ICE presents …", is none.)
 */
const COMMA_OR = /\band\b(?!\/).*,\s*(?:and\/)?or\s/i;

/**
 * The two sides of an ", or" after an "and" that opens a clause of its own: "…, or the person
 * consents in writing" does, "charged and convicted of murder, rape, or robbery and …" (a series)
 * does not (probe round 20). Undefined when there is none.
 */
function orAboveAnd(text: string): [string, string] | undefined {
  if (!COMMA_OR.test(text)) return undefined;
  COMMA_OR_AT.lastIndex = text.search(HAS_AND);
  for (let m = COMMA_OR_AT.exec(text); m; m = COMMA_OR_AT.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    if (isClause(after) || SUBJECT_AND_VERB.test(after)) return [text.slice(0, m.index), after];
  }
  return undefined;
}

/** A subject with a determiner and a verb in "-s" or "-ed" after it: "the person consents …". */
const SUBJECT_AND_VERB =
  /^(?:the|a|an|any|that|this|such|his|her|their|its)\s+[\p{L}'’-]+\s+(?:[\p{L}'’-]+\s+)?\p{L}+(?:s|ed)\b/u;

const COMMA_OR_AT = /,\s*(?:and\/)?or\s+/gi;

/**
 * Alternatives with the first one's subject given to those that leave it out: "ICE presents a
 * judicial warrant or is investigating a criminal offense" (probe round 18).
 */
function withSubjects(parts: readonly string[], concepts: Concept[]): string[] {
  const subject = CLAUSE.exec(parts[0] ?? '')?.[1];
  if (!subject) return [...parts];
  // A subject that is itself a concept (a paper) only to what is done with a paper: "unless a
  // judicial warrant is presented or has been issued" (probe round 20), not "… or is otherwise
  // required by law", where what is required is not the warrant (probe round 19).
  const paper = concepts.some((c) => conceptIn(c, subject) !== NO_MATCH);
  return parts.map((p, i) =>
    i > 0 && SUBJECT_LEFT_OUT.test(p) && (!paper || DONE_WITH_PAPER.test(p)) ? `${subject} ${p.trim()}` : p,
  );
}

/** No concepts: for `withSubjects` where no subject is a paper. */
const NO_CONCEPTS: Concept[] = [];

/** What is done with a paper, after its auxiliary: "is presented", "has been issued", "is attached". */
const DONE_WITH_PAPER =
  /^\s*(?:is|are|was|were|has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?(?:issued|signed|presented|attached|obtained|produced|provided|served|executed|shown|submitted|accompan\w*|included)\b/i;

/**
 * A condition's alternatives when there are two or more and each is a clause with its subject and
 * a finite verb of its own, or undefined. "arrested for a felony or a misdemeanor" stays one
 * condition.
 */
const clauseAlternatives = new TextCache<string[] | undefined>((own) => {
  const spans = alternatives(own);
  if (spans.length < 2) return undefined;
  // "the person has been convicted of a violent felony or is identified in the terrorist screening
  // database": the second has the first's subject (NYC Admin. Code § 9-131, probe round 17). An
  // alternative that is neither goes back into the one before: in "convicted of a violent or
  // serious crime or is identified …", "serious crime" is the first's.
  const subject = CLAUSE.exec(own.slice(spans[0]![0], spans[0]![1]))?.[1];
  const joined: [number, number][] = [];
  for (const [from, to] of spans) {
    const part = own.slice(from, to);
    const opens = isClause(part) || (subject !== undefined && SUBJECT_LEFT_OUT.test(part));
    if (joined.length && !opens) joined[joined.length - 1]![1] = to;
    else joined.push([from, to]);
  }
  // "is engaged in — or is suspected of — terrorism", "is charged with, or has been convicted of,
  // a felony": the alternatives share what follows the last, and are one condition.
  if (joined.length < 2 || joined.slice(0, -1).some(([from, to]) => OPEN_END.test(own.slice(from, to))))
    return undefined;
  const whole = withSubjects(
    joined.map(([from, to]) => own.slice(from, to)),
    NO_CONCEPTS,
  );
  return whole.every(isClause) ? whole : undefined;
});

const HAS_AND = /\band\b(?!\/)/i;

/**
 * A condition's conjuncts when there are two or more, each a clause with its subject and a finite
 * verb of its own, or undefined: "a judicial warrant and a court order are presented" stays one
 * condition. An "or" inside a conjunct is that conjunct's ("the warrant is presented and the
 * person is charged or convicted"), as `alternatives` reads it.
 */
const clauseConjuncts = new TextCache<string[] | undefined>((own) => {
  // Split with the joiners kept: a part that opens no clause goes back into the one before, "the
  // person has been charged and convicted" is one condition (probe round 18).
  const pieces = own.split(AND_JOINING_KEPT);
  const parts = [pieces[0]!];
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const next = pieces[i + 1]!;
    if (isClause(next)) parts.push(next);
    else parts[parts.length - 1] += pieces[i]! + next;
  }
  return parts.length > 1 && parts.every(isClause) ? parts : undefined;
});

/** An "and" (with a comma before it or not) between two conjuncts, as a group `split` keeps. */
const AND_JOINING_KEPT = /(\s*,?\s+and\s+(?!\/))/i;

/** A subject (a determiner and a word, or a name) and then a finite verb: "the person is arrested …", "ICE presents …". */
const CLAUSE =
  /^\s*((?:(?:the|a|an|any|that|this|such|his|her|their|its)\s+[\p{L}'’-]+|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:is|are|was|were|has|have|had|does|do|did|can|will|(?!(?:as|is|was|has|does|this|thus|his|its|unless|less|across|plus|whereas)\s)\p{L}+s\s+(?:a|an|the|any|that|to))\b/u;

/** The end of words that go on past an "or": a preposition or an article, and any commas or dashes. */
const OPEN_END = /(?:^|\s)(?:in|of|with|to|for|by|on|at|from|about|into|against|a|an|the|any)[\s,—–-]*$/i;

/** An alternative that opens with its verb, its subject left out: "… or is identified as …". */
const SUBJECT_LEFT_OUT = /^\s*(?:is|are|was|were|has|have|had)\s/;

function isClause(text: string): boolean {
  return CLAUSE.test(text);
}

/** The concepts an action or an aside names, each as a guard (negated where the words deny it). */
function namedConcepts(run: TextRun, concepts: Concept[]): readonly Guard[] {
  let out: Guard[] | undefined;
  for (const concept of concepts) {
    // Most actions name no concept: one look for its words first.
    if (concept.phrases && concept.anchor === undefined) concept.anchor = anchorOf(concept.phrases);
    if (concept.anchor && !concept.anchor.test(run.text)) continue;
    const found = conceptInAction(concept, run.text);
    if (found !== NO_MATCH) (out ??= []).push(conceptGuard(concept, found, run));
  }
  return out ?? NO_GUARDS;
}

const NO_GUARDS: readonly Guard[] = EMPTY;

/**
 * Words that together cover `phrases` (each phrase holds one of them), few and chosen greedily,
 * as one case-insensitive expression; null when a phrase has no plain word of three letters or
 * more (the part of a word before an apostrophe or `*`).
 */
function anchorOf(phrases: readonly string[]): RegExp | null {
  const plain = phrases.map(
    (phrase) =>
      new Set(
        phrase
          .toLowerCase()
          .split(/\s+/)
          .map((word) => /^[a-z0-9]+/.exec(word)?.[0] ?? '')
          .filter((w) => w.length >= 3),
      ),
  );
  if (plain.some((ws) => ws.size === 0)) return null;
  let left = plain;
  const chosen: string[] = [];
  while (left.length) {
    const count = new Map<string, number>();
    for (const ws of left) for (const w of ws) count.set(w, (count.get(w) ?? 0) + 1);
    const best = [...count].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    chosen.push(best);
    left = left.filter((ws) => !ws.has(best));
  }
  return new RegExp(chosen.join('|'), 'i');
}

/** A recognised concept as a guard, negated when the condition denies it. */
function conceptGuard(concept: Concept, found: ConceptMatch, run: TextRun): Guard {
  const a: Atom = {
    id: concept.id,
    label: concept.label,
    offset: run.offset,
    end: run.end,
    concept: concept.id,
  };
  return found === NEGATED ? not(atom(a)) : atom(a);
}

/** A condition as an atom of its own words (`text`, of `run`); "solely for X" is an atom of its own. */
function wordsGuard(text: string, run: Pick<TextRun, 'offset' | 'end'>, solely: boolean): Guard {
  const { key, label } = conditionWords(text);
  return atom({
    id: solely ? `solely: ${key}` : key,
    label: solely ? `the only reason is ${label}` : label,
    offset: run.offset,
    end: run.end,
    // Always present, as with the concepts' atoms: one shape of atom.
    concept: solely ? 'solely' : undefined,
  });
}

/**
 * The alternatives of a condition when some of them name a concept and some do not (see
 * `alternatives`), or undefined: alternatives that all name one, or none, leave the condition one
 * atom, as "arrested for a felony or a misdemeanor" is one condition.
 */
function conceptAlternatives(text: string, concepts: Concept[]): string[] | undefined {
  if (!HAS_OR.test(text)) return undefined;
  return alternativeTexts(concepts).get(text);
}

const HAS_OR = /\bor\b/i;

const alternativesByConcepts = new WeakMap<Concept[], TextCache<string[] | undefined>>();

function alternativeTexts(concepts: Concept[]): TextCache<string[] | undefined> {
  let cache = alternativesByConcepts.get(concepts);
  if (!cache) {
    cache = new TextCache((own) => {
      // An "or" inside a concept's own phrase ("signed by a federal or state judge") splits nothing.
      const within: [number, number][] = [];
      for (const concept of concepts) {
        // One pass for all its phrases when they are known; else a pass per pattern.
        if (concept.phrases) concept.anywhere ??= compileAlternation(concept.phrases);
        for (const re of concept.anywhere ? [concept.anywhere] : concept.patterns) {
          re.lastIndex = 0;
          // Overlapping phrases too ("judicial warrant" and "warrant signed by a federal or state
          // judge"): the next search starts just after where the last match starts.
          for (let m = re.exec(own); m; m = re.exec(own)) {
            within.push([m.index, m.index + m[0].length]);
            re.lastIndex = m.index + 1;
          }
        }
      }
      const parts = alternatives(own, within).map(([from, to], i, all) =>
        i < all.length - 1 ? seriesEndingInOr(own.slice(from, to)) : own.slice(from, to),
      );
      const named = parts.filter((p) => concepts.some((c) => matchConcept(c, p) !== NO_MATCH)).length;
      return named > 0 && named < parts.length ? parts : undefined;
    });
    alternativesByConcepts.set(concepts, cache);
  }
  return cache;
}

/**
 * An alternative cut from the front of a series at its "or": "RPD is presented with a subpoena, a
 * warrant" of "… a subpoena, a warrant or a court order", whose last item is an alternative of its
 * own. Its items are alternatives too, so it reads "… a subpoena or a warrant" (its key, which
 * drops "or" and commas, is the same).
 */
function seriesEndingInOr(part: string): string {
  return part.replace(SERIES_COMMA, ' or ');
}

/** The comma before the last item of a series of things: ", a warrant" at the end. */
const SERIES_COMMA = /,\s+(?=(?:an?|the|any)\s+[^,;]*$)/i;

/**
 * Whether condition `q` ends in the "or" that joins it to `next`, a condition of the same kind:
 * "if the person is a victim or | if the person is a witness" (probe round 16: read as both).
 */
function joinsNextByOr(q: QualifierPart, next: QualifierPart | undefined): boolean {
  return (
    next !== undefined &&
    next.kind === q.kind &&
    (q.kind === 'if' || q.kind === 'when') &&
    ENDS_IN_OR.test(q.condition?.text ?? '')
  );
}

const ENDS_IN_OR = /[\s,]or$/i;

const NO_MATCH = 0;
const MATCH = 1;
const NEGATED = 2;
type ConceptMatch = typeof NO_MATCH | typeof MATCH | typeof NEGATED;

/**
 * Drafts repeat their conditions, and an edited draft is analysed again and again: what a
 * condition's text says (which concept, its key and label) is worked out once per text, per
 * concept, across documents (bounded, like the lexicon's cache).
 */
const conceptMatches = new WeakMap<Concept, TextCache<ConceptMatch>>();
const conditionTexts = new TextCache<{ key: string; label: string }>((own) => ({
  key: conditionKey(own) || flatten(own),
  // Without what ends it: punctuation, and a word that joins it to a condition after it ("Upon
  // booking, and after review, …").
  label: eventLabel(own.replace(/(?:[;,.:]+|[\s,;]+(?:and|or))+$/i, '')),
}));

/** A condition that names an event, its noun and what happened to: "presentation of Form I-205". */
const EVENT = new RegExp(`^(?:the )?(${Object.keys(UPON_EVENTS).join('|')}) of (an? |the )?(.+)$`, 'i');
/** A last word that is a plural: "credentials", "records" (not "process", "status", "analysis"). */
const PLURAL = /[^su]s$|[^s]es$/i;

/**
 * A condition that names an event ("presentation of Form I-205", from "upon presentation of …")
 * in words that read after "when": "Form I-205 is presented"; any other condition as it is.
 */
function eventLabel(text: string): string {
  // "upon request", "upon the request of ICE", "upon request by ICE and with the approval of a
  // Sergeant" (what is joined to the request follows it).
  const asked = /^(?:the |a )?request(?: (?:of|by|from) (.+?))?(?:,? ((?:and|or) .+))?$/i.exec(text);
  if (asked) {
    const label = asked[1] ? `${asked[1]} requests it` : 'it is requested';
    return asked[2] ? `${label} ${asked[2]}` : label;
  }
  // "absent urgent circumstances", "in the absence of exigent circumstances".
  if (/^(?:\p{L}+ )?circumstances$/iu.test(text)) return `there are ${text}`;
  const m = EVENT.exec(text);
  if (!m) return text;
  const what = m[3]!;
  // "upon presentation of credentials": "credentials are presented".
  const plural = !/^an? /i.test(m[2] ?? '') && PLURAL.test(what.split(' ').pop()!) && !/\bof\b/i.test(what);
  return `${what} ${plural ? 'are' : 'is'} ${UPON_EVENTS[m[1]!.toLowerCase()]}`;
}

/** Whether `concept` is named in `text` (the first of its patterns that matches), and negated there. */
function conceptIn(concept: Concept, text: string): ConceptMatch {
  let byText = conceptMatches.get(concept);
  if (!byText) conceptMatches.set(concept, (byText = new TextCache((own) => matchConcept(concept, own))));
  return byText.get(text);
}

/**
 * Whether an action names `concept` as what it is done under: as `conceptIn`, except that a
 * warrant the action goes to get is none ("share the information needed to obtain a judicial
 * warrant"), where in a condition "unless ICE obtains a judicial warrant" requires one.
 */
function conceptInAction(concept: Concept, text: string): ConceptMatch {
  let byText = actionConceptMatches.get(concept);
  if (!byText)
    actionConceptMatches.set(concept, (byText = new TextCache((own) => matchConcept(concept, own, SOUGHT))));
  return byText.get(text);
}

const actionConceptMatches = new WeakMap<Concept, TextCache<ConceptMatch>>();

/** A verb of getting right before the phrase: "to obtain a", "request a", "apply for an". */
const SOUGHT =
  /\b(?:obtain|obtaining|get|getting|secure|securing|request|requesting|ask for|asking for|prepare|preparing|draft|drafting)\s+(?:(?:a|an|the|any)\s+)?$/;

/** A concept's phrases as one alternation, compiled when first needed; undefined when it has only patterns. */
function anywhereOf(concept: Concept): RegExp | undefined {
  if (concept.phrases) concept.anywhere ??= compileAlternation(concept.phrases);
  return concept.anywhere;
}

function matchConcept(concept: Concept, text: string, sought?: RegExp): ConceptMatch {
  const flat = flatten(text);
  // One pass over all the phrases when they are known, else a pass per pattern.
  const anywhere = anywhereOf(concept);
  for (const re of anywhere ? [anywhere] : concept.patterns) {
    re.lastIndex = 0;
    let m = re.exec(flat);
    while (m && concept.voidedNear?.test(flat.slice(Math.max(0, m.index - 12), m.index + m[0].length + 30))) {
      re.lastIndex = m.index + 1;
      m = re.exec(flat);
    }
    if (!m) continue;
    // Only what leads up to the phrase in its own part of the condition says whether it is denied:
    // "the person has not been released and ICE presents a judicial warrant" requires one.
    const lead = conjunctBefore(flat, m.index).replace(DEADLINES, ' ');
    // A warrant sought or promised is not one presented.
    if (PROMISED.test(lead) || sought?.test(lead)) return NO_MATCH;
    return NEGATORS.test(lead) ? NEGATED : MATCH;
  }
  return NO_MATCH;
}

/** What separates the parts of a condition: "and", "or", "but", a comma or a semicolon. */
const CONJUNCT_BREAK = /\b(?:and|or|but)\b|[,;]/g;

/** The part of `flat` before `index` since the last break between parts of the condition. */
function conjunctBefore(flat: string, index: number): string {
  const before = flat.slice(0, index);
  let start = 0;
  CONJUNCT_BREAK.lastIndex = 0;
  for (let m = CONJUNCT_BREAK.exec(before); m; m = CONJUNCT_BREAK.exec(before)) start = m.index + m[0].length;
  return before.slice(start);
}

/** Deadlines, whose "no" or "not" denies nothing: "no later than the person's release time". */
const DEADLINES = /\bno(?:t)? (?:later|sooner|earlier|more|less|fewer) than\b/g;

/** Words that make a warrant something sought or promised: "intends to seek a judicial warrant". */
const PROMISED =
  /\b(?:seek|seeks|seeking|sought|apply for|applies for|applying for|applied for|intend|intends|intending|plan|plans|planning)\b/;

/** A condition's key (its content words, stemmed) and its label (as written, without trailing punctuation). */
function conditionWords(text: string): { key: string; label: string } {
  return conditionTexts.get(text);
}

/** The subject of a passive action that names nobody who acts: the norm binds anyone. */
const ANYONE: Subject = { text: '', definition: undefined, names: [''] };

/**
 * How a passive action reads, or undefined for an action that is not passive. "A person may be
 * transferred to ICE custody" names what is done to the person and binds anyone who might do it;
 * "… by the Watch Commander" binds the Watch Commander. The subject is undefined when the agent is
 * named by an undefined noun: the clause's subject is then read as written.
 */
function passiveReading(
  doc: PolicyDocument,
  action: TextRun | undefined,
  defs: DefinitionIndex,
  names: Map<Definition, string[]>,
): { subject: Subject | undefined; participle: Word } | undefined {
  const passive = readPassive(action, defs, doc);
  if (!passive) return undefined;
  const { agent, participle } = passive;
  if (!agent) return { subject: ANYONE, participle };
  if (!agent.definition) return { subject: undefined, participle };
  return {
    participle,
    subject: {
      text: agent.definition.name.text,
      definition: agent.definition,
      names: nameChain(agent.definition, defs, names),
    },
  };
}

/** The lower-case names a definition answers to: itself and what it belongs to. */
function nameChain(
  definition: Definition,
  defs: DefinitionIndex,
  names: Map<Definition, string[]>,
): string[] {
  let chain = names.get(definition);
  if (!chain) names.set(definition, (chain = defs.chain(definition).map((d) => d.name.text.toLowerCase())));
  return chain;
}

/**
 * Who the subject run names. `names` holds, per definition, the names a subject it defines
 * answers to: a draft's subjects are a few definitions, so their subjects share one list each.
 */
function resolveSubject(
  run: TextRun | undefined,
  defs: DefinitionIndex,
  names: Map<Definition, string[]>,
): Subject {
  const text = run?.text ?? '';
  const uses = defs.uses(run);
  // The head noun comes last: "MPD officers" are Officers, "the Chief of Police" is the Chief.
  const definition = uses[uses.length - 1]?.definition;
  // Every subject has the same properties, in the same order, so code reading them sees one shape.
  if (!definition) return { text, definition: undefined, names: [conditionWords(text).key] };
  return { text, definition, names: nameChain(definition, defs, names) };
}

/**
 * The actions of each action text, per lexicon, across documents (bounded): a draft repeats its
 * actions and is analysed again on every edit. Norms share these lists and never change them.
 */
const actionsByText = new WeakMap<ActionLexicon, TextCache<Action[]>>();

function classify(text: string, lexicon: ActionLexicon): Action[] {
  let byText = actionsByText.get(lexicon);
  if (!byText) actionsByText.set(lexicon, (byText = new TextCache((own) => classifyText(own, lexicon))));
  return byText.get(text);
}

function classifyText(text: string, lexicon: ActionLexicon): Action[] {
  const found = lexicon.classify(text).map((m) => ({ class: m.class, known: true }));
  if (found.length) return dedupe(found);
  return unknownAction(text);
}

/** An action outside the lexicon: its verb and object name it ("publish report" and "publish name" differ). */
function unknownAction(text: string): Action[] {
  const ws = words(text).filter((w) => !LEADING_ADVERB.test(w));
  const verb = ws[0];
  if (!verb) return [];
  const object = ws.slice(1).find((w) => !DETERMINER.test(w));
  return [{ class: `verb:${stem(verb)}${object ? ` ${stem(object)}` : ''}`, known: false }];
}

function dedupe(actions: Action[]): Action[] {
  return actions.filter((a, i) => actions.findIndex((b) => b.class === a.class) === i);
}

/**
 * The counterpart of a clause: a defined immigration authority in its action, conditions or asides
 * (see `asidesOf`), else one the lexicon names there. An action that tells someone something has
 * for counterpart the one it tells, when it says who that is (see `toldIn`).
 */
function counterpartOf(
  duty: Duty,
  actions: readonly Action[],
  asides: readonly TextRun[],
  defs: DefinitionIndex,
  lexicon: ActionLexicon,
): string | undefined {
  const named = namedCounterpart(duty, asides, defs, lexicon);
  const action = duty.action;
  if (!action || !lexicon.tells(actions)) return named;
  const told = toldIn(action, defs, lexicon);
  return told === undefined ? named : (told ?? SOMEONE_ELSE);
}

/**
 * The counterpart of a norm that tells someone other than a counterpart ("inform the person",
 * "report to the City Council"): no counterpart, as for a norm about no one in particular, except
 * that a prohibition for no one in particular meets norms about any counterpart (contradiction),
 * and one about someone else does not.
 */
export const SOMEONE_ELSE = '';

/**
 * A defined immigration authority in the clause's action, conditions or asides, else one the
 * lexicon names there: "At the request of ICE, deputies will hold an inmate served with a Form
 * I-205" is for ICE, which a form of its own names only as an immigration authority.
 */
function namedCounterpart(
  s: Duty,
  asides: readonly TextRun[],
  defs: DefinitionIndex,
  lexicon: ActionLexicon,
): string | undefined {
  // The action first, then each qualifier's condition, then the asides; loops rather than a
  // temporary array of runs.
  const named = authorityIn(s.action, defs);
  if (named) return named;
  for (const q of s.qualifiers) {
    const found = authorityIn(q.condition, defs);
    if (found && !deniedIn(q.condition!, found, defs, lexicon)) return found;
  }
  for (const aside of asides) {
    const found = authorityIn(aside, defs);
    if (found) return found;
  }
  if (s.action) {
    // Not one the action turns away from: "to the county jail and not to ICE-contracted
    // facilities", "rather than to an ICE-approved facility" (probe round 18).
    const found = lexicon.counterpart(s.action.text);
    if (found && !turnedAwayFrom(s.action, found, lexicon)) return found;
  }
  for (const q of s.qualifiers) {
    const found = q.condition && lexicon.counterpart(q.condition.text);
    if (found && !deniedIn(q.condition!, found, defs, lexicon)) return found;
  }
  for (const aside of asides) {
    const found = lexicon.counterpart(aside.text);
    if (found) return found;
  }
  return undefined;
}

/** Words that deny what follows them in a condition's clause. */
const DENIAL = /^(?:not|never|rather|instead)$|n['’]t$/;
/** Words that start a clause inside a condition: a denial before them is not this clause's. */
const CLAUSE_START = /^(?:that|which|who|whom|whether|unless|if|when|because|,|;)$/;

/**
 * Whether every mention of counterpart `name` in condition `run` is denied in its own clause, or
 * names the one who approves (see `approves`): "unless
 * the agency certifies in writing that it will not use the data for immigration enforcement or
 * share the data with ICE" is a promise about ICE, not a case of dealing with it, and names no
 * counterpart for the clause (the Illinois licence-plate-reader law's wording).
 */
function deniedIn(run: TextRun, name: string, defs: DefinitionIndex, lexicon: ActionLexicon): boolean {
  const words = run.words;
  const lower = words.map((w) => w.text.toLowerCase());
  const denied = (k: number): boolean => {
    for (let j = k - 1; j >= 0 && !CLAUSE_START.test(lower[j]!); j--) if (DENIAL.test(lower[j]!)) return true;
    return false;
  };
  const at: number[] = [];
  for (const use of defs.uses(run))
    if (use.definition.kind === 'immigration-authority' && use.definition.name.text === name)
      at.push(words.findIndex((w) => w.offset === use.offset));
  for (const m of lexicon.counterpartWords(lower)) if (m.name === name) at.push(m.from);
  return at.length > 0 && at.every((k) => (k > 0 && denied(k)) || approves(lower, k));
}

/**
 * Whether every mention of counterpart `name` in action `run` is one the action turns away from:
 * "to the county jail and not to ICE-contracted facilities", "rather than to an ICE-approved
 * facility", "never to …" (probe round 18). The denial stands right before the mention, past a
 * preposition and an article at most: "a person who is not a United States citizen to an
 * ICE-approved facility" goes there (probe round 19).
 */
function turnedAwayFrom(run: TextRun, name: string, lexicon: ActionLexicon): boolean {
  const lower = run.wordTexts.map((w) => w.toLowerCase());
  const at = lexicon.counterpartWords(lower).filter((m) => m.name === name);
  return (
    at.length > 0 &&
    at.every(({ from }) => {
      let j = from - 1;
      while (j >= 0 && j >= from - 3 && BETWEEN_DENIAL.test(lower[j]!)) j--;
      if (j >= 0 && DENIAL.test(lower[j]!)) return true;
      // "instead of transporting the person to an ICE-contracted facility" (probe round 20): an
      // "instead of" or "rather than" earlier in the same part of the action.
      for (let k = from - 1; k > 0 && k >= from - 8 && !/^[,;]$/.test(lower[k]!); k--)
        if (/^(?:of|than)$/.test(lower[k]!) && /^(?:instead|rather|other)$/.test(lower[k - 1]!)) return true;
      return false;
    })
  );
}

/** Words between a denial and what it denies: "not to an", "rather than to the". */
const BETWEEN_DENIAL = /^(?:to|with|for|from|than|of|the|an?|any)$/;

/**
 * Whether the counterpart named at word `k` is the one who approves, not the one dealt with:
 * "without the prior approval of ICE", "unless ICE consents" (a 287(g) agreement's confidentiality
 * clause, probe round 17). Who is told of the policy is not said.
 */
function approves(lower: readonly string[], k: number): boolean {
  let j = k - 1;
  if (j >= 0 && lower[j] === 'the') j--;
  if (j >= 1 && APPROVAL_OF.test(lower[j]!) && APPROVAL.test(lower[j - 1]!)) return true;
  return APPROVING.test(lower[k + 1] ?? '');
}

const APPROVAL_OF = /^(?:of|from|by)$/;
const APPROVAL = /^(?:approval|consent|authori[sz]ation|permission|concurrence|agreement)$/;
const APPROVING =
  /^(?:approves|approved|consents|consented|authori[sz]es|authori[sz]ed|agrees|agreed|concurs)$/;

/** The name of the first defined immigration authority `run` uses. */
function authorityIn(run: TextRun | undefined, defs: DefinitionIndex): string | undefined {
  for (const use of defs.uses(run))
    if (use.definition.kind === 'immigration-authority') return use.definition.name.text;
  return undefined;
}

/** "be permitted to", "be allowed access": what an immigration authority as subject is let do. */
const LET = /^(?:be|been)\s+(permitted|allowed|authori[sz]ed)\b/i;

/**
 * "ICE agents shall be permitted to interview any inmate", "ICE is to be allowed access to the
 * jail": whoever lets them in is not named, so the norm binds anyone, towards the immigration
 * authority the subject names; the action reads as "permitted ICE agents to interview …".
 */
function letCounterpart(
  duty: Duty,
  defs: DefinitionIndex,
  lexicon: ActionLexicon,
): { subject: Subject; counterpart: string; active: string } | undefined {
  const action = duty.action;
  const run = duty.subject;
  if (!action || !run || 'names' in run) return undefined;
  const m = LET.exec(action.text);
  // "ICE agents may use the booking-room computer": what the policy lets them do, whoever lets them
  // (not "The ICE liaison may …", an officer of the agency's own).
  if (!m && (duty.modal.force !== 'permission' || !namesAuthorityPeople(run, defs))) return undefined;
  const counterpart = headCounterpart(run, defs, lexicon);
  if (!counterpart) return undefined;
  const active = m
    ? `${m[1]} ${run.text}${action.text.slice(m[0].length)}`
    : `let ${run.text} ${action.text}`;
  return { subject: ANYONE, counterpart, active };
}

/**
 * Words for the people of an authority, singular: "ICE agents", "CBP officers", "DHS personnel".
 * undefined-term reads them too ("ICE agents" is no undefined actor).
 */
export const AUTHORITY_PEOPLE: ReadonlySet<string> = new Set([
  'agent',
  'officer',
  'official',
  'representative',
  'employee',
  'personnel',
  'staff',
]);

/** Whether `word` is one of `AUTHORITY_PEOPLE`, or the plural in "s" of one that has one. */
function namesPeople(word: string): boolean {
  const lower = word.toLowerCase();
  if (AUTHORITY_PEOPLE.has(lower)) return true;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : '';
  return singular !== 'personnel' && singular !== 'staff' && AUTHORITY_PEOPLE.has(singular);
}

/**
 * Whether a subject is an authority's name, maybe followed by a word for its people ("ICE agents"):
 * a defined immigration authority, or a word of the immigration lexicon's names, is in it.
 */
function namesAuthorityPeople(run: TextRun, defs: DefinitionIndex): boolean {
  const words = run.words;
  let head = 0;
  while (head < words.length - 1 && HEAD_DETERMINER.test(words[head]!.text)) head++;
  const rest = words.length - head;
  if (rest !== 1 && !(rest === 2 && namesPeople(words[words.length - 1]!.text))) return false;
  return IMMIGRATION_NAME_WORD.test(run.text) || authorityIn(run, defs) !== undefined;
}

/** Words of the names the lexicon gives immigration authorities ("ICE", "CBP", "Border Patrol"). */
const IMMIGRATION_NAME_WORD = /\b(?:ice|cbp|dhs|hsi|ero|immigration|border|homeland|customs)\b/i;

/** Determiners before the head of a noun phrase: "any ICE agent", "all federal immigration authorities". */
const HEAD_DETERMINER = /^(?:a|an|the|any|all|each|every|no)$/i;

/**
 * The counterpart a noun phrase names at its head ("ICE", "any ICE agent", "federal immigration
 * authorities"), not further on ("every request from ICE").
 */
/**
 * The counterpart a passive clause's subject names, when nothing else does: its head ("ICE may be
 * given access"), or one it names after ("DMV records requested by ICE will be provided": ICE asked,
 * and is who they are provided to).
 */
function patientCounterpart(run: TextRun, defs: DefinitionIndex, lexicon: ActionLexicon): string | undefined {
  return headCounterpart(run, defs, lexicon) ?? authorityIn(run, defs) ?? lexicon.counterpart(run.text);
}

function headCounterpart(run: TextRun, defs: DefinitionIndex, lexicon: ActionLexicon): string | undefined {
  const words = run.words;
  let head = 0;
  while (head < words.length - 1 && HEAD_DETERMINER.test(words[head]!.text)) head++;
  const at = words[head];
  if (!at) return undefined;
  for (const use of defs.uses(run))
    if (use.offset === at.offset && use.definition.kind === 'immigration-authority')
      return use.definition.name.text;
  const first = lexicon.counterpartWords(words.slice(head).map((w) => w.text.toLowerCase()))[0];
  return first?.from === 0 ? first.name : undefined;
}

/** True when two subjects can be the same person: one names the other or an agency it belongs to. */
export function subjectsOverlap(a: Subject, b: Subject): boolean {
  // A passive action that names no one binds anyone (see `passiveSubject`).
  if (a === ANYONE || b === ANYONE) return true;
  return a.names.includes(b.names[0] ?? '') || b.names.includes(a.names[0] ?? '');
}
