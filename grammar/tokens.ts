/**
 * Token types of the policy language, Chevrotain's, which its parser consumes and grammar/lexer.ts
 * reads text into (as Chevrotain's lexer would). Order matters: patterns are tried in order, so
 * structural and multi-word tokens come before the words they start with, and keywords use
 * `longer_alt` so that `notify` is a word, not `not` + `ify`.
 *
 * Structural tokens (clause numbers, `define`, `section`, `note:`, list markers, header keys) are
 * recognised only at the start of a line, which is what lets a clause run over continuation lines
 * without any end-of-line token.
 */
import { createToken, Lexer, type ICustomPattern, type IToken, type TokenType } from 'chevrotain';

/** The blanks that may stand before structure on its line: indentation, and what Word pastes. */
function isLineBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff || c === 0xa0 || (c >= 0x200b && c <= 0x200f);
}

/** True when only blanks stand between `offset` and the start of its line. */
export function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (!isLineBlank(c)) return false;
  }
  return true;
}

function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('y', '') + 'y');
}

/** What a matcher returns: one array, refilled per match (the lexer reads it at once). */
const matched: [string] = [''];

/** The match of sticky `re` at `offset` as a matcher returns it, without an exec result array. */
function matchAt(re: RegExp, text: string, offset: number): [string] | null {
  re.lastIndex = offset;
  if (!re.test(text)) return null;
  matched[0] = text.substring(offset, re.lastIndex);
  return matched;
}

/** The matchers `lineStart` made (structure and list markers), for `startsStructurally`. */
const lineStartMatchers: Matcher[] = [];

/** A matcher for `pattern` that only fires at the start of a line. */
function lineStart(pattern: RegExp): Matcher {
  const matcher = new Matcher(pattern, { lineStart: true });
  lineStartMatchers.push(matcher);
  return matcher;
}

const WORD_END = "(?![\\w'’\\-\\u00C0-\\u024F])";
const phrase = (alternatives: string[], flags = 'i'): RegExp =>
  new RegExp(`(?:${alternatives.map((a) => a.replace(/ /g, '\\s+')).join('|')})${WORD_END}`, flags);

/**
 * Letters of the scripts a policy may name people and places in: Latin with its accents (and the
 * combining accents of decomposed text, and Vietnamese's Latin Extended Additional: "Nguyễn"),
 * Greek, Cyrillic, Hebrew, Arabic, CJK.
 */
const LETTER =
  'A-Za-z\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u0590-\\u05FF\\u0600-\\u06FF\\u1E00-\\u1EFF\\u4E00-\\u9FFF';
/** `LETTER` as [from, to] code ranges (a test checks that they agree). */
const LETTER_RANGES: [number, number][] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0x24f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x590, 0x5ff],
  [0x600, 0x6ff],
  [0x1e00, 0x1eff],
  [0x4e00, 0x9fff],
];

/** True for the code units in `LETTER_RANGES`. */
function isLetter(c: number): boolean {
  if (c < 0xc0) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return (
    c <= 0x24f ||
    (c >= 0x300 && c <= 0x4ff) ||
    (c >= 0x590 && c <= 0x6ff) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x4e00 && c <= 0x9fff)
  );
}

const LETTER_CODES = LETTER_RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i),
);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

// ---- the word at an offset ----------------------------------------------------------------------

// Most tokens are words, and a word can start a keyword or a phrase (`shall`, `is required to`,
// `only if`, `U.S.C.`): up to ten patterns can start at each one. The matchers below look at the
// word once per offset instead — its run of ASCII letters, as a number — and run a keyword's regex
// only where its first word is there. Each keyword regex still decides what it matches. Where none
// of them can match, the lexer learns it from one look (`allRefuse`) and reads a `Word`.

/** Up to this many ASCII letters are keyed; no keyword's first word is longer. */
const MAX_KEYED = 10;

/** `word` lower-cased as a number in base 27 (a = 1 … z = 26); -1 when it is too long to key. */
function wordKey(word: string): number {
  if (word.length > MAX_KEYED) return -1;
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 27 + ((word.charCodeAt(i) | 0x20) - 96);
  return key;
}

/** For each keyed first word, which gated token types may start with it (bit per type). */
const FIRST_WORDS = new Map<number, number>();
/**
 * For each first letter (a = 1 … z = 26), the lengths of the keyed words that start with it (bit
 * per length): most words are ruled out by this, without a lookup in `FIRST_WORDS`, whose keys
 * past six letters are not small integers (a slower lookup).
 */
const KEYED_LENGTHS = new Uint16Array(27);
let nextGateBit = 1;

/** What `scan` found at `scanOffset` of `scanText`. */
let scanText = '';
let scanOffset = -1;
/** The gate bits of the ASCII-letter run at the offset (0 when none may start there). */
let scanBits = 0;
/** The offset just after that run. */
let scanRunEnd = 0;

function scan(text: string, offset: number): void {
  if (offset === scanOffset && text === scanText) return;
  scanText = text;
  scanOffset = offset;
  let key = 0;
  let i = offset;
  for (; i < text.length; i++) {
    const lower = text.charCodeAt(i) | 0x20; // exactly the ASCII letters land on a-z
    if (lower < 0x61 || lower > 0x7a) break;
    if (i - offset === MAX_KEYED) {
      scanBits = 0;
      scanRunEnd = -1;
      return;
    }
    key = key * 27 + (lower - 96);
  }
  scanRunEnd = i;
  const first = (text.charCodeAt(offset) | 0x20) - 96;
  scanBits =
    i === offset || (KEYED_LENGTHS[first]! & (1 << (i - offset))) === 0 ? 0 : (FIRST_WORDS.get(key) ?? 0);
}

