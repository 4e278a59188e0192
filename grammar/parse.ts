/**
 * `parse(text)`: lex, parse with recovery, and build the AST. It never throws on any input; every
 * problem becomes a `SyntaxIssue` with an exact range.
 */
import { Lexer, type CstNode, type IRecognitionException, type IToken } from 'chevrotain';
import type * as A from './ast.js';
import { AstBuilder } from './ast-builder.js';
import { startOf } from './cst.js';
import { LineIndex } from './line-index.js';
import { parser } from './parser.js';
import { allTokens, endOf } from './tokens.js';

/** The lexer, built once. Validations run in tests (see test/grammar), not on every start-up. */
export const lexer = new Lexer(allTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: true,
});

/** Parses a `.policy` text into its AST. */
export function parse(text: string): A.PolicyDocument {
  const lines = new LineIndex(text);
  const lexed = lexer.tokenize(text);
  parser.input = lexed.tokens;
  const cst = parser.document();
  const parseErrors = [...parser.errors];
  const builder = new AstBuilder(lines);
  const errors: A.SyntaxIssue[] = [];
  for (const e of lexed.errors) {
    errors.push({
      message: `unexpected character '${text.substr(e.offset, e.length)}'`,
      offset: e.offset,
      end: e.offset + e.length,
      range: lines.range(e.offset, e.offset + e.length),
    });
  }
  for (const e of parseErrors) errors.push(recognitionIssue(e, lines, text.length));
  builder.setParserErrors(errors.map((e) => e.offset));

  const doc: A.PolicyDocument = {
    type: 'document',
    text,
    lines,
    body: [],
    definitions: [],
    clauses: [],
    sections: [],
    notes: [],
    comments: ((lexed.groups.comments ?? []) as IToken[]).map((t) => ({
      type: 'comment',
      text: t.image.slice(2),
      offset: t.startOffset,
      end: endOf(t),
      range: lines.range(t.startOffset, endOf(t)),
    })),
    errors,
  };
  assemble(cst, builder, doc);
  errors.push(...builder.errors);
  doc.errors = dedupe(errors);
  return doc;
}

function assemble(cst: CstNode, builder: AstBuilder, doc: A.PolicyDocument): void {
  const headerNode = cst.children.header?.[0] as CstNode | undefined;
  const header = headerNode ? builder.header(headerNode) : undefined;
  if (header) doc.header = header;
  const stack: A.Section[] = [];
  const place = (node: A.SectionChild) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else doc.body.push(node);
  };
  let previous: string | undefined;
  for (const node of topLevelItems(cst)) {
    switch (node.name) {
      case 'definition': {
        const def = builder.definition(node);
        if (def) {
          doc.definitions.push(def);
          place(def);
        }
        break;
      }
      case 'section': {
        const section = builder.section(node);
        if (!section) break;
        while (stack.length && !section.number.startsWith(stack[stack.length - 1]!.number + '.')) stack.pop();
        place(section);
        stack.push(section);
        doc.sections.push(section);
        break;
      }
      case 'note': {
        const note = builder.note(node);
        doc.notes.push(note);
        place(note);
        break;
      }
      case 'clause': {
        const clause = builder.clause(node);
        if (!clause) break;
        const parent = stack[stack.length - 1];
        if (parent) clause.section = parent.number;
        doc.clauses.push(clause);
        place(clause);
        break;
      }
      case 'stray':
        builder.stray(node, previous);
        break;
    }
    previous = node.name;
  }
}

/**
 * The document's items (all but the header) in source order, without the ones error recovery left
 * empty. The parser files them by kind, each kind in source order, so they are merged, not sorted.
 */
function topLevelItems(cst: CstNode): CstNode[] {
  const lists: { nodes: CstNode[]; starts: number[]; next: number }[] = [];
  for (const key in cst.children) {
    if (key === 'header') continue;
    const nodes = cst.children[key] as CstNode[];
    lists.push({ nodes, starts: nodes.map(startOf), next: 0 });
  }
  const out: CstNode[] = [];
  for (;;) {
    let best: (typeof lists)[number] | undefined;
    for (const list of lists) {
      while (list.next < list.nodes.length && Number.isNaN(list.starts[list.next]!)) list.next++;
      if (list.next < list.nodes.length && (!best || list.starts[list.next]! < best.starts[best.next]!))
        best = list;
    }
    if (!best) return out;
    out.push(best.nodes[best.next++]!);
  }
}

function recognitionIssue(e: IRecognitionException, lines: LineIndex, length: number): A.SyntaxIssue {
  const token = e.token;
  const previous = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
  let offset: number;
  let end: number;
  const usable = (t: IToken | undefined): t is IToken =>
    !!t && Number.isFinite(t.startOffset) && t.tokenType?.name !== 'EOF';
  if (
    usable(token) &&
    (!usable(previous) || lines.position(token.startOffset).line === lines.position(endOf(previous) - 1).line)
  ) {
    offset = token.startOffset;
    end = endOf(token);
  } else if (usable(previous)) {
    offset = previous.startOffset;
    end = endOf(previous);
  } else {
    offset = end = length;
  }
  return { message: e.message, offset, end, range: lines.range(offset, end) };
}

/** One finding per line: recovery can report a broken clause more than once. */
function dedupe(errors: A.SyntaxIssue[]): A.SyntaxIssue[] {
  const seen = new Set<number>();
  return errors
    .sort((a, b) => a.offset - b.offset)
    .filter((e) => {
      if (seen.has(e.range.start.line)) return false;
      seen.add(e.range.start.line);
      return true;
    });
}
