/**
 * What every part of the AST builder shares while it builds one document: the source and its line
 * index (for ranges), and the errors that the grammar alone could not report.
 */
import type { IToken } from 'chevrotain';
import type * as A from './ast.js';
import type { LineIndex } from './line-index.js';
import { proseRun, wordsText } from './text-run.js';
import { endOf } from './tokens.js';

export class AstContext {
  errors: A.SyntaxIssue[] = [];
  readonly source: string;

  constructor(readonly lines: LineIndex) {
    this.source = lines.text;
  }

  range(offset: number, end: number): A.Range {
    return { start: this.position(offset), end: this.position(end) };
  }

  tokenRange(token: IToken): A.Range {
    return this.range(token.startOffset, endOf(token));
  }

  /**
   * The positions of the last offsets asked for, by offset modulo their number. A clause's nodes
   * start and end together (the clause and its number, the sentence and its subject, a qualifier
   * and its condition…), so nodes of the tree share these objects instead of making one per range.
   */
  readonly #offsets = new Float64Array(64).fill(NaN);
  readonly #positions: A.Position[] = [];

  /** Shares no position made so far with the nodes to come (a chunk's nodes move on their own). */
  forgetPositions(): void {
    this.#offsets.fill(NaN);
  }

  private position(offset: number): A.Position {
    const slot = offset & 63;
    if (this.#offsets[slot] === offset) return this.#positions[slot]!;
    const position = this.lines.position(offset);
    this.#offsets[slot] = offset;
    this.#positions[slot] = position;
    return position;
  }

  /** The errors reported since the last call, which starts a new list. */
  takeErrors(): A.SyntaxIssue[] {
    const errors = this.errors;
    this.errors = [];
    return errors;
  }

  error(message: string, offset: number, end: number): void {
    this.errors.push({ message, offset, end, range: this.range(offset, end) });
  }

  /** The run of prose made of `tokens` (in source order), or undefined when there are none. */
  run(tokens: readonly IToken[]): A.TextRun | undefined {
    return tokens.length ? proseRun(this.source, tokens, this) : undefined;
  }

  /** A run of words taken from other runs (when a condition is split from a subject). */
  runOfWords(words: A.Word[]): A.TextRun | undefined {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return undefined;
    const { offset } = first;
    const { end } = last;
    return { text: wordsText(words), words, offset, end, range: this.range(offset, end) };
  }

  /** An empty run where a text was expected but none was written. */
  emptyRun(offset: number, end: number): A.TextRun {
    return { text: '', words: [], offset, end, range: this.range(offset, end) };
  }

  /** A name as written: a word, or a quoted phrase without its quotes. */
  name(token: IToken): A.Name {
    const quoted = token.tokenType.name === 'StringLiteral';
    const offset = token.startOffset;
    const end = endOf(token);
    const text = quoted ? unquote(token.image).trim() : token.image;
    return { text, quoted, offset, end, range: this.range(offset, end) };
  }
}

function unquote(image: string): string {
  return image.replace(/^["“”‘]/, '').replace(/["“”’]$/, '');
}
