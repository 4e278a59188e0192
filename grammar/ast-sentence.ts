/**
 * The sentence of a clause, from its CST: subject, modal, action, qualifiers and lists. Child lists
 * of a CST node are read by key, in the order the parser consumed them (see cst.ts), so no child
 * list is sorted or copied more than once.
 */
import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';
import { EMPTY } from './empty.js';
import { intern } from './intern.js';
import type { AstContext } from './ast-context.js';
import { firstToken, lastToken, nodesAt, real, startOf, tokensAt, tokensOf } from './cst.js';
import { List, ListItem, Modal, Qualifier, Sentence } from './nodes.js';
import { collapse, endsWithOwnStop, wordKindOf } from './text-run.js';
import { endOf } from './tokens.js';
import {
  DISCOURSE_ADVERBS,
  forbidsAlways,
  modalForce,
  modalNegates,
  qualifierKind,
  UPON_EVENTS,
} from './vocabulary.js';

/** The parts that follow the modal: the modal itself, the action (maybe ending in a list), qualifiers. */
interface ModalPart {
  modal: Modal;
  action: A.TextRun | undefined;
  list: A.List | undefined;
  qualifiers: A.Qualifier[];
}

/** Text that may end in a list (`… under the following circumstances: a. … b. …`). */
interface TextWithList {
  run: A.TextRun | undefined;
  list: A.List | undefined;
}

/**
 * The qualifiers of every sentence without any (most of them): the shared empty list rather than
 * one per sentence that the tree keeps. The tree's lists are built here and only read after.
 */
const NO_QUALIFIERS = EMPTY as never[] as A.Qualifier[];

export function sentence(ctx: AstContext, node: CstNode, numberToken: IToken): A.Sentence {
  const noToken = firstToken(node, 'No');
  const endToken = firstToken(node, 'End');
  const modalNode = nodesAt(node, 'modalPart')[0];
  const lead = tokensAt(node, 'Text');
  let qualifiers: A.Qualifier[] = [];
  for (const q of nodesAt(node, 'preQualifier'))
    if (!Number.isNaN(startOf(q))) qualifiers.push(qualifier(ctx, q, 'pre'));
  let subject: A.TextRun | undefined;
  let preface: A.TextRun | undefined;
  const part = modalNode && modalPart(ctx, modalNode, noToken ? 'no' : 'plain');
  if (part) {
    let body = noToken ? lead : stripDiscourseAdverb(lead);
    if (!noToken) body = body.slice(leadingDeadline(body, qualifiers.length > 0));
    if (!noToken) body = body.slice(leadingSetting(body));
    if (body.length < lead.length) preface = ctx.run(lead.slice(0, lead.length - body.length));
    const upon = noToken ? undefined : leadingUpon(ctx, body, qualifiers.length > 0);
    if (upon) {
      // Before the conditions that follow it when the subject is theirs to give (see below).
      qualifiers = upon.rest.length ? qualifiers.concat(upon.qualifier) : [upon.qualifier, ...qualifiers];
      body = upon.rest;
    }
    subject = ctx.run(body);
    if (!subject && qualifiers.length)
      subject = splitLeadingQualifier(ctx, qualifiers[qualifiers.length - 1]!);
    // "When ICE asks, no Officer shall …", "Neither MPD nor any Officer shall …", "It is the
    // policy of MPD that no person shall …", "Under no circumstances shall an Officer …".
    const negation = noToken || !subject ? -1 : negatingWord(subject);
    // "Officers shall share no information with ICE", "shall give ICE no access".
    if (!noToken && !part.modal.negated && part.action && negatesObject(part.action)) negate(part.modal);
    if (negation >= 0 && !part.modal.negated) {
      negate(part.modal);
      if (negation > 0) {
        preface = ctx.runOfWords(subject!.words.slice(0, negation));
        subject = ctx.runOfWords(subject!.words.slice(negation));
      }
    }
    // Joined without pushing, which would leave room for 17 in an array the tree keeps.
    qualifiers = qualifiers.length ? qualifiers.concat(part.qualifiers) : part.qualifiers;
  } else {
    subject = ctx.run(lead);
  }
  const first = startOf(node);
  const offset = noToken?.startOffset ?? (Number.isNaN(first) ? endOf(numberToken) : first);
  const last = lastToken(node);
  const end = Math.max(last ? endOf(last) : 0, offset);
  const terminated =
    (!!endToken && real(endToken)) ||
    lastItem(part?.list, qualifiers)?.terminator === '.' ||
    (!!last && endsWithOwnStop(wordKindOf(last), last.image));
  // Optional parts are assigned in place, in the order of the interface: spreading `{ preface }`
  // or `{}` into a literal costs an object and a generic copy per part, for every clause.
  const built = new Sentence(
    ctx.origin,
    qualifiers.length ? qualifiers : NO_QUALIFIERS,
    terminated,
    offset,
    end,
  );
  if (preface) built.preface = preface;
  if (subject) built.subject = subject;
  if (part) built.modal = part.modal;
  if (part?.action) built.action = part.action;
  if (part?.list) built.actionList = part.list;
  return built;
}

