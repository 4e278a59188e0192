/**
 * The lexer: the token types of tokens.ts, read by a loop of our own instead of Chevrotain's. It
 * gives the tokens Chevrotain's lexer gives for the same types when it tracks start offsets only
 * (test/grammar/lexer.test.ts compares the two on the corpus and on random text), and the parser
 * reads them as it read Chevrotain's.
 *
 * Why a loop of our own: four tokens in five are words, and at a word Chevrotain's lexer calls, one
 * by one, every pattern that may start with its first letter (structure at a line start, keywords,
 * phrases, then `Word`), each of which refuses. Here what makes all of them refuse is summed up once
 * per letter (see `Refusals` in tokens.ts) and tested once per word, which is then read as a `Word`
 * directly. Anywhere else the loop does what Chevrotain's does: it tries the patterns that may start
 * with the character, in order, and the first that matches wins, unless its `longer_alt` matches
 * more. Lexing a generated 10,000-clause draft takes a sixth to a fifth less time; what remains is
 * mostly making the tokens, as many as Chevrotain's lexer made.
 */
import type { ILexingError, ILexingResult, IToken, TokenType } from 'chevrotain';
import { Lexer } from 'chevrotain';
import { allRefuse, Matcher, matchWord, sumRefusal, Word, type Refusals } from './tokens.js';

/** How one token type is tried. */
interface Pattern {
  type: TokenType;
  tokenTypeIdx: number;
  /** Skipped (blanks), kept in a group (comments) or a token (undefined). */
  group: string | false | undefined;
  /** The one character a one-character string pattern is, or -1. */
  char: number;
  /** A custom pattern (every `Matcher`), or undefined. */
  matcher: Matcher | undefined;
  /** A regular-expression pattern, sticky, or undefined. */
  sticky: RegExp | undefined;
  /** For an expression that is one character class (`[…]`, `[…]+`): the class, read a character at a time. */
  members: CharClass | undefined;
  /** Whether that class is repeated. */
  repeated: boolean;
  /** The type tried for a longer match when this one matched (`notify` is a word, not `not`). */
  longer: Pattern | undefined;
}

/** What is tried at one character: the patterns in order, and whether a word there may be read at once. */
interface Choice {
  patterns: readonly Pattern[];
  /** At an ASCII letter: what every pattern before `Word` refuses on, when all of them can be summed up. */
  refusals: Refusals | undefined;
}

/** The result's shape, with the one group the language has. */
export interface PolicyLexingResult extends ILexingResult {
  groups: { comments: IToken[] };
}

export class PolicyLexer {
  private readonly patterns: Pattern[];
  private readonly word: Pattern;
  /** Whether the first type is a skipped single blank (`Space`), tested before anything else. */
  private readonly space: boolean;
  /** By character code, built as characters are met. */
  private readonly choices = new Map<number, Choice>();
  /** The same for ASCII, in an array. */
  private readonly ascii: (Choice | undefined)[] = new Array<Choice | undefined>(128).fill(undefined);

  /** `types` in the order they are tried; types without a pattern (categories) are left out. */
  constructor(types: readonly TokenType[]) {
    const byType = new Map<TokenType, Pattern>();
    this.patterns = [];
    for (const type of types) {
      if (type.PATTERN === Lexer.NA || type.PATTERN === undefined) continue;
      const pattern = toPattern(type);
      byType.set(type, pattern);
      this.patterns.push(pattern);
    }
    for (const pattern of this.patterns) {
      const longer = pattern.type.LONGER_ALT;
      if (Array.isArray(longer)) throw new Error(`${pattern.type.name}: one longer_alt only`);
      if (longer) pattern.longer = byType.get(longer);
    }
    const word = byType.get(Word);
    if (!word) throw new Error('the lexer needs the Word token type');
    this.word = word;
    this.space = this.patterns[0]?.char === 32 && this.patterns[0].group === false;
  }

  tokenize(text: string): PolicyLexingResult {
    const tokens: IToken[] = [];
    const comments: IToken[] = [];
    const errors: ILexingError[] = [];
    const length = text.length;
    let offset = 0;
    // Where the characters that nothing matched start, while there are some.
    let failed = -1;
    while (offset < length) {
      const c = text.charCodeAt(offset);
      let matched: Pattern | undefined;
      let size = -1;
      if (c === 32 && this.space) {
        // The commonest blank by far, skipped as the `Space` type would be.
        matched = this.patterns[0];
        size = 1;
      } else {
        const choice = c < 128 ? (this.ascii[c] ??= this.choose(c)) : this.choiceFor(c);
        if (choice.refusals !== undefined && allRefuse(choice.refusals, text, offset)) {
          matchedImage = matchWord(text, offset)![0];
          matched = this.word;
          size = matchedImage.length;
        } else
          for (const pattern of choice.patterns) {
            size = matchLength(pattern, text, offset, tokens);
            if (size < 0) continue;
            matched = pattern;
            if (pattern.longer) {
              const image = matchedImage;
              const longer = matchLength(pattern.longer, text, offset, tokens);
              if (longer > size) {
                size = longer;
                matched = pattern.longer;
              } else matchedImage = image;
            }
            break;
          }
      }
      if (matched === undefined) {
        // Nothing matches here (every character is some token's, so this does not happen): the
        // characters are skipped up to where something matches, and reported as one error, as
        // Chevrotain's lexer does.
        if (failed < 0) failed = offset;
        offset++;
        continue;
      }
      if (failed >= 0) errors.push(unexpected(text, failed, offset));
      failed = -1;
      // A skipped blank needs no image; a custom pattern has made its own.
      if (matched.group !== false) {
        const image = matchedImage ?? text.substring(offset, offset + size);
        if (matched.group === undefined) tokens.push(token(image, offset, matched));
        else comments.push(token(image, offset, matched));
      }
      offset += size;
    }
    if (failed >= 0) errors.push(unexpected(text, failed, length));
    return { tokens, groups: { comments }, errors };
  }