/** Where a gated matcher may start besides its first words: at a digit, at `§`, or at a dotted run of letters. */
type Opening = 'digit' | 'section-sign' | 'dotted' | undefined;

/** True when `opening` lets a gated matcher run at `offset` (after `scan` of it). */
function opens(opening: Opening, text: string, offset: number): boolean {
  switch (opening) {
    case 'digit':
      return isDigit(text.charCodeAt(offset));
    case 'section-sign':
      return text.charCodeAt(offset) === 0xa7;
    case 'dotted':
      return scanRunEnd > offset && text.charCodeAt(scanRunEnd) === 0x2e;
    default:
      return false;
  }
}

/**
 * A custom token pattern (Chevrotain's `ICustomPattern`): it matches what `regex` matches at the
 * offset, where the token may stand — at a line start (`lineStart`), past its gate (see `gated`),
 * and where `context` allows. `match`, when given, is a faster function that must match exactly
 * what the regex matches (a test holds it to that).
 *
 * Every custom token is one of these, not a function of its own: where the lexer calls them one
 * after the other (a keyword's first word, a line start), its call always reaches the same `exec`,
 * which V8 compiles into the lexer's loop; a function per token was a call to one of twenty.
 */
export class Matcher implements ICustomPattern {
  readonly lineStart: boolean;
  /** The token's gate bit, or 0 when it has no gate. */
  readonly gate: number;
  readonly opening: Opening;
  /** `regex`, sticky. */
  readonly sticky: RegExp;
  readonly match: ((text: string, offset: number) => [string] | null) | undefined;
  readonly context: ((text: string, offset: number, tokens: IToken[]) => boolean) | undefined;

  constructor(
    readonly regex: RegExp,
    options: {
      lineStart?: boolean;
      gate?: number;
      opening?: Opening;
      match?: (text: string, offset: number) => [string] | null;
      context?: (text: string, offset: number, tokens: IToken[]) => boolean;
    } = {},
  ) {
    this.lineStart = options.lineStart ?? false;
    this.gate = options.gate ?? 0;
    this.opening = options.opening;
    this.sticky = sticky(regex);
    this.match = options.match;
    this.context = options.context;
  }

  /** True when it matches what its regex matches wherever it is tried. */
  get everywhere(): boolean {
    return !this.lineStart && this.context === undefined;
  }

  /**
   * The lexer's call. An own property, because Chevrotain takes an object for a pattern only when
   * it has its own `exec`; one function for every matcher, so that the lexer's call has one target.
   */
  readonly exec: (this: Matcher, text: string, offset: number, tokens: IToken[]) => [string] | null =
    matcherExec;
}

function matcherExec(this: Matcher, text: string, offset: number, tokens: IToken[]): [string] | null {
  if (this.lineStart && !atLineStart(text, offset)) return null;
  if (this.gate !== 0) {
    scan(text, offset);
    if ((scanBits & this.gate) === 0 && !opens(this.opening, text, offset)) return null;
  }
  const match = this.match !== undefined ? this.match(text, offset) : matchAt(this.sticky, text, offset);
  if (match !== null && this.context !== undefined && !this.context(text, offset, tokens)) return null;
  return match;
}

/**
 * What the matchers tried before `Word` at a letter need to refuse there, summed up (see
 * grammar/lexer.ts): the lexer asks this once per word instead of calling each of them.
 */
export interface Refusals {
  /** Some of them match only at a line start. */
  lineStart: boolean;
  /** The gate bits of those that are gated. */
  gates: number;
  /** Some of them also open at a dotted run of letters (`e.g.`, `U.S.`). */
  dotted: boolean;
}

/**
 * True when every matcher summed up in `refusals` refuses at `offset`, where an ASCII letter
 * stands: not at a line start, no gate's first word there, no dotted run. Exactly their own tests
 * (see `matcherExec`); a letter cannot open a matcher at a digit or at `§`.
 */
export function allRefuse(refusals: Refusals, text: string, offset: number): boolean {
  if (refusals.gates !== 0) {
    scan(text, offset);
    if ((scanBits & refusals.gates) !== 0) return false;
    if (refusals.dotted && opens('dotted', text, offset)) return false;
  }
  return !(refusals.lineStart && atLineStart(text, offset));
}

/**
 * Adds `matcher` to `refusals` when `allRefuse` can tell that it refuses: one that matches only at
 * a line start (whatever else it asks), or a gated one. False for any other, which must be tried.
 */
export function sumRefusal(refusals: Refusals, matcher: Matcher): boolean {
  if (matcher.lineStart) {
    refusals.lineStart = true;
    return true;
  }
  if (matcher.gate === 0) return false;
  refusals.gates |= matcher.gate;
  if (matcher.opening === 'dotted') refusals.dotted = true;
  return true;
}

/**
 * A keyword or phrase matcher: `pattern` runs only where the ASCII letters at the offset spell one
 * of `firstWords` (in any case), or where `opening` lets it. Every match of `pattern` must begin
 * with one of them, followed by a character that is not an ASCII letter.
 */