/** "When time and circumstances permit, an officer …": the subject follows the condition's last comma. */
function splitLeadingQualifier(ctx: AstContext, qualifier: A.Qualifier): A.TextRun | undefined {
  const condition = qualifier.condition;
  // The text first: most leading conditions have no comma, and their words need not be made.
  if (!condition?.text.includes(',')) return undefined;
  const words = condition.words;
  let comma = words.length - 1;
  while (comma >= 0 && words[comma]!.text !== ',') comma--;
  if (comma < 0) return undefined;
  const conditionWords = words.slice(0, comma);
  const subjectWords = words.slice(comma + 1);
  if (!subjectWords.length) return undefined;
  qualifier.condition = ctx.runOfWords(conditionWords);
  if (!qualifier.condition) delete qualifier.condition;
  qualifier.end = Math.max(
    qualifier.offset + qualifier.keyword.length,
    conditionWords[conditionWords.length - 1]?.end ?? 0,
  );
  return ctx.runOfWords(subjectWords);
}

/**
 * Where the word that makes the subject "no one" stands in it: "no Officer", "Neither MPD nor any
 * Officer" (0), "It is the policy of MPD that no person" (at "no"); 0 for "Under no circumstances",
 * whose subject comes after the modal; after the comma of "At no time, officers" (at "officers").
 * -1 when the subject is no such word's.
 */
function negatingWord(subject: A.TextRun): number {
  // The text first: most subjects hold no "no", and their words need not be made.
  if (!NEGATING.test(subject.text)) return -1;
  const words = subject.words;
  const first = words[0]?.text.toLowerCase();
  // Not a bound: "No more than one hour after an arrest, …".
  if (first === 'no' && !BOUND.test(words[1]?.text ?? '')) return 0;
  // "Nobody shall ask …", "None of the Officers shall ask …" (probe round 20).
  if (
    first === 'neither' ||
    first === 'nobody' ||
    first === 'no-one' ||
    (first === 'none' && words[1]?.text.toLowerCase() === 'of')
  )
    return 0;
  if (forbidsAlways(subject.text)) return 0;
  const comma = words.findIndex((w) => w.text === ',');
  if (
    comma > 1 &&
    comma < words.length - 1 &&
    forbidsAlways(
      words
        .slice(0, comma)
        .map((w) => w.text)
        .join(' '),
    )
  )
    return comma + 1;
  for (let k = 1; k < words.length - 1; k++)
    if (words[k]!.text.toLowerCase() === 'no' && words[k - 1]!.text.toLowerCase() === 'that') return k;
  return -1;
}

/** Words after "no" that make a bound, not a negation: "no later than", "no more than". */
const BOUND = /^(?:later|sooner|earlier|more|less|fewer|longer)$/i;

/** A word that may make a subject "no one": see `negatingWord`. */
const NEGATING = /\b(?:no|neither|nobody|no-one|none)\b/i;

