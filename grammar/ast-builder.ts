/**
 * Builds the typed AST from Chevrotain's concrete syntax tree. It also reports the errors that a
 * context-free grammar cannot see: unknown header fields, bad dates, unknown definition kinds,
 * text outside any clause, a missing closing period. The header and definitions are read in
 * ast-declarations.ts, a clause's sentence in ast-sentence.ts.
 */
import type { CstNode } from 'chevrotain';
import type * as A from './ast.js';
import { definition, header } from './ast-declarations.js';
import { AstContext } from './ast-context.js';
import { sentence } from './ast-sentence.js';
import { firstToken, real, tokensOf } from './cst.js';
import type { LineIndex } from './line-index.js';
import { Clause, type Definition, Note, type Origin, Section } from './nodes.js';
import { parser } from './parser.js';
import { endOf } from './tokens.js';

/** Builds one document's AST; `errors` collects what the grammar alone could not report. */
export class AstBuilder extends parser.getBaseCstVisitorConstructorWithDefaults() {
  private readonly ctx: AstContext;
  /** Where the parser already reported an error, in order; a clause holding one gets no second finding. */
  private parserErrorOffsets: number[] = [];

  constructor(lines: LineIndex) {
    super();
    this.ctx = new AstContext(lines);
  }

  /** What the nodes built so far read their ranges through. */
  get origin(): Origin {
    return this.ctx.origin;
  }

  /** The errors found since the last call. */
  takeErrors(): A.SyntaxIssue[] {
    return this.ctx.takeErrors();
  }

  /** Tells the builder where the lexer and parser found errors. */
  setParserErrors(offsets: number[]): void {
    this.parserErrorOffsets = [...offsets].sort((a, b) => a - b);
  }

  header(node: CstNode): A.Header | undefined {
    return header(this.ctx, node);
  }

  definition(node: CstNode): Definition | undefined {
    return definition(this.ctx, node);
  }

  section(node: CstNode): Section | undefined {
    const kw = firstToken(node, 'SectionKw');
    const number = firstToken(node, 'NumberLiteral');
    const title = firstToken(node, 'StringLiteral');
    if (!kw || !number || !real(number)) return undefined;
    const offset = kw.startOffset;
    const end = endOf(title && real(title) ? title : number);
    const name = title && real(title) ? this.ctx.name(title) : this.ctx.missingName(number);
    const depth = number.image.split('.').length - 1;
    const numberFrom = number.startOffset - offset;
    return new Section(this.ctx.origin, number.image, numberFrom, name, depth, [], offset, end);
  }

  note(node: CstNode): Note {
    const kw = firstToken(node, 'NoteKw')!; // a note node always starts with its keyword
    const tokens = tokensOf(node).filter((t) => t !== kw);
    const text = this.ctx.run(tokens) ?? this.ctx.emptyRun(endOf(kw), endOf(kw));
    return new Note(this.ctx.origin, text, kw.startOffset, text.end);
  }

  clause(node: CstNode): Clause | undefined {
    const numberToken = firstToken(node, 'ClauseNumber');
    const sentenceNode = node.children.sentence?.[0] as CstNode | undefined;
    if (!numberToken || !sentenceNode) return undefined;
    const number = clauseNumber(numberToken.image);
    const built = sentence(this.ctx, sentenceNode, numberToken);
    const offset = numberToken.startOffset;
    if (!built.terminated && !this.parserErrorWithin(offset, built.end + 1)) {
      this.ctx.error(`expected '.' to end clause ${number}`, built.end, built.end);
    }
    const end = Math.max(built.end, endOf(numberToken));
    const numberLength = numberToken.image.length;
    return new Clause(this.ctx.origin, number, numberLength, built, offset, end);
  }

  /** True when the parser reported an error at an offset in [from, to]. */
  private parserErrorWithin(from: number, to: number): boolean {
    const offsets = this.parserErrorOffsets;
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low < offsets.length && offsets[low]! <= to;
  }

  /** Text outside any clause: say what the drafter most likely meant. */
  stray(node: CstNode, previous: string | undefined): void {
    const tokens = tokensOf(node);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) return;
    const lines = this.ctx.lines;
    const firstLine = lines.position(first.startOffset).line;
    const lineEnd = tokens.filter((t) => lines.position(t.startOffset).line === firstLine);
    const end = endOf(lineEnd[lineEnd.length - 1]!);
    const quoted = `'${tokens
      .slice(0, 4)
      .map((t) => t.image)
      .join(' ')}${tokens.length > 4 ? ' …' : ''}'`;
    let message: string;
    if (first.tokenType.name === 'ListMarker')
      message = `list item ${first.image} must follow a qualifier list such as 'only if any of:'`;
    else if (previous === 'clause')
      message = `a clause holds one sentence: give ${quoted} its own clause number`;
    else if (previous === 'definition')
      message = `a definition holds one sentence: start ${quoted} on a new line with a clause number or 'define'`;
    else if (previous === undefined && /^[a-z][a-z-]*\s*:$/.test(first.image + (tokens[1]?.image ?? '')))
      message = `header fields must follow the policy title line: policy "TITLE"`;
    else message = `text outside any clause: start ${quoted} with a clause number such as 2.1`;
    this.ctx.error(message, first.startOffset, end);
  }
}

/** `§ 2.1.` is clause `2.1`. */
function clauseNumber(image: string): string {
  // Most numbers are already bare: no replacement (and no new string) for them.
  if (image.charCodeAt(0) !== 0xa7 && image.charCodeAt(image.length - 1) !== 46) return image;
  return image.replace(/^§\s*/, '').replace(/\.$/, '');
}
