/**
 * Words and the text of a run of prose. Most of a policy is prose, so this is the AST builder's hot
 * path: a run's text is a slice of the source whenever the source already reads as the canonical
 * text (words apart by single spaces), instead of being glued together word by word.
 */
import type { IToken, TokenType } from 'chevrotain';
import type * as A from './ast.js';
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
  [T.Reference, 'reference'],
  [T.Abbreviation, 'abbreviation'],
  [T.Symbol, 'symbol'],
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

const KIND_BY_TYPE = byTypeIndex(WORD_KINDS, 'punctuation');

/**
 * Token types whose image can hold blanks or line breaks ("is required to", "8 U.S.C. § 1357").
 * No other token that stands in prose holds any whitespace, so collapsing the whitespace of a
 * whole source slice only changes the gaps between words and the insides of these.
 */
const MULTI_WORD = byTypeIndex(
  [T.ModalPhrase, T.Qualifier, T.ListIntro, T.Citation, T.Reference, T.StringLiteral].map((t) => [t, true]),
  false,
);

export function word(token: IToken): A.Word {
  const offset = token.startOffset;
  return {
    text: token.image,
    offset,
    end: offset + token.image.length,
    kind: KIND_BY_TYPE[token.tokenTypeIdx] ?? 'punctuation',
  };
}

/** The words of `tokens`, in order. */
export function wordsOf(tokens: readonly IToken[]): A.Word[] {
  const words: A.Word[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = word(tokens[i]!);
  return words;
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
 * single space by itself (a run of prose has one such match per word).
 */
export function collapse(s: string): string {
  NON_CANONICAL_SPACE.lastIndex = 0;
  return NON_CANONICAL_SPACE.test(s) ? s.replace(NON_CANONICAL_SPACE, ' ') : s;
}

/** How the source between a run's first and last word relates to the run's text. */
const enum Shape {
  /** The source slice is the text. */
  Canonical,
  /** The source slice with its whitespace collapsed is the text. */
  Spaced,
  /** Something else (a comment, a left-out token, a zero-width blank) lies between two words. */
  Gapped,
}

function shapeOf(source: string, tokens: readonly IToken[]): Shape {
  let shape = Shape.Canonical;
  let previousEnd = -1;
  for (const t of tokens) {
    const start = t.startOffset;
    if (previousEnd >= 0 && start > previousEnd) {
      if (start - previousEnd !== 1 || source.charCodeAt(previousEnd) !== 32) {
        for (let i = previousEnd; i < start; i++) if (!isSpace(source.charCodeAt(i))) return Shape.Gapped;
        shape = Shape.Spaced;
      }
    }
    if (MULTI_WORD[t.tokenTypeIdx] === true && collapse(t.image) !== t.image) shape = Shape.Spaced;
    previousEnd = start + t.image.length;
  }
  return shape;
}

/**
 * The text of a run: the words joined by single spaces where the source had blanks, whitespace
 * inside a phrase collapsed. `tokens` must be in source order and not empty.
 */
export function runText(source: string, tokens: readonly IToken[]): string {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const shape = shapeOf(source, tokens);
  if (shape === Shape.Gapped) return wordsText(tokens.map(word));
  const slice = source.slice(first.startOffset, last.startOffset + last.image.length);
  return shape === Shape.Canonical ? slice : collapse(slice);
}

/** The text of a run of words, glued word by word (for runs that are not one stretch of source). */
export function wordsText(words: readonly A.Word[]): string {
  let text = '';
  let previousEnd = -1;
  for (const w of words) {
    if (previousEnd >= 0 && w.offset > previousEnd) text += ' ';
    text += collapse(w.text);
    previousEnd = w.end;
  }
  return text;
}