/**
 * Whether the action's object is "no" something, right after its verb or after a first object:
 * "share no information", "give ICE no access"; not "no later than" or "no more than".
 */
export function negatesObject(action: A.TextRun): boolean {
  // The text first, without a pattern: most actions hold no " no ".
  if (!action.text.includes(' no ')) return false;
  const words = action.words;
  for (let k = 1; k <= 2 && k < words.length - 1; k++)
    if (words[k]!.text.toLowerCase() === 'no') return !BOUND.test(words[k + 1]!.text);
  return false;
}

/** Makes `modal` forbid what it allowed or required: "no Officer shall" forbids. */
function negate(modal: Modal): void {
  modal.negated = true;
  modal.force = modalForce(modal.text, true);
}

function modalPart(ctx: AstContext, node: CstNode, form: 'plain' | 'no'): ModalPart | undefined {
  const modalToken = firstToken(node, 'Modal');
  if (!modalToken || !real(modalToken)) return undefined;
  const not = firstToken(node, 'Not');
  const neither = firstToken(node, 'Neither');
  const phrase = collapse(modalToken.image);
  const negated = !!not || !!neither || form === 'no';
  const last = not && real(not) ? not : modalToken;
  const offset = modalToken.startOffset;
  const end = endOf(last);
  const text = intern(last === not ? `${phrase} ${not.image}` : phrase);
  const force = modalForce(phrase, negated);
  const modal = new Modal(
    ctx.origin,
    text,
    force,
    negated || modalNegates(phrase),
    neither ? 'neither' : form,
    offset,
    end,
  );
  const actionNode = nodesAt(node, 'action')[0];
  const { run: action, list } = actionNode
    ? textWithList(ctx, actionNode, 'Text', 'ActionText')
    : { run: undefined, list: undefined };
  // A loop, not map with a closure made per clause (compiled again by V8 for each document); the
  // list is made at its size, as the tree keeps it.
  const nodes = nodesAt(node, 'qualifier');
  const qualifiers = new Array<A.Qualifier>(nodes.length);
  for (let i = 0; i < nodes.length; i++) qualifiers[i] = qualifier(ctx, nodes[i]!, 'post');
  // "Officers may, when ICE asks, notify ICE …": a condition set off by commas between the modal
  // and the verb. The action is only the first comma, and the condition runs on into the action.
  // Also "shall, on or before January 31 of each year, report …", whose "on or" is all the action.
  if (action && !list && qualifiers.length && action.text.startsWith(',') && action.words.length <= 3) {
    const moved = actionAfterInsertedCondition(ctx, qualifiers[0]!);
    if (moved) return { modal, action: moved, list, qualifiers };
  }
  // "shall generally not discharge …", "shall also not": an adverb before the "not" still negates.
  if (!negated && action && negatedPastAdverb(action)) negate(modal);
  const upon = action && !list ? (insertedUpon(ctx, action) ?? trailingUpon(ctx, action)) : undefined;
  if (upon) return { modal, action: upon.action, list, qualifiers: [upon.qualifier, ...qualifiers] };
  return { modal, action, list, qualifiers };
}

/**
 * Whether an action opens with one or two adverbs and then "not" or "never": "generally not
 * discharge …", "also never ask …". Read from its text: most actions open with no adverb.
 */
const NEGATED_PAST_ADVERB = /^(?:(?:\p{L}{3,}ly|also|further|then|still)\s+){1,2}(?:not|never)\b/iu;

function negatedPastAdverb(action: A.TextRun): boolean {
  return NEGATED_PAST_ADVERB.test(action.text);
}

/** A qualifier `upon` opening `condition`, before the subject or after the modal. */
function uponQualifier(
  ctx: AstContext,
  upon: { text: string; offset: number },
  condition: A.TextRun,
  position: 'pre' | 'post',
): A.Qualifier {
  const keyword = intern(upon.text);
  const qualifier = new Qualifier(
    ctx.origin,
    keyword,
    qualifierKind(keyword),
    upon.text.length,
    position,
    upon.offset,
    condition.end,
  );
  qualifier.condition = condition;
  return qualifier;
}

