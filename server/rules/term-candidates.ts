/**
 * The names a draft uses that could need a definition (undefined-term's candidates): the subject
 * of a norm, capitalised phrases ("Commanding Officer"), acronyms and quoted terms.
 */
import {
  forbidsAlways,
  hasWordOf,
  type Clause,
  type List,
  type TextRun,
  type Word,
} from '../../grammar/index.js';
import type { WordLists } from '../analysis/words.js';
import { AUTHORITY_PEOPLE, type DefinitionIndex } from '../model/index.js';

/** A name found in prose. `name` is the form a definition would take (singular, no possessive). */
export interface TermCandidate {
  kind: 'actor' | 'phrase' | 'acronym' | 'quoted';
  name: string;
  offset: number;
  end: number;
}

/**
 * Small words that may stand inside a capitalised name: "Chief of Police", "Support and Community
 * Outreach", "Vienna Convention on Consular Relations", "Commander on Duty".
 */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'in', 'on']);
/** Capitalised only because they open a sentence: "The Commander", "Any notification". */
const OPENERS = new Set(
  'the a an any each every all no this that these those such said its their his her our some other another both either neither nothing none when if unless where whenever while before after upon under in on at for from with by to as only also accordingly therefore however further furthermore additionally notwithstanding'.split(
    ' ',
  ),
);
const DETERMINERS = new Set('the a an any each every all no such said'.split(' '));
/** Where a subject's noun phrase ends and its modifiers begin: "Officers assigned to …", "an officer who …". */
const MODIFIERS = new Set(
  'who whom whose that which while when where if unless assigned acting working on at under within during with from to for by in'.split(
    ' ',
  ),
);
/** Subjects that name nobody in particular and need no definition. */
const GENERIC = new Set(
  'it this that they he she one nothing none nobody anyone everyone someone person individual people party public policy procedure section herein hereunder department agency'.split(
    ' ',
  ),
);
/**
 * Things, not actors, as the head of a subject: "The training required by §4.1 shall cover …",
 * "The report shall state …". Nobody has to define them to know who acts.
 */
const THINGS = new Set(
  'training report record log list notice form request information data file copy document statement plan review audit agreement memorandum requirement limit rule provision term definition summary certification notification exception carve-out restriction procedure policy section clause paragraph subsection protection safeguard prohibition appeal finding complaint investigation recording footage evidence property vehicle car pursuit camera'.split(
    ' ',
  ),
);
/** Words for everyone who works in an agency: "MCPO personnel", "MPD staff". */
const COLLECTIVE = new Set(['personnel', 'staff', 'employee', 'member', 'workforce']);

/** A subject that bounds a number: "No more than two police vehicles", "Fewer than three Officers". */
const BOUNDED = /^(?:no\s+)?(?:more|fewer|less)\s+than\b/i;
/** A participle that opens a modifier after the head noun: "the records kept under §3.1". */
const TRAILING_PARTICIPLE = /^(?:\p{L}{3,}ed|kept|held|made|given|taken|written|sent|done|shown|issued)$/iu;
/** Capitals that are emphasis, not acronyms ("shall NEVER"). */
const SHOUTED = new Set(
  'and or not no only any all never must shall may will if unless except the a to of in on at by'.split(' '),
);