function gated(
  pattern: RegExp,
  firstWords: string[],
  opening?: Opening,
  context?: (text: string, offset: number, tokens: IToken[]) => boolean,
): Matcher {
  const bit = nextGateBit;
  nextGateBit *= 2;
  for (const word of firstWords) {
    FIRST_WORDS.set(wordKey(word), (FIRST_WORDS.get(wordKey(word)) ?? 0) | bit);
    KEYED_LENGTHS[(word.charCodeAt(0) | 0x20) - 96]! |= 1 << word.length;
  }
  return new Matcher(pattern, { gate: bit, opening, ...(context ? { context } : {}) });
}

/**
 * The words a phrase list's matches begin with: each phrase's first word, or each choice of a
 * leading `(?:a|b)` group.
 */
function firstWordsOf(phrases: readonly string[]): string[] {
  const words = phrases.flatMap((p) => {
    const group = /^\(\?:([a-z|]+)\)/.exec(p);
    // The letters of the first word, before any lookahead: "absent(?=\s+…)" begins with "absent".
    return group ? group[1]!.split('|') : [/^[a-z]+/i.exec(p)?.[0] ?? p.split(' ')[0]!];
  });
  return [...new Set(words)];
}

/** A phrase list's matcher, gated on the words its phrases begin with (see `gated`). */
function gatedPhrases(
  phrases: string[],
  context?: (text: string, offset: number, tokens: IToken[]) => boolean,
): Matcher {
  return gated(phrase(phrases), firstWordsOf(phrases), undefined, context);
}

/** A phrase list's `start_chars_hint`: both cases of the letters its phrases begin with. */
function startCharsOf(phrases: readonly string[]): string[] {
  return [...new Set(firstWordsOf(phrases).flatMap((w) => [w[0]!, w[0]!.toUpperCase()]))];
}

// ---- categories -------------------------------------------------------------------------------

// Categories let a loop consume "any token of this kind" with one match instead of a choice per
// token: most of a policy is runs of prose, so this is the parser's hot path.
/** Text of a subject or condition: prose and `;`. */
export const Text = createToken({ name: 'Text', pattern: Lexer.NA });
/** Text of an action or a condition after the modal: prose, `;` and modals. */
export const ActionText = createToken({ name: 'ActionText', pattern: Lexer.NA });
/** Text of a list item: prose, modals and qualifiers (but not `;` or `.`, which end it). */
export const ItemText = createToken({ name: 'ItemText', pattern: Lexer.NA });
/** Any token that is not structure: header values, notes, stray text. */
export const AnyText = createToken({ name: 'AnyText', pattern: Lexer.NA });
/** Any token that may stand in running prose (clause text, conditions, notes). */
export const Prose = createToken({
  name: 'Prose',
  pattern: Lexer.NA,
  categories: [Text, ActionText, ItemText, AnyText],
});
/** The modal family: `shall`, `may not`'s `may`, `is required to`, … */
export const Modal = createToken({
  name: 'Modal',
  pattern: Lexer.NA,
  categories: [ActionText, ItemText, AnyText],
});

// ---- skipped and grouped ----------------------------------------------------------------------

/**
 * A single space, the commonest blank by far (one between every two words): a one-character string
 * pattern, which the lexer compares as a character code instead of running `WhiteSpace`'s regex.
 */
export const Space = createToken({ name: 'Space', pattern: ' ', group: Lexer.SKIPPED });

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** `//` to end of line, when it starts a line or follows a blank (so `http://` stays text). */
export const Comment = createToken({
  name: 'Comment',
  pattern: new Matcher(/\/\/[^\r\n]*/, {
    context: (text, offset) => {
      const before = offset === 0 ? 32 : text.charCodeAt(offset - 1);
      return before === 32 || before === 9 || before === 10 || before === 13 || before === 0xfeff;
    },
  }),
  start_chars_hint: ['/'],
  line_breaks: false,
  group: 'comments',
});

// ---- line-start structure ---------------------------------------------------------------------