/** "Deputies shall, upon request, provide ICE …": an "upon" phrase set off by commas after the modal. */
function insertedUpon(
  ctx: AstContext,
  action: A.TextRun,
): { action: A.TextRun; qualifier: A.Qualifier } | undefined {
  if (!action.text.startsWith(', upon ') && !action.text.startsWith(', Upon ')) return undefined;
  const words = action.words;
  const close = words.findIndex((w, i) => i > 2 && w.text === ',');
  if (close < 0 || close > 12) return undefined;
  const condition = ctx.runOfWords(words.slice(2, close));
  const rest = ctx.runOfWords(words.slice(close + 1));
  if (!condition || !rest) return undefined;
  return { action: rest, qualifier: uponQualifier(ctx, words[1]!, condition, 'post') };
}

/** What "upon" names as a condition after the action: "upon presentation of Form I-205". */
const UPON_EVENT = new RegExp(
  `^upon (?:the )?(?:${[...Object.keys(UPON_EVENTS), 'request'].join('|')}) of\\b`,
  'i',
);

/**
 * "Officers may release a person to ICE custody upon presentation of Form I-205": the "upon"
 * phrase is a condition, as a leading "Upon receipt of …," is; "upon request" stays prose.
 */
function trailingUpon(
  ctx: AstContext,
  action: A.TextRun,
): { action: A.TextRun; qualifier: A.Qualifier } | undefined {
  const text = action.text;
  const at = text.indexOf(' upon ');
  if (at < 0 || !UPON_EVENT.test(text.slice(at + 1))) return undefined;
  const words = action.words;
  const u = words.findIndex(
    (w, i) => i > 0 && w.text.toLowerCase() === 'upon' && UPON_EVENT.test(wordsFrom(words, i)),
  );
  if (u < 1) return undefined;
  const before = ctx.runOfWords(words.slice(0, u));
  const condition = ctx.runOfWords(words.slice(u + 1));
  if (!before || !condition) return undefined;
  return { action: before, qualifier: uponQualifier(ctx, words[u]!, condition, 'post') };
}

/** The text of `words` from index `i`, joined by blanks: enough to test what starts there. */
function wordsFrom(words: readonly A.Word[], i: number): string {
  return words
    .slice(i, i + 6)
    .map((w) => w.text)
    .join(' ');
}

/**
 * Splits the condition of `q` at its first comma, keeping the words before it and returning those
 * after it as the action; undefined when it has no comma, or nothing after one.
 */
function actionAfterInsertedCondition(ctx: AstContext, q: A.Qualifier): A.TextRun | undefined {
  const condition = q.condition;
  if (!condition?.text.includes(',')) return undefined;
  const words = condition.words;
  const comma = words.findIndex((w) => w.text === ',');
  const before = words.slice(0, comma);
  const after = words.slice(comma + 1);
  if (!before.length || !after.length) return undefined;
  q.condition = ctx.runOfWords(before);
  q.end = before[before.length - 1]!.end;
  return ctx.runOfWords(after);
}

/** Text followed by list items; a trailing `any of:` opens the list rather than ending the text. */
function textWithList(ctx: AstContext, node: CstNode, key: string, moreKey?: string): TextWithList {
  let tokens = textTokens(node, key, moreKey);
  const items = nodesAt(node, 'item').map((i) => item(ctx, i));
  let intro: IToken | undefined;
  if (items.length && tokens[tokens.length - 1]?.tokenType.name === 'ListIntro') {
    intro = tokens[tokens.length - 1];
    tokens = tokens.slice(0, -1);
  }
  const run = ctx.run(tokens);
  if (!items.length) return { run, list: undefined };
  const offset = intro ? intro.startOffset : items[0]!.offset;
  const end = items[items.length - 1]!.end;
  const list = new List(ctx.origin, quantifierOf(intro?.image, items), items, offset, end);
  if (intro) list.intro = collapse(intro.image);
  return { run, list };
}

