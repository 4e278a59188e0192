/**
 * Words and the text of a run of prose. Most of a policy is prose, so this is the AST builder's hot
 * path: a run's text is a slice of the source whenever the source already reads as the canonical
 * text (words apart by single spaces), instead of being glued together word by word.
 */
import type { IToken, TokenType } from 'chevrotain';
import type * as A from './ast.js';
import { intern, SHORT_STRING } from './intern.js';
import { type Origin, Run, wordKindIndex, wordPlace } from './nodes.js';
import * as T from './tokens.js';

const WORD_KINDS = new Map<TokenType, A.WordKind>([
  [T.Word, 'word'],
  [T.As, 'word'],
  [T.No, 'word'],
  [T.Neither, 'word'],
  [T.Not, 'not'],
  [T.NumberLiteral, 'number'],
  [T.DateLiteral, 'date'],
  [T.StringLiteral, 'string'],
  [T.Citation, 'citation'],
  [T.StateCitation, 'citation'],
  [T.Reference, 'reference'],
  [T.Abbreviation, 'abbreviation'],
  [T.Symbol, 'symbol'],
  [T.Astral, 'symbol'],
  [T.Url, 'word'],
  [T.ModalWord, 'modal'],
  [T.ModalPhrase, 'modal'],
  [T.Qualifier, 'qualifier'],
  [T.ListIntro, 'list-intro'],
]);

/**
 * A table indexed by `tokenTypeIdx` (Chevrotain numbers token types densely from 0), for the
 * lookups made once per word: an array read instead of hashing the token type.
 */
function byTypeIndex<V>(entries: Iterable<[TokenType, V]>, otherwise: V): V[] {
  const table: V[] = [];
  for (const type of T.allTokens) table[type.tokenTypeIdx!] = otherwise;
  for (let i = 0; i < table.length; i++) table[i] ??= otherwise;
  for (const [type, value] of entries) table[type.tokenTypeIdx!] = value;
  return table;
}

/** The index a run stores for the kind of word a token is (see `Run`). */
const KIND_BY_TYPE = byTypeIndex(
  [...WORD_KINDS].map(([type, kind]) => [type, wordKindIndex(kind)]),
  wordKindIndex('punctuation'),
);

/**
 * Token types whose image can hold blanks or line breaks ("is required to", "8 U.S.C. § 1357").
 * No other token that stands in prose holds any whitespace, so collapsing the whitespace of a
 * whole source slice only changes the gaps between words and the insides of these.
 */
const MULTI_WORD = byTypeIndex(
  [T.ModalPhrase, T.Qualifier, T.ListIntro, T.Citation, T.StateCitation, T.Reference, T.StringLiteral].map(
    (t) => [t, true],
  ),
  false,
);

/** The kind of word a token is in a run of prose. */
export function wordKindOf(token: IToken): A.WordKind {
  return WORD_KINDS.get(token.tokenType) ?? 'punctuation';
}

/**
 * Whether a sentence's last word holds its full stop: an abbreviation ("… at 10:00 p.m."), or a
 * quotation closed after it, as American usage puts it ('… or "green card."').
 */
export function endsWithOwnStop(kind: A.WordKind, text: string): boolean {
  if (kind === 'abbreviation') return text.endsWith('.');
  return kind === 'string' && /\.["”’]$/.test(text);
}

/** JavaScript's `\s`: what `replace(/\s+/g, ' ')` collapses. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whitespace other than a single space: the only whitespace that collapsing changes. */
const NON_CANONICAL_SPACE = /\s{2,}|[^\S ]/g;

/**
 * Whitespace collapsed to single spaces, as `s.replace(/\s+/g, ' ')` but without replacing every
 * single space by itself (a run of prose has one such match per word). Split and joined rather
 * than replaced: V8 returns a replaced string as a tree of pieces, which a run would keep as its
 * text (two objects per line break), whereas a join makes one flat string.
 */
export function collapse(s: string): string {
  return hasNonCanonicalSpace(s) ? s.split(NON_CANONICAL_SPACE).join(' ') : s;
}

/**
 * A run of prose made of `tokens` (in source order, not empty): its words, and its text — the
 * words joined by single spaces where the source had blanks, whitespace inside a phrase collapsed.
 * The text is a slice of the source whenever the source already reads so (most runs), and is only
 * glued word by word when something else (a comment, a left-out token, a zero-width blank) lies
 * between two words. One pass over the tokens decides which.
 */
export function proseRun(source: string, tokens: readonly IToken[], origin: Origin): A.TextRun {
  const n = tokens.length;
  const places = new Array<number>(2 * n);
  /** The slice has blanks to collapse (still one stretch of source). */
  let spaced = false;
  /** Something other than blanks lies between two words. */
  let gapped = false;
  let previousEnd = -1;
  const offset = tokens[0]!.startOffset;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const start = t.startOffset;
    const image = t.image;
    const end = start + image.length;
    places[2 * i] = wordPlace(start - offset, KIND_BY_TYPE[t.tokenTypeIdx]!);
    places[2 * i + 1] = image.length;
    if (previousEnd >= 0 && start > previousEnd && !gapped) {
      if (start - previousEnd !== 1 || source.charCodeAt(previousEnd) !== 32) {
        for (let j = previousEnd; j < start; j++)
          if (!isSpace(source.charCodeAt(j))) {
            gapped = true;
            break;
          }
        spaced = true;
      }
    }
    if (!spaced && MULTI_WORD[t.tokenTypeIdx] === true && hasNonCanonicalSpace(image)) spaced = true;
    previousEnd = end;
  }
  const run = new Run(origin, '', places, offset, previousEnd);
  if (gapped) run.text = wordsText(run.words);
  else {
    const slice = source.slice(offset, previousEnd);
    const text = spaced ? collapse(slice) : slice;
    run.text = text.length <= SHORT_STRING ? intern(text) : text;
  }
  return run;
}

/** True when `s` holds whitespace other than single spaces (what `collapse` would change). */
function hasNonCanonicalSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (isSpace(c)) return true;
  }
  return false;
}

/**
 * The text of a run of words, glued word by word (for runs that are not one stretch of source).
 * Joined, not added up: `+=` would leave a tree of string pieces in the AST, two objects per word.
 */
export function wordsText(words: readonly A.Word[]): string {
  const parts: string[] = [];
  let previousEnd = -1;
  for (const w of words) {
    if (previousEnd >= 0 && w.offset > previousEnd) parts.push(' ');
    parts.push(collapse(w.text));
    previousEnd = w.end;
  }
  return parts.join('');
}

/**
 * A run of the words `from` up to `to` of `run`, or undefined when there are none: the action or a
 * condition of a list item, which the parser keeps as one run. Its text is glued word by word.
 */
export function partOfRun(run: A.TextRun, from: number, to: number): A.TextRun | undefined {
  const words = run.words.slice(from, to);
  if (!words.length) return undefined;
  const text = wordsText(words);
  const offset = words[0]!.offset;
  const end = words[words.length - 1]!.end;
  if (run instanceof Run) return run.withWords(text, words, offset, end);
  return { text, words, wordTexts: words.map((w) => w.text), offset, end, range: run.range };
}