const isCapitalised = (w: Word): boolean => w.kind === 'word' && /^\p{Lu}[\p{Ll}'’-]/u.test(w.text);
/** A capitalised word that does not merely open a sentence ("The", "Any" at a sentence start). */
const startsName = (w: Word, starts: readonly number[]): boolean =>
  isCapitalised(w) && !(starts.includes(w.offset) && OPENERS.has(w.text.toLowerCase()));
const isConnector = (w: Word | undefined): boolean => !!w && w.kind === 'word' && CONNECTORS.has(w.text);
const stripPossessive = (text: string): string => text.replace(/['’]s?$/, '');

/** Words that name a rank or an office: a phrase with one of them names an actor ("Commanding Officer"). */
export const ACTOR_WORDS = new Set(
  'officer chief commander sergeant lieutenant captain supervisor director liaison detective deputy sheriff inspector agent administrator coordinator manager investigator employee attorney clerk dispatcher official designee head commissioner marshal trooper corporal major colonel superintendent'.split(
    ' ',
  ),
);

/**
 * "Officers" → "Officer", "Commanding Officers" → "Commanding Officer", "Chief's" → "Chief"; a
 * capitalised last word is folded only when it is a rank, so "Commander Jones" keeps its "s".
 */
export function singularName(text: string): string {
  const bare = stripPossessive(text);
  const m = /^(.*?)(\S+)$/s.exec(bare);
  if (!m) return bare;
  const [, head = '', last = ''] = m;
  const one = singularWord(last);
  return /^\p{Ll}/u.test(last) || ACTOR_WORDS.has(one.toLowerCase()) ? head + one : bare;
}

function singularWord(last: string): string {
  let one = last;
  if (/[^aeiou]ies$/i.test(last)) one = last.slice(0, -3) + 'y';
  else if (/(?:ch|sh|x|ss)es$/i.test(last)) one = last.slice(0, -2);
  // A lower-case "s" only: "DHS" is not a plural.
  else if (/[^sui]s$/.test(last)) one = last.slice(0, -1);
  return one;
}

/**
 * The offsets of the first word of the sentence and of each list item: capitals there may only
 * open a sentence. A clause has a few, so a list serves better than a set.
 */
export function sentenceStarts(clause: Clause): number[] {
  const s = clause.sentence;
  const starts = [s.offset];
  // A run starts where its first word does, and has words exactly when it has text: its words
  // need not be made to know.
  if (s.subject?.text) starts.push(s.subject.offset);
  if (s.actionList) itemStarts(s.actionList, starts);
  for (const q of s.qualifiers) if (q.list) itemStarts(q.list, starts);
  return starts;
}

function itemStarts(list: List, starts: number[]): void {
  for (const item of list.items) if (item.text.text) starts.push(item.text.offset);
}

/**
 * Capitalised phrases of two or more words in `run` that neither a definition nor a known name
 * (the `known-names` list) accounts for, added to `out`. A defined name that stands alone between connectors is
 * set aside ("the Commander and the Deputy Chief" → "Deputy Chief"); one that a capitalised word
 * modifies is part of a new name ("Commanding Officer").
 */
export function capitalisedPhrases(
  run: TextRun,
  defs: DefinitionIndex,
  words: WordLists,
  starts: readonly number[],
  out: TermCandidate[] = [],
): TermCandidate[] {
  // Most runs hold no capitalised phrase at all: without two capitalised words in its text (words
  // are written in it as they are), a run's words are not made. Of the others, the names they use
  // are looked up only when a phrase is found, and the known names only for a word no defined name
  // covers.
  if (!hasTwoCapitalised(run.text)) return out;
  const ws = run.words;
  let known: KnownSpans | undefined;
  for (let i = 0; i < ws.length; i++) {
    if (!startsName(ws[i]!, starts)) continue;
    let j = i;
    // A possessive ends a name: "the Chief's approval".
    while (j + 1 < ws.length && !/['’]s?$/.test(ws[j]!.text)) {
      let k = j + 1;
      while (k < ws.length && isConnector(ws[k])) k++;
      if (k < ws.length && startsName(ws[k]!, starts)) j = k;
      else break;
    }
    // A single capitalised word ("Officers") is no phrase: most runs stop here.
    if (j > i) {
      known ??= new KnownSpans(run, defs, words);
      segments(ws.slice(i, j + 1), known, out);
    }
    i = j;
  }
  return out;
}

/**
 * The spans of a run that a defined name or a known name accounts for: defined names first, then
 * the `known-names` list, which is matched only when no defined name covers the word asked about.
 */
class KnownSpans {
  private readonly uses: readonly { offset: number; end: number }[];
  private names: readonly { offset: number; end: number }[] | undefined;

  constructor(
    private readonly run: TextRun,
    defs: DefinitionIndex,
    private readonly words: WordLists,
  ) {
    this.uses = defs.uses(run);
  }

  /** The first span, defined names before known names, that covers `w`. */
  covering(w: Word): { offset: number; end: number } | undefined {
    return (
      firstCovering(this.uses, w) ??
      firstCovering((this.names ??= this.words.find('known-names', this.run)), w)
    );
  }
}

/** The first of `spans` that covers `w`. A loop, not `find` with a closure made per word. */
function firstCovering(
  spans: readonly { offset: number; end: number }[],
  w: Word,
): { offset: number; end: number } | undefined {
  for (const u of spans) if (within(u, w)) return u;
  return undefined;
}

/**
 * Last words of the names of courts and of bodies of law, which no policy defines: "the Superior
 * Court", "the California Penal Code", "the General Statutes", New York's "Civil Rights Law".
 */
const OUTSIDE_NAME =
  /^(?:Courts?|Codes?|Statutes?|Acts?|Constitution|Regulations?|Rules|Ordinances?|Charter|Conventions?|Treaty|Laws?)$/;

/** Splits a capitalised sequence at defined names that stand alone, adding what remains to `out`. */
function segments(seq: Word[], known: KnownSpans, out: TermCandidate[]): void {
  let current: Word[] = [];
  const close = () => {
    if (!current.length) return;
    while (current.length && isConnector(current[0])) current.shift();
    while (current.length && isConnector(current[current.length - 1])) current.pop();
    const last = current[current.length - 1];
    if (last && current.filter(isCapitalised).length >= 2 && !OUTSIDE_NAME.test(last.text)) {
      const first = current[0]!;
      const text = current.map((w) => w.text).join(' ');
      out.push({ kind: 'phrase', name: singularName(text), offset: first.offset, end: last.end });
    }
    current = [];
  };
  for (let k = 0; k < seq.length; k++) {
    const w = seq[k]!;
    const span = isConnector(w) ? undefined : known.covering(w);
    if (!span) {
      current.push(w);
      continue;
    }
    let stop = k;
    while (stop + 1 < seq.length && seq[stop + 1]!.end <= span.end) stop++;
    const alone =
      (k === 0 || isConnector(seq[k - 1])) && (stop === seq.length - 1 || isConnector(seq[stop + 1]));
    if (alone) close();
    else current.push(...seq.slice(k, stop + 1));
    k = stop;
  }
  close();
}

/** Acronyms in `run` that no definition names and the `common-acronyms` list does not excuse, added to `out`. */
export function acronyms(
  run: TextRun,
  defs: DefinitionIndex,
  words: WordLists,
  out: TermCandidate[] = [],
): TermCandidate[] {
  // Most runs hold no word with two capitals: their words are not made at all. A word holds no
  // blank and is written in the run's text as it is, so it is enough to look there.
  if (!hasTwoCapitals(run.text, true)) return out;
  let common: Set<string> | undefined;
  let uses: readonly { offset: number; end: number }[] | undefined;
  // The first use that does not end before the word being read: uses, as words, come in text order.
  let use = 0;
  const ws = run.words;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.kind !== 'word' || !hasTwoCapitals(w.text)) continue;
    common ??= commonAcronyms(words);
    uses ??= defs.uses(run);
    while (use < uses.length && uses[use]!.end <= w.offset) use++;
    // Part of a defined name ("TRUTH" in a use of "TRUTH Act notice"), or of the name of a law
    // ("the TRUTH Act", "the REAL ID Act").
    if ((use < uses.length && within(uses[use]!, w)) || namesLaw(ws, i)) continue;
    // "ICE-related", "ICE/DHS": each part on its own.
    for (const m of w.text.matchAll(/[^-/]+/g)) {
      const part = stripPossessive(m[0]);
      if (!/^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?$/.test(part)) continue;
      const name = part.replace(/s$/, '');
      if (common.has(name.toLowerCase()) || SHOUTED.has(name.toLowerCase()) || defs.lookupWord(part))
        continue;
      const offset = w.offset + m.index;
      out.push({ kind: 'acronym', name, offset, end: offset + part.length });
    }
  }
  return out;
}

/** Whether the words from `ws[i]` on are the name of a law: capitalised words up to "Act", "Code" … */
function namesLaw(ws: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < ws.length && k <= i + 3; k++) {
    if (OUTSIDE_NAME.test(ws[k]!.text)) return true;
    if (!/^[A-Z]/.test(ws[k]!.text)) return false;
  }
  return false;
}

/**
 * Cheap test before any pattern: an acronym has at least two capital letters. True when `text`
 * holds two ASCII capitals; with `perWord`, two between the same blanks (in one word, when `text`
 * is a run's text).
 */
function hasTwoCapitals(text: string, perWord = false): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 && perWord) capitals = 0;
    else if (c >= 65 && c <= 90 && ++capitals === 2) return true;
  }
  return false;
}