/** The real tokens under `key` and then `moreKey`, in source order (the rule consumes them in that order). */
function textTokens(node: CstNode, key: string, moreKey: string | undefined): IToken[] {
  let tokens = tokensAt(node, key);
  if (moreKey !== undefined && node.children[moreKey]) {
    const more = tokensAt(node, moreKey);
    tokens = node.children[key] ? tokens.concat(more) : more;
  }
  for (let i = 1; i < tokens.length; i++)
    if (tokens[i]!.startOffset < tokens[i - 1]!.startOffset)
      return tokens.sort((a, b) => a.startOffset - b.startOffset);
  return tokens;
}

function qualifier(ctx: AstContext, node: CstNode, position: 'pre' | 'post'): A.Qualifier {
  const kw = firstToken(node, 'Qualifier')!; // a qualifier node always starts with its keyword
  const keyword = intern(collapse(kw.image));
  // A leading condition may hold a modal of its own: "When a person is to be released, …".
  const { run, list } =
    position === 'pre' ? textWithList(ctx, node, 'Text', 'Modal') : textWithList(ctx, node, 'ActionText');
  const offset = kw.startOffset;
  const end = Math.max(endOf(kw), run?.end ?? 0, list?.end ?? 0);
  const built = new Qualifier(
    ctx.origin,
    keyword,
    qualifierKind(keyword),
    kw.image.length,
    position,
    offset,
    end,
  );
  if (run) built.condition = run;
  if (list) built.list = list;
  return built;
}

function item(ctx: AstContext, node: CstNode): A.ListItem {
  const marker = firstToken(node, 'ListMarker')!; // an item node always starts with its marker
  const semicolon = firstToken(node, 'Semicolon');
  const endToken = firstToken(node, 'End');
  const connective = semicolon && tokensAt(node, 'Word').find((w) => w.startOffset > semicolon.startOffset);
  const textTokens = tokensOf(node).filter(
    (t) => t !== marker && t !== semicolon && t !== endToken && t !== connective,
  );
  const text = ctx.run(textTokens) ?? ctx.emptyRun(marker.startOffset, endOf(marker));
  const terminator = semicolon && real(semicolon) ? ';' : endToken && real(endToken) ? '.' : undefined;
  const lastToken = [connective, endToken, semicolon].find((t) => t && real(t));
  const offset = marker.startOffset;
  const end = Math.max(text.end, lastToken ? endOf(lastToken) : 0);
  const built = new ListItem(ctx.origin, marker.image, text, terminator, offset, end);
  if (connective) built.connective = connective.image.toLowerCase() === 'or' ? 'or' : 'and';
  return built;
}

/**
 * "Upon receipt of a detainer, the Watch Commander shall …", "While on duty, no Deputy shall …": a
 * condition that opens the sentence and ends at its first comma. `upon` and `while` are no
 * qualifier keywords elsewhere ("act upon a detainer", "contingent upon their status", "expend time
 * while on duty responding to ICE" keeps its words in the action), so they are read here, from the
 * prose before the modal.
 */
const LEADING_EVENT = /^(?:upon|while|whilst)$/i;

/** Whether a subject may start at `token`: a determiner, a capital, "no". */
function opensSubject(token: IToken | undefined): boolean {
  return (
    !!token &&
    (/^\p{Lu}/u.test(token.image) || /^(?:a|an|the|any|each|every|no|all|neither)$/i.test(token.image))
  );
}

/** The next comma after `from` among the tokens, or -1. */
function nextComma(body: IToken[], from: number): number {
  for (let i = from + 1; i < body.length - 1; i++) if (body[i]!.image === ',') return i;
  return -1;
}

/** Whether the words between two commas are an item of a series: they hold "or" or "and", or an "or"/"and" follows. */
function seriesItem(body: IToken[], comma: number, next: number): boolean {
  const joins = (t: IToken | undefined) => !!t && /^(?:or|and)$/i.test(t.image);
  for (let i = comma + 1; i < next; i++) if (joins(body[i])) return true;
  return joins(body[next + 1]);
}