  private choiceFor(c: number): Choice {
    let choice = this.choices.get(c);
    if (!choice) this.choices.set(c, (choice = this.choose(c)));
    return choice;
  }

  /** What is tried at character `c`: every pattern that may start with it, in order. */
  private choose(c: number): Choice {
    const patterns = this.patterns.filter((p) => mayStartWith(p, c));
    const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    const before = patterns.indexOf(this.word);
    let refusals: Refusals | undefined;
    if (letter && before >= 0) {
      refusals = { lineStart: false, gates: 0, dotted: false };
      for (const p of patterns.slice(0, before))
        if (!p.matcher || !sumRefusal(refusals, p.matcher)) {
          refusals = undefined;
          break;
        }
    }
    return { patterns, refusals };
  }
}

function toPattern(type: TokenType): Pattern {
  const source = type.PATTERN;
  const group = type.GROUP === Lexer.SKIPPED ? false : (type.GROUP as string | undefined);
  const pattern: Pattern = {
    type,
    tokenTypeIdx: type.tokenTypeIdx!,
    group,
    char: -1,
    matcher: undefined,
    sticky: undefined,
    members: undefined,
    repeated: false,
    longer: undefined,
  };
  if (typeof source === 'string') {
    if (source.length !== 1) throw new Error(`${type.name}: string patterns are one character`);
    pattern.char = source.charCodeAt(0);
  } else if (source instanceof RegExp && ONE_CLASS.test(source.source)) {
    pattern.members = new CharClass(source);
    pattern.repeated = source.source.endsWith('+');
  } else if (source instanceof RegExp) {
    if (!type.START_CHARS_HINT)
      throw new Error(`${type.name}: a pattern without start_chars_hint must be one character class`);
    pattern.sticky = new RegExp(source.source, source.flags.replace('y', '') + 'y');
  } else if (source instanceof Matcher) {
    pattern.matcher = source;
  } else {
    throw new Error(`${type.name}: a pattern the lexer does not know`);
  }
  return pattern;
}

/**
 * Whether `pattern` is tried at character `c`: its type's `start_chars_hint` says so, or, for a type
 * without one, its pattern is one character or one character class that holds `c`. Any other type
 * needs a hint, as it does for Chevrotain to lex without trying it everywhere.
 */
function mayStartWith(pattern: Pattern, c: number): boolean {
  const hint = pattern.type.START_CHARS_HINT;
  if (hint) return hint.some((h) => (typeof h === 'number' ? h : h.charCodeAt(0)) === c);
  if (pattern.char >= 0) return pattern.char === c;
  if (pattern.members) return pattern.members.has(c);
  // A custom pattern without a hint, which Chevrotain would refuse to lex with in optimised mode.
  throw new Error(`${pattern.type.name}: a custom pattern needs start_chars_hint`);
}

/** An expression that is one character class, optionally repeated: `[…]` or `[…]+`. */
const ONE_CLASS = /^\[(?:[^\]\\]|\\.)*\]\+?$/;

/** The characters of a one-class expression, each tested against the expression once. */
class CharClass {
  private readonly one: RegExp;
  /** By code unit: 0 not yet tested, 1 not in the class, 2 in it. */
  private readonly known = new Uint8Array(0x10000);

  constructor(expression: RegExp) {
    this.one = new RegExp(`^${expression.source.replace(/\+$/, '')}$`, expression.flags.replace(/[gy]/g, ''));
  }

  has(c: number): boolean {
    let k = this.known[c]!;
    if (k === 0) this.known[c] = k = this.one.test(String.fromCharCode(c)) ? 2 : 1;
    return k === 2;
  }
}

/** The image a custom pattern made in its last call to `matchLength`, or null for other patterns. */
let matchedImage: string | null = null;

/** The length of what `pattern` matches at `offset`, or -1. */
function matchLength(pattern: Pattern, text: string, offset: number, tokens: IToken[]): number {
  matchedImage = null;
  if (pattern.char >= 0) return text.charCodeAt(offset) === pattern.char ? 1 : -1;
  if (pattern.matcher) {
    const m = pattern.matcher.exec(text, offset, tokens);
    if (m === null) return -1;
    matchedImage = m[0];
    return matchedImage.length;
  }
  if (pattern.members) {
    let end = offset;
    while (end < text.length && pattern.members.has(text.charCodeAt(end))) {
      end++;
      if (!pattern.repeated) break;
    }
    return end > offset ? end - offset : -1;
  }
  const re = pattern.sticky!;
  re.lastIndex = offset;
  return re.test(text) ? re.lastIndex - offset : -1;
}

/** A token as Chevrotain's lexer makes it when it tracks offsets only. */
function token(image: string, startOffset: number, pattern: Pattern): IToken {
  return { image, startOffset, tokenTypeIdx: pattern.tokenTypeIdx, tokenType: pattern.type } as IToken;
}

/** Chevrotain's error for the characters from `offset` to `end` that no pattern matches. */
function unexpected(text: string, offset: number, end: number): ILexingError {
  const length = end - offset;
  return {
    offset,
    length,
    line: undefined,
    column: undefined,
    message: `unexpected character: ->${text.charAt(offset)}<- at offset: ${offset}, skipped ${length} characters.`,
  };
}