/** What starts a capitalised word (see `isCapitalised`), anywhere in a text. */
const CAPITALISED = /\p{Lu}[\p{Ll}'’-]/gu;

/** True when `text` holds two places that could start a capitalised word. */
function hasTwoCapitalised(text: string): boolean {
  CAPITALISED.lastIndex = 0;
  return CAPITALISED.test(text) && CAPITALISED.test(text);
}

const commonAcronymSets = new WeakMap<WordLists, Set<string>>();

/** The `common-acronyms` list in lower case, built once per word lists. */
function commonAcronyms(words: WordLists): Set<string> {
  let set = commonAcronymSets.get(words);
  if (!set) {
    set = new Set((words.phrases['common-acronyms'] ?? []).map((p) => p.toLowerCase()));
    commonAcronymSets.set(words, set);
  }
  return set;
}

/**
 * Quotations that are no terms: words spoken or written down ("Police — stop or I will use the
 * taser", "Do you have papers?"), with sentence punctuation inside, and times or numbers ("10:42
 * p.m.").
 */
const SPOKEN = /[!?—–]|\d:\d|^\d|^(?:\S+\s+){6}/;

/** Nouns before a quotation that mention its words: "the term", "the words", "the phrase". */
const MENTIONING = /^(?:terms?|words?|phrases?|expressions?|labels?)$/i;

/** Quoted terms in `run` whose text no definition names, added to `out`. */
export function quotedTerms(run: TextRun, defs: DefinitionIndex, out: TermCandidate[] = []): TermCandidate[] {
  if (!hasWordOf(run, 'string')) return out;
  const words = run.words;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== 'string') continue;
    // "the term 'illegal alien'" mentions the words; it does not use them.
    if (k > 0 && MENTIONING.test(words[k - 1]!.text)) continue;
    // A stop or comma inside the closing quote is the sentence's, as American usage puts it.
    const inner = w.text.slice(1, -1).replace(/[.,;:]+\s*$/, '');
    const name = inner.trim().replace(/\s+/g, ' ');
    if (!/\p{L}/u.test(name) || SPOKEN.test(name) || namesOne(inner, w.offset + 1, defs)) continue;
    const lead = inner.length - inner.trimStart().length;
    out.push({
      kind: 'quoted',
      name,
      offset: w.offset + 1 + lead,
      end: w.offset + 1 + lead + inner.trim().length,
    });
  }
  return out;
}