/**
 * "While ECPD values its federal partners, no Officer shall …": a "while" that concedes, with a
 * subject and a verb of regard, sets no condition (probe round 18); it is kept as the preface.
 */
function concessive(body: IToken[]): boolean {
  if (!/^while$/i.test(body[0]!.image)) return false;
  for (let i = 2; i < Math.min(body.length, 6) && body[i]!.image !== ','; i++)
    if (CONCEDING.test(body[i]!.image)) return true;
  return false;
}

const CONCEDING =
  /^(?:values|value|respects|respect|recogni[sz]es|recogni[sz]e|acknowledges|acknowledge|appreciates|appreciate|supports|support|welcomes|welcome|understands|understand|honou?rs|honou?r|wishes|wish|encourages|favou?rs)$/i;

function leadingUpon(
  ctx: AstContext,
  body: IToken[],
  conditionFollows: boolean,
): { qualifier: A.Qualifier; rest: IToken[] } | undefined {
  const first = body[0];
  if (!first || !LEADING_EVENT.test(first.image) || concessive(body)) return undefined;
  // The condition ends at a comma after which it does not go on: "Upon receiving a request from
  // ICE to interview a person, to be notified of the release or to continue the detention, the
  // OIC shall …" ends at the last.
  let comma = 2;
  while (
    comma < body.length &&
    (body[comma]!.image !== ',' || goesOn(body[comma + 1]?.image.toLowerCase() ?? ''))
  )
    comma++;
  // A series goes on past its commas: "While on duty, on patrol or at the station, no Officer …",
  // "Upon arrest, at booking, or at release, …" (probe round 18).
  // It ends at the last comma of the series after which a subject stands: "While in a patrol car, a
  // holding cell, or an interview room, Officers …", not "While on duty, an Officer or a Commander,
  // acting alone, shall …" (probe round 20).
  for (
    let item = comma, next = nextComma(body, item);
    next > 0 && seriesItem(body, item, next);
    item = next, next = nextComma(body, next)
  )
    if (opensSubject(body[next + 1])) comma = next;
  // The condition's words end at `end`, and the subject starts at `rest`.
  let end = comma;
  let rest = comma + 1;
  if (comma >= body.length - 1) {
    // No comma before a negated subject: "While on duty no Officer shall …". Only a word that
    // negates a subject: "While ICE agents are not present, …" keeps its "not".
    const negated = body.findIndex((t, i) => i > 1 && /^(?:no|neither)$/i.test(t.image));
    const anyComma = body.some((t) => t.image === ',');
    if (negated > 1 && !anyComma) end = rest = negated;
    else {
      // Going on into a condition that follows ("Upon booking, and after review, MPD may …"), the
      // whole text is the event, and the subject comes after that condition's comma.
      if (!conditionFollows || !anyComma) return undefined;
      // Its comma and joining word stay in it, so that the text prints as written.
      end = rest = body.length;
    }
  }
  const condition = ctx.run(body.slice(1, end));
  if (!condition) return undefined;
  const qualifier = uponQualifier(ctx, { text: first.image, offset: first.startOffset }, condition, 'pre');
  return { qualifier, rest: body.slice(rest) };
}

/**
 * How many tokens of a time limit open the sentence, up to and with its comma: "Within 24 hours
 * after the Sheriff receives a detainer, the Records Unit shall …", "No later than March 1, the
 * Chief shall …". Kept as the preface: a limit on when, not who acts. Without a comma, the whole
 * text before a leading condition ("Within 24 hours" before "after …, the Records Unit"), whose
 * own comma then ends it. 0 when the sentence opens otherwise.
 */
function leadingDeadline(tokens: IToken[], conditionFollows: boolean): number {
  const first = tokens[0]?.image.toLowerCase();
  let words: number;
  if (first === 'within' || first === 'by') words = 1;
  else if (
    (first === 'no' || first === 'not') &&
    tokens[1]?.image.toLowerCase() === 'later' &&
    tokens[2]?.image.toLowerCase() === 'than'
  )
    words = 3;
  else return 0;
  for (let i = words; i < tokens.length - 1; i++) if (tokens[i]!.image === ',') return i + 1;
  return conditionFollows && tokens.length > words ? tokens.length : 0;
}