export const PolicyKw = createToken({
  name: 'PolicyKw',
  pattern: lineStart(/policy(?=[ \t\u00a0]+["“”])/),
  start_chars_hint: ['p'],
  line_breaks: false,
});
export const DefineKw = createToken({
  name: 'DefineKw',
  pattern: lineStart(/define(?=[ \t\u00a0])/),
  start_chars_hint: ['d'],
  line_breaks: false,
});
export const SectionKw = createToken({
  name: 'SectionKw',
  pattern: lineStart(/(?:section|Section|SECTION)(?=[ \t\u00a0]+\d[\d.]*[ \t\u00a0]*(?:["“”]|\r|\n|$))/),
  start_chars_hint: ['s', 'S'],
  line_breaks: false,
});
export const NoteKw = createToken({
  name: 'NoteKw',
  pattern: lineStart(/[Nn]ote[ \t]*:/),
  start_chars_hint: ['n', 'N'],
  line_breaks: false,
});

/**
 * True when `text`, placed at the start of a line, would read as structure (a clause number, a list
 * marker, `define`, `section`, `note:`, a comment) rather than as the continuation of a sentence.
 */
export function startsStructurally(text: string): boolean {
  return text.startsWith('//') || lineStartMatchers.some((m) => m.exec(text, 0, []) !== null);
}

const STRUCTURAL = new Set<string>([
  'PolicyKw',
  'HeaderKey',
  'DefineKw',
  'SectionKw',
  'NoteKw',
  'ClauseNumber',
]);
/** `agency:` and friends: only in the header, i.e. while the last structural token is `policy` or a key. */
export const HeaderKey = createToken({
  name: 'HeaderKey',
  pattern: new Matcher(/[a-z][a-z-]*[ \t]*:/, {
    lineStart: true,
    context: (_text, _offset, tokens) => {
      for (let i = tokens.length - 1; i >= 0; i--) {
        const name = tokens[i]!.tokenType.name;
        if (STRUCTURAL.has(name)) return name === 'PolicyKw' || name === 'HeaderKey';
      }
      return false;
    },
  }),
  start_chars_hint: [...'abcdefghijklmnopqrstuvwxyz'],
  line_breaks: false,
});

/** `2.1`, `130.10.3`, `§ 2.1` at the start of a line: at least two components, so `1.` is a list item. */
export const ClauseNumber = createToken({
  name: 'ClauseNumber',
  pattern: lineStart(/(?:§[ \t\u00a0]*)?\d+(?:\.\d+)+\.?(?=[ \t\u00a0\r\n]|$)/),
  start_chars_hint: [...'0123456789§'],
  line_breaks: false,
});

/** `a.`, `(a)`, `1.`, `(iv)`, `iv.`, `A.`, `2)` at the start of a line. */
export const ListMarker = createToken({
  name: 'ListMarker',
  pattern: lineStart(/(?:\((?:[a-zA-Z]|[ivx]+|\d+)\)|(?:[a-zA-Z]|[ivx]+|\d+)[.)])(?=[ \t\u00a0])/),
  start_chars_hint: [...'(abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'],
  line_breaks: false,
});

// ---- words and multi-word phrases -------------------------------------------------------------

/**
 * A word: a letter, then letters and digits, with `'`, `’` or `-` between two of them. A matcher
 * rather than a regex: one pass over the characters, without a regex engine's entry and exit.
 */
export function matchWord(text: string, offset: number): [string] | null {
  let c = text.charCodeAt(offset);
  if (!isLetter(c)) return null;
  let i = offset + 1;
  while (i < text.length) {
    c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      if (!(c === 0x27 || c === 0x2019 || c === 0x2d) || i + 1 === text.length) break;
      const next = text.charCodeAt(i + 1);
      if (!isLetter(next) && !isDigit(next)) break;
    }
    i++;
  }
  matched[0] = text.substring(offset, i);
  return matched;
}

export const Word = createToken({
  name: 'Word',
  // The class holds the combining accents on purpose: a decomposed "Nguyễn" is one word.
  // eslint-disable-next-line no-misleading-character-class
  pattern: new Matcher(new RegExp(`[${LETTER}](?:[${LETTER}0-9]|['’\\-](?=[${LETTER}0-9]))*`), {
    match: matchWord,
  }),
  start_chars_hint: LETTER_CODES,
  line_breaks: false,
  categories: [Prose],
});

/** `any of:`, `all of the following:`, `the following circumstances:` — introduces a list. */
export const ListIntro = createToken({
  name: 'ListIntro',
  pattern: gated(
    /(?:(?:any|all|each|either|both|one\s+or\s+more)\s+of(?:\s+the\s+following)?(?:\s+[a-z]+)?|the\s+following(?:\s+[a-z]+)?)[ \t]*:/i,
    ['any', 'all', 'each', 'either', 'both', 'one', 'the'],
  ),
  start_chars_hint: [...'aAeEbBoOtT'],
  line_breaks: true,
  categories: [Prose],
});

const MODAL_PHRASES = [
  '(?:is|are) (?:not )?(?:required|obligated|permitted|authorized|authorised|allowed|expected|encouraged|forbidden) to',
  '(?:is|are) (?:not )?(?:prohibited|forbidden|barred|precluded) from',
  '(?:is|are) discouraged from',
  // "Staff are encouraged not to ask …": a recommendation not to.
  '(?:is|are) (?:expected|encouraged|advised|urged|requested|asked) not to',
  '(?:is|are) free to',
  '(?:is|are) at liberty to',
  '(?:is|are) empowered to',
  '(?:has|have) been (?:authorized|authorised|permitted) to',
  '(?:has|have) the option to',
  '(?:retain|retains|reserve|reserves) the (?:discretion|right) to',
  '(?:is|are) (?:requested|asked) to',
  '(?:is|are) responsible for',
  'need not',
  '(?:has|have) (?:a duty|the duty|discretion|the discretion|authority|the authority) to',
  '(?:shall|will|must|should) (?:refrain from|avoid(?=\\s+[a-z]+ing\\b)|strive to|endeavou?r to|make every (?:reasonable )?effort to|attempt to|seek to|try to|make (?:all )?reasonable efforts to|make an? (?:reasonable |good faith |good-faith )?(?:effort|attempt) to|(?:make|use) (?:its |their |his or her )?(?:best|reasonable|good faith|good-faith) efforts to|do (?:its|their|his or her) utmost to)',
  '(?:is|are) (?:advised|urged) to',
  'ought (?:not )?to',
  // "ICE is to be notified", "Officers are not to ask …"; not "is to the left".
  '(?:is|are) (?:not )?to(?=\\s+(?!(?:the|a|an|this|that|its|their)\\b)[a-z])',
  // An agreement's duties: "The LEA agrees to notify ICE …"; not "agrees to an interview".
  '(?:agrees|agree) (?:not )?to(?=\\s+(?!(?:the|a|an|this|that|its|their|any|all)\\b)[a-z])',
];

/** Words that make "is to" a statement of what something is: "The purpose of this policy is to ensure …". */
const NOT_A_DUTY_BEFORE_IS_TO = new Set(
  'purpose purposes goal goals aim aims intent intention objective objectives effect result mission role function task plan policy practice priority duty idea point question issue problem answer solution reason rule'.split(
    ' ',
  ),
);
const IS_TO = /(?:is|are)\s+(?:not\s+)?to\b/iy;

/**
 * Refuses "is to" after a word such as `purpose` or `goal` earlier in the sentence: "whose goal is
 * to arrest individuals", "The purpose of these amendments is to ensure …" say what something is.
 * Such a refusal is remembered, so that a modal later in that sentence is refused too.
 */
function isToDuty(text: string, offset: number, tokens: IToken[]): boolean {
  // After a modal it is the action's verb: "Officers may agree to …", "shall not agree to …".
  if (AGREE.test(text.slice(offset, offset + 6)) && afterModal(tokens)) return false;
  IS_TO.lastIndex = offset;
  const noun = IS_TO.test(text) ? purposeBefore(tokens) : -1;
  if (noun >= 0) {
    // "ICE, whose goal is to arrest individuals, shall not …": the sentence goes on past it.
    if (tokens[noun - 1]?.image.toLowerCase() !== 'whose') purposeStatement = { tokens, at: tokens.length };
    return false;
  }
  return !statesPurpose(tokens);
}

const AGREE = /^agree/i;

/** Whether the last token made is a modal or its "not". */
function afterModal(tokens: IToken[]): boolean {
  const last = tokens[tokens.length - 1]?.tokenType;
  return last === ModalWord || last === ModalPhrase || last === Not;
}

/**
 * Where a word such as `purpose` heads the subject of the "is to" being read, or -1: it stands among
 * the dozen tokens before it with no comma, "that", "who" or "which" between (after those a new
 * subject starts: "It is the policy of MPD that Officers are to …", "To carry out the purpose of
 * this order, Deputies are to …"), and no "who", "which" or "that" before it in the sentence (it
 * would be inside a relative clause: "Any Officer who learns of a violation of this policy is to
 * report it").
 */
function purposeBefore(tokens: IToken[]): number {
  let noun = -1;
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 16; i--, seen++) {
    const type = tokens[i]!.tokenType;
    if (type === End || type === Semicolon || STRUCTURAL.has(type.name)) break;
    const word = tokens[i]!.image.toLowerCase();
    const breaks = type === Comma || SUBJECT_BREAK.has(word);
    if (noun < 0) {
      if (breaks) return -1;
      if (NOT_A_DUTY_BEFORE_IS_TO.has(word)) noun = i;
    } else if (type === Comma) break;
    else if (breaks) return -1;
  }
  return noun;
}

/** Words after which a new subject starts, or which open a relative clause. */
const SUBJECT_BREAK = new Set(['that', 'who', 'which', 'whom']);

/**
 * Where the lexer last read a statement of purpose: the tokens it was making, and how many there
 * were at its "is to". Most documents have none, so most modals are let through at once.
 */
let purposeStatement: { tokens: IToken[]; at: number } | undefined;

/**
 * Whether the sentence being lexed states what something is for ("The purpose of this policy is
 * to establish guidelines under which Officers …"): then a modal later in it ("… may share …") is
 * part of that statement, not the clause's own.
 */
function statesPurpose(tokens: IToken[]): boolean {
  const statement = purposeStatement;
  if (statement === undefined || statement.tokens !== tokens || statement.at > tokens.length) return false;
  for (let i = statement.at; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType;
    if (type === End || type === Semicolon || STRUCTURAL.has(type.name)) {
      purposeStatement = undefined;
      return false;
    }
  }
  return true;
}

export const ModalPhrase = createToken({
  name: 'ModalPhrase',
  pattern: gatedPhrases(MODAL_PHRASES, isToDuty),
  start_chars_hint: startCharsOf(MODAL_PHRASES),
  line_breaks: true,
  longer_alt: Word,
  categories: [Modal],
});

const MODALS = ['shall', 'must', 'will', 'may', 'should', 'cannot', 'can'];
export const ModalWord = createToken({
  name: 'ModalWord',
  // "May" before a day of the month is the month: "By May 1 of each year, the Chief shall …".
  pattern: gated(
    phrase(MODALS.map((m) => (m === 'may' ? 'may(?!\\s+\\d)' : m))),
    MODALS,
    undefined,
    (_text, _offset, tokens) => !statesPurpose(tokens),
  ),
  start_chars_hint: startCharsOf(MODALS),
  longer_alt: Word,
  categories: [Modal],
});

/** The qualifier family: each opens a condition on the norm. Longest phrases first. */
const QUALIFIERS = [
  'only (?:if|when|where|with|after|upon)',
  'except (?:when|where|if|as)',
  'save (?:when|where|if|as)',
  'barring',
  'provided that',
  '(?:as|so) long as',
  'in the event (?:that|of)',
  'in the event(?=\\s+(?:an?|the|any|ICE)\\s)',
  'solely (?:for|because of|on the basis of)',
  'for the purposes? of',
  'regardless of',
  'even (?:if|when|where|though)',
  'including (?:when|where|if)',
  'prior to',
  'in the absence of',
  'absent(?=\\s+(?:an?|the|any|such|prior|written|express|exigent|urgent|exceptional|extraordinary|unusual|consent|approval|authori[sz]ation)\\b)',
  'other than (?:as|when|where|if|at the (?:request|direction) of)',
  'unless',
  'whenever',
  'wherever',
  'when',
  'where',
  'if',
  'except',
  'before',
  'after',
  'without',
];
/**
 * Whether a straight quotation mark opens just before `offset`: in "notify a Commander 'where
 * practicable'" the words are quoted, as they are between curly quotes (a `StringLiteral`), and no
 * condition opens.
 */
function afterOpeningQuote(text: string, offset: number): boolean {
  return (
    text.charCodeAt(offset - 1) === 39 &&
    (offset < 2 || !WORD_BEFORE_QUOTE.test(text[offset - 2]!)) &&
    CLOSING_QUOTE.test(text.slice(offset, offset + 200))
  );
}

/** A closing straight quote on the same line (after a letter, before no letter): one left open quotes nothing (probe round 18). */
const CLOSING_QUOTE = /^[^\r\n']*?[\p{L}\p{N}.,!?]'(?![\p{L}\p{N}])/u;

const WORD_BEFORE_QUOTE = /[\p{L}\p{N}'’]/u;

/**
 * Whether the "when" or "where" at `offset` tells which time, not on what condition: "hold a person
 * beyond the time when the person would otherwise be released, or notify ICE …" (NYC Admin. Code
 * § 9-131, probe round 17) holds past a time; as a condition, "when" took the rest of the action
 * with it.
 */
function tellsWhichTime(text: string, offset: number): boolean {
  return (
    (text.charCodeAt(offset) | 0x20) === 119 &&
    WHEN_OR_WHERE.test(text.slice(offset, offset + 6)) &&
    PAST_A_TIME.test(text.slice(Math.max(0, offset - 40), offset))
  );
}

const WHEN_OR_WHERE = /^wh(?:en|ere)(?![\w'’-])/i;
const PAST_A_TIME =
  /\b(?:beyond|past|after|longer than|later than)\s+the\s+(?:time|date|point|moment|hour|day)\s+$/i;

export const Qualifier = createToken({
  name: 'Qualifier',
  pattern: gatedPhrases(
    QUALIFIERS,
    (text, offset) => !afterOpeningQuote(text, offset) && !tellsWhichTime(text, offset),
  ),
  start_chars_hint: startCharsOf(QUALIFIERS),
  line_breaks: true,
  longer_alt: Word,
  categories: [ItemText, AnyText],
});

export const Not = createToken({
  name: 'Not',
  pattern: gated(/not(?![\w'’-])/i, ['not']),
  start_chars_hint: ['n', 'N'],
  line_breaks: false,
  longer_alt: Word,
  categories: [Prose],
});
export const Neither = createToken({
  name: 'Neither',
  pattern: gated(/neither(?![\w'’-])/i, ['neither']),
  start_chars_hint: ['n', 'N'],
  line_breaks: false,
  longer_alt: Word,
  categories: [Prose],
});
/** `No` opening a prohibition (`No officer shall …`); capitalised only, so "no" in prose stays a word. */
export const No = createToken({
  name: 'No',
  // Not the "no" of a deadline or a bound: "No later than March 1, the Chief shall report …" is a
  // duty with a deadline, not "No Chief shall".
  pattern: gated(/No(?![\w'’-])(?![ \t]+(?:later|sooner|earlier|more|less|fewer)[ \t]+than\b)/, ['no']),
  start_chars_hint: ['N'],
  line_breaks: false,
  longer_alt: Word,
  categories: [Prose],
});
export const As = createToken({
  name: 'As',
  pattern: gated(/as(?![\w'’-])/, ['as']),
  start_chars_hint: ['a'],
  line_breaks: false,
  longer_alt: Word,
  categories: [Prose],
});

// ---- single tokens that contain dots, so they never end a sentence ----------------------------

export const Citation = createToken({
  name: 'Citation',
  pattern: gated(
    new RegExp(
      [
        '\\d+\\s+U\\.?\\s?S\\.?\\s?C\\.?(?:\\s*§+)?\\s*\\d+[a-z]?(?:\\([A-Za-z0-9]+\\))*',
        '\\d+\\s+C\\.?F\\.?R\\.?(?:\\s*§+)?\\s*\\d+(?:\\.\\d+)*(?:\\([A-Za-z0-9]+\\))*',
        'Wis\\.\\s+Stat\\.(?:\\s*§+)?\\s*\\d+(?:\\.\\d+)*(?:\\([A-Za-z0-9]+\\))*',
        // Oregon, Washington, California and Illinois statutes: ORS 181A.820, RCW 10.93.160,
        // Cal. Gov. Code § 7284.6, 5 ILCS 805/15.
        '(?:ORS|RCW)\\s+\\d+[A-Z]?(?:\\.\\d+[A-Za-z]?)+(?:\\([A-Za-z0-9]+\\))*',
        "Cal\\.\\s+(?:Gov(?:\\.|'t|ernment)|Penal|Civ\\.|Evid\\.|Welf\\.\\s+&\\s+Inst\\.)\\s+Code(?:\\s*§+)?\\s*\\d+(?:\\.\\d+)*(?:\\([A-Za-z0-9]+\\))*",
        '\\d+\\s+ILCS\\s+\\d+/\\d+(?:\\([A-Za-z0-9]+\\))*',
        // A title and an abbreviated code with a section sign: 20 V.S.A. § 2366.
        '\\d+[ \\t]+(?:[A-Z]\\.){2,}[A-Z]?\\.?[ \\t]*§+[ \\t]*\\d+[A-Za-z]?(?:[.-]\\d+[A-Za-z]*)*(?:\\([A-Za-z0-9]+\\))*',
        'Forms?\\s+I-\\d+[A-Z]?(?:/[A-Z])*',
        'I-\\d{2,4}[A-Z]?(?![\\w-])',
        '[Ss]ection\\s+\\d+[a-z]?\\([a-z0-9]+\\)(?:\\([a-z0-9]+\\))*',
        '\\d+[a-z]?\\([a-z0-9]+\\)(?:\\([a-z0-9]+\\))*',
      ].join('|'),
    ),
    ['wis', 'form', 'forms', 'i', 'section', 'ors', 'rcw', 'cal'],
    'digit',
  ),
  start_chars_hint: [...'0123456789FIWSsORC'],
  line_breaks: true,
  categories: [Prose],
});

/**
 * A state or city code cited by its abbreviations: "Conn. Gen. Stat. § 54-192h", "N.Y.C. Admin.
 * Code § 9-131", "Tex. Code Crim. Proc. art. 2.251", "Minn. Stat. § 626.8471", "20 V.S.A. § 2366".
 * Its dots end no sentence. It opens at a dotted word (or, for "20 V.S.A.", a digit) and needs a
 * word that names a body of law (`Code`, `Stat.`, `Statutes`, `Laws`, `Regs.`) or a `§` before the
 * section number, so "Dr. Smith" and "U.S. citizens" stay words.
 */
/** Blanks between the words of a citation, which may wrap onto the next line (but not skip one). */
const CITATION_GAP = '(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)';

/** States whose codes are cited by their name, without a dot: "Iowa Code § 27A.4". */
const UNDOTTED_STATES = ['Iowa', 'Ohio', 'Utah', 'Idaho', 'Maine', 'Alaska', 'Hawaii'];

export const StateCitation = createToken({
  name: 'StateCitation',
  pattern: gated(
    new RegExp(
      // Abbreviations and names, up to a body of law, then more words ("Crim. Proc."), then a
      // section marker and the number: 54-192h, 24-76.6-102, 2-173-042, 10.93.160(3), 2A:4A-60.
      `(?:[A-Z][A-Za-z]{0,5}\\.|(?:[A-Z]\\.){2,}[A-Z]?\\.?|(?:${UNDOTTED_STATES.join('|')})(?=[ \\t]))` +
        `(?:${CITATION_GAP}(?:[A-Z][A-Za-z']{0,9}\\.?|&)){0,4}?` +
        `${CITATION_GAP}(?:Code|Stat\\.|Stats\\.|Statutes|Laws|Regs?\\.|Ann\\.)(?:${CITATION_GAP}[A-Z][a-z]{1,9}\\.?){0,3}` +
        `(?:${CITATION_GAP}?(?:§+|art\\.|ch\\.|sec\\.|section))?${CITATION_GAP}?\\d+[A-Za-z]?(?:[.:-]\\d+[A-Za-z]*)*(?:\\([A-Za-z0-9]+\\))*`,
    ),
    UNDOTTED_STATES.map((state) => state.toLowerCase()),
    'dotted',
  ),
  start_chars_hint: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'],
  line_breaks: true,
  categories: [Prose],
});

/** `§2.5`, `§ 2.5`, `section 2`, `clause 2.6`, `subsection 4.9`: a reference to a part of this policy. */
export const Reference = createToken({
  name: 'Reference',
  // Blanks only (a no-break space too: "§\u00a02.1"), never a line break: "… in section⏎2.1
  // Officers …" must leave 2.1 a clause number.
  pattern: gated(
    /§§?[ \t\u00a0]*\d+(?:\.\d+)*(?:\([a-z0-9]+\))?|(?:[Ss]ections?|[Cc]lauses?)[ \t\u00a0]+\d+(?:\.\d+)*|(?:[Ss]ubsections?|[Pp]aragraphs?)[ \t\u00a0]+\d+(?:\.\d+)+/,
    ['section', 'sections', 'clause', 'clauses', 'subsection', 'subsections', 'paragraph', 'paragraphs'],
    'section-sign',
  ),
  start_chars_hint: ['§', 's', 'S', 'c', 'C', 'p', 'P'],
  categories: [Prose],
});

export const Abbreviation = createToken({
  name: 'Abbreviation',
  // Every alternative is ASCII letters and then a dot.
  pattern: gated(
    /(?:e\.g|i\.e|m\.p\.h|etc|vs?|viz|cf|approx|Nos?|Inc|Corp|Co|Ltd|Jr|Sr|Dr|Mrs?|Ms|St|Sgt|Lt|Capt|Cpl|Cmdr|Det|Ofc|Ofcr|Insp|Asst|Dep|Supt|Atty|Hon|Gen|Dept|Dist|Gov|Stat|Fed|Evid|Crim|Civ|Proc|Admin|Supp|Vol|vol|pp?|eds?|Sec|secs?|subd|Rm|[Hh]rs?|[Yy]rs?|mos|mins?|Min|ft|lbs?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|a\.m|p\.m)\.(?=[\s,;:)]|(?![\s\S]))|(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \t]+(?:[A-Z][a-z]|\d))/,
    [],
    'dotted',
  ),
  start_chars_hint: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ...'eimvcapsyhfl'],
  categories: [Prose],
});

/** A web address; its dots and slashes are not punctuation. */
export const Url = createToken({
  name: 'Url',
  pattern: gated(/(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:)]/, ['http', 'https', 'www']),
  start_chars_hint: ['h', 'w'],
  categories: [Prose],
});

export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /["“”][^"“”\r\n]*["“”]|‘[^’\r\n]*’/,
  start_chars_hint: ['"', '“', '”', '‘'],
  categories: [Prose],
});

const DIGITS = [...'0123456789'];

export const DateLiteral = createToken({
  name: 'DateLiteral',
  pattern: /\d{4}-\d{2}-\d{2}(?![\w-])/,
  start_chars_hint: DIGITS,
  categories: [Prose],
});

export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: /\d+(?:[.,]\d+)*(?:st|nd|rd|th|%)?/,
  start_chars_hint: DIGITS,
  categories: [Prose],
});

// ---- punctuation ------------------------------------------------------------------------------

// One-character strings: the lexers compare a character code instead of running an expression.
export const End = createToken({ name: 'End', pattern: '.', categories: [AnyText] });
export const Semicolon = createToken({
  name: 'Semicolon',
  pattern: ';',
  categories: [Text, ActionText, AnyText],
});
export const Comma = createToken({ name: 'Comma', pattern: ',', categories: [Prose] });
export const Colon = createToken({ name: 'Colon', pattern: ':', categories: [Prose] });
export const LParen = createToken({ name: 'LParen', pattern: '(', categories: [Prose] });
export const RParen = createToken({ name: 'RParen', pattern: ')', categories: [Prose] });
/**
 * A character beyond the first 65,536 (an emoji, a rare letter), whole: it is two code units, and
 * `Symbol` below would make a token of each half, which a message quoting it cannot encode.
 */
export const Astral = createToken({
  name: 'Astral',
  pattern: /[\ud800-\udbff][\udc00-\udfff]/,
  start_chars_hint: Array.from({ length: 0x400 }, (_, i) => 0xd800 + i),
  line_breaks: false,
  categories: [Prose],
});

/** Anything else (dashes, slashes, stray quotes, lone surrogates): kept as prose so the lexer never fails. */
export const Symbol = createToken({
  name: 'Symbol',
  // Every code unit that WhiteSpace does not skip (control characters included, so a stray NUL is
  // prose, not a lexer failure), spelled as ranges so the lexer stays optimisable.
  pattern:
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000e-\u001f\u0021-\u009f\u00a1-\u167f\u1681-\u1fff\u2010-\u2027\u2030-\u205e\u2060-\u2065\u206a-\u2fff\u3001-\ufefe\uff00-\uffff]/,
  categories: [Prose],
});

/** Every token type, in the order the lexer tries them. */
export const allTokens: TokenType[] = [
  Space,
  WhiteSpace,
  Comment,
  PolicyKw,
  DefineKw,
  SectionKw,
  NoteKw,
  HeaderKey,
  ClauseNumber,
  ListMarker,
  Citation,
  StateCitation,
  DateLiteral,
  Reference,
  Abbreviation,
  Url,
  ListIntro,
  ModalPhrase,
  ModalWord,
  Qualifier,
  Not,
  Neither,
  No,
  As,
  Word,
  StringLiteral,
  NumberLiteral,
  End,
  Semicolon,
  Comma,
  Colon,
  LParen,
  RParen,
  Astral,
  Symbol,
  Prose,
  Modal,
  Text,
  ActionText,
  ItemText,
  AnyText,
];

/** Token types that begin a new top-level item; a clause or note runs until one of them. */
export const structuralTokens: TokenType[] = [PolicyKw, DefineKw, SectionKw, NoteKw, ClauseNumber];

/** The exclusive end offset of a token (the lexer tracks start offsets only, for speed). */
export function endOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

/** The tokens that start a top-level item (all structure but the header): only that item consumes them. */
const ITEM_STARTS: TokenType[] = structuralTokens.filter((t) => t !== PolicyKw);

/**
 * The token that starts a top-level item at `offset`, a line start, after any blanks (as the lexer
 * would read it there), or undefined.
 */
export function itemStartAt(text: string, offset: number): IToken | undefined {
  let i = offset;
  while (i < text.length && isLineBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  // The first characters the four can start with: a digit or § (clause numbers), d, s, n, N.
  if (!(isDigit(c) || c === 0xa7 || c === 0x64 || c === 0x73 || c === 0x6e || c === 0x4e)) return undefined;
  for (const type of ITEM_STARTS) {
    const match = (type.PATTERN as Matcher).exec(text, i, []);
    if (match)
      return {
        image: match[0],
        startOffset: i,
        endOffset: i + match[0].length - 1,
        tokenType: type,
        tokenTypeIdx: type.tokenTypeIdx!,
      } as IToken;
  }
  return undefined;
}
