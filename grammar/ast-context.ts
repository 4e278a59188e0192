/**
 * What every part of the AST builder shares while it builds one document: the source, the origin
 * its nodes read their ranges through, and the errors that the grammar alone could not report.
 */
import type { IToken } from 'chevrotain';
import type * as A from './ast.js';
import type { LineIndex } from './line-index.js';
import { Name, Origin, Run, SyntaxIssue } from './nodes.js';
import { proseRun, wordsText } from './text-run.js';
import { endOf } from './tokens.js';

export class AstContext {
  errors: A.SyntaxIssue[] = [];
  readonly source: string;
  /** What the nodes of this parse read their ranges through. */
  readonly origin: Origin;

  constructor(readonly lines: LineIndex) {
    this.source = lines.text;
    this.origin = new Origin(lines);
  }

  /** The errors reported since the last call, which starts a new list. */
  takeErrors(): A.SyntaxIssue[] {
    const errors = this.errors;
    this.errors = [];
    return errors;
  }

  error(message: string, offset: number, end: number): void {
    this.errors.push(new SyntaxIssue(this.origin, message, offset, end));
  }

  /** The run of prose made of `tokens` (in source order), or undefined when there are none. */
  run(tokens: readonly IToken[]): A.TextRun | undefined {
    return tokens.length ? proseRun(this.source, tokens, this.origin) : undefined;
  }

  /** A run of words taken from other runs (when a condition is split from a subject). */
  runOfWords(words: A.Word[]): A.TextRun | undefined {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return undefined;
    return Run.ofWords(this.origin, wordsText(words), words, first.offset, last.end);
  }

  /** An empty run where a text was expected but none was written. */
  emptyRun(offset: number, end: number): A.TextRun {
    return new Run(this.origin, '', [], offset, end);
  }

  /** A name as written: a word, or a quoted phrase without its quotes. */
  name(token: IToken): A.Name {
    const quoted = token.tokenType.name === 'StringLiteral';
    const text = quoted ? unquote(token.image).trim() : token.image;
    return new Name(this.origin, text, quoted, token.startOffset, endOf(token));
  }

  /** The name of what is missing, at `token` (a section or a header without its title). */
  missingName(token: IToken): A.Name {
    return new Name(this.origin, '', true, token.startOffset, endOf(token));
  }
}

function unquote(image: string): string {
  return image.replace(/^["“”‘]/, '').replace(/["“”’]$/, '');
}