/** Words that open a phrase of circumstance before the subject ("At the request of ICE, …"). */
const SETTING_OPENERS = new Set([
  'at',
  'on',
  'in',
  'for',
  'during',
  'under',
  'with',
  'pursuant',
  'according',
  'consistent',
  'following',
  'per',
  'through',
  'throughout',
  'as',
  'subject',
  'notwithstanding',
  'to',
  'from',
]);

/** Words after a comma that go on with the phrase before it, rather than start the subject. */
const CONTINUING = new Set([
  'and',
  'or',
  'nor',
  'but',
  'including',
  'such',
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'as',
  'if',
  'when',
  'where',
  'unless',
  'except',
]);

/** Whether a condition goes on after a comma with `next`: a joining word, an infinitive, a number. */
function goesOn(next: string): boolean {
  return CONTINUING.has(next) || next === 'to' || /^\d/.test(next);
}

/** Words that make a phrase "no one" or "never": left in the subject, for `negatingWord`. */
const NEGATORS = new Set(['no', 'not', 'neither', 'nor', 'never', 'none', 'nothing']);

/**
 * How many tokens of a phrase of circumstance open the sentence, up to and with its comma: "At the
 * request of ICE, Detention Deputies …", "Pursuant to a judicial warrant, officers …", "During a
 * traffic stop, officers …", "Consistent with 8 C.F.R. § 287.7(d), the Jail Commander …". Kept as
 * the preface: the subject is who acts, after the comma. Not a phrase that holds a negation ("At
 * no time, officers …", see `negatingWord`) or a bound ("At least two officers, …"), nor a comma
 * after which the phrase goes on ("In Madison, and in every other city, …" ends at the second).
 * 0 when the sentence opens otherwise.
 */
function leadingSetting(tokens: IToken[]): number {
  const first = tokens[0]?.image.toLowerCase();
  if (first === undefined || !(SETTING_OPENERS.has(first) || concessive(tokens))) return 0;
  const second = tokens[1]?.image.toLowerCase();
  if (first === 'at' && (second === 'least' || second === 'most')) return 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const image = tokens[i]!.image;
    if (NEGATORS.has(image.toLowerCase())) return 0;
    if (image !== ',' || i < 2) continue;
    const next = tokens[i + 1]!.image;
    if (CONTINUING.has(next.toLowerCase()) || /^\d/.test(next)) continue;
    return i + 1;
  }
  return 0;
}

function stripDiscourseAdverb(tokens: IToken[]): IToken[] {
  const [first, second] = tokens;
  if (first && second?.image === ',' && DISCOURSE_ADVERBS.has(first.image.toLowerCase()))
    return tokens.slice(2);
  return tokens;
}

function quantifierOf(intro: string | undefined, items: A.ListItem[]): 'any' | 'all' | undefined {
  const head = intro?.toLowerCase() ?? '';
  if (/^(?:any|either|one\s+or\s+more)\b/.test(head)) return 'any';
  if (/^(?:all|each|both)\b/.test(head)) return 'all';
  if (items.some((i) => i.connective === 'or')) return 'any';
  if (items.some((i) => i.connective === 'and')) return 'all';
  return undefined;
}

export function lastItem(
  actionList: A.List | undefined,
  qualifiers: readonly A.Qualifier[],
): A.ListItem | undefined {
  // The list that ends the sentence, if one does: a qualifier before the subject ("After any use
  // of force, the Officer shall do the following: a. …") comes before the action's list.
  let list = actionList;
  let end = actionList?.end ?? -1;
  for (const q of qualifiers) {
    const qEnd = q.list?.end ?? q.condition?.end ?? -1;
    if (qEnd > end) {
      end = qEnd;
      list = q.list;
    }
  }
  return list?.items[list.items.length - 1];
}