/** True when one definition names the whole of `text` (plurals folded: "serious crimes"). */
function namesOne(text: string, offset: number, defs: DefinitionIndex): boolean {
  if (defs.lookup(text.trim())) return true;
  const words: Word[] = [...text.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    offset: offset + m.index,
    end: offset + m.index + m[0].length,
    kind: 'word',
  }));
  if (!words.length) return false;
  const run: TextRun = {
    text,
    words,
    wordTexts: words.map((w) => w.text),
    offset,
    end: words[words.length - 1]!.end,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
  const uses = defs.uses(run);
  return uses.length === 1 && uses[0]!.offset === words[0]!.offset && uses[0]!.end === run.end;
}

/** True when one of `spans` covers `w`. */
function covered(spans: readonly { offset: number; end: number }[], w: Word): boolean {
  return firstCovering(spans, w) !== undefined;
}

/** Whether `w` lies inside `span`. */
function within(span: { offset: number; end: number }, w: Word): boolean {
  return span.offset <= w.offset && w.end <= span.end;
}

/**
 * The subject of a norm when it names no defined actor: the head noun decides ("MPD officers" is
 * Officer), and a passive subject is missing-actor's ("Approval shall be obtained").
 */
export function undefinedSubject(clause: Clause, defs: DefinitionIndex): TermCandidate | undefined {
  const s = clause.sentence;
  // "Under no circumstances shall an Officer …": the subject comes after the modal.
  if (!s.modal || !s.subject || forbidsAlways(s.subject.text)) return undefined;
  if (
    /^(?:(?:only|not|also|always|then|immediately|promptly)\s+)*(?:be|been|being)\b/i.test(
      s.action?.text ?? '',
    )
  )
    return undefined;
  const uses = defs.uses(s.subject);
  const inUse = (w: Word) => covered(uses, w);
  // The noun phrase without leading determiners, up to its first modifier that no defined name
  // covers: "MPD officers" of "the MPD officers assigned to …". One list, built in one pass.
  const core: Word[] = [];
  // "No more than two police vehicles shall …" bounds a number of things; it names no actor.
  if (BOUNDED.test(s.subject.text)) return undefined;
  for (const w of s.subject.words) {
    if (w.kind !== 'word' && w.kind !== 'string') continue;
    if (!core.length && DETERMINERS.has(w.text.toLowerCase())) continue;
    if (core.length && MODIFIERS.has(w.text.toLowerCase()) && !covered(uses, w)) break;
    if (core.length && TRAILING_PARTICIPLE.test(w.text) && !covered(uses, w) && /^\p{Ll}/u.test(w.text))
      break;
    // An adverb before the modal ("Officers generally shall not …") is no part of who acts.
    if (core.length && /^\p{Ll}\p{L}{2,}ly$/u.test(w.text) && !covered(uses, w)) break;
    core.push(w);
  }
  // The head is a noun, not the "of a" before a participle ("Appeals of a sustained finding").
  while (core.length > 1 && /^(?:of|a|an|the|any|each|every|all)$/i.test(core[core.length - 1]!.text))
    core.pop();
  const head = core[core.length - 1];
  if (!head || inUse(head)) return undefined;
  const noun = singularWord(stripPossessive(head.text)).toLowerCase();
  if (GENERIC.has(noun) || THINGS.has(noun)) return undefined;
  // The undefined part: what follows the last defined name before the head ("MPD supervisors").
  const lastUse = core.reduce((at, w, i) => (inUse(w) ? i : at), -1);
  let part = core.slice(lastUse + 1);
  while (
    part.length > 1 &&
    (DETERMINERS.has(part[0]!.text.toLowerCase()) || /^(?:and|or|nor)$/i.test(part[0]!.text))
  )
    part = part.slice(1);
  const text = part.map((w) => (w.kind === 'string' ? w.text.slice(1, -1) : w.text)).join(' ');
  if (!/\p{L}/u.test(text)) return undefined;
  // "MCPO personnel", "MPD staff": everyone in a defined agency.
  const owner = lastUse >= 0 ? uses.find((u) => within(u, core[lastUse]!)) : undefined;
  if (part.length === 1 && COLLECTIVE.has(noun) && owner?.definition.kind === 'agency') return undefined;
  // "ICE agents", "CBP officers": the people of a defined immigration authority.
  if (
    part.length === 1 &&
    (COLLECTIVE.has(noun) || AUTHORITY_PEOPLE.has(noun)) &&
    owner?.definition.kind === 'immigration-authority'
  )
    return undefined;
  return { kind: 'actor', name: singularName(text), offset: part[0]!.offset, end: head.end };
}
