/**
 * `parse(text)`: lex, parse with recovery, and build the AST. It never throws on any input; every
 * problem becomes a `SyntaxIssue` with an exact range.
 *
 * A document is read in chunks, one per top-level item. A line that starts with a clause number,
 * `define`, `section` or `note:` starts a chunk, which runs to the next such line; the first chunk
 * also holds the header. Each chunk is lexed, parsed and built on its own, so nothing in one item
 * (a broken clause, an unclosed phrase, a citation wrapped over a line) can run on into the next,
 * and the garbage collector never holds the whole document's tokens and CST at once.
 *
 * Given the previous version of the document, `parse` reuses every chunk of unchanged text: it is
 * the same text, so it would lex, parse and build the same, only moved to its new place. An edit
 * costs the chunks it touches and the moving of those after it. The previous version is consumed:
 * its nodes are moved into the new one (see shift.ts).
 */
import type { CstNode, ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type * as A from './ast.js';
import { AstBuilder } from './ast-builder.js';
import { commonEnds } from './common-ends.js';
import { EMPTY } from './empty.js';
import { startOf } from './cst.js';
import { PolicyLexer } from './lexer.js';
import { LineIndex } from './line-index.js';
import { Comment, type Origin, SyntaxIssue, type TopLevelNode } from './nodes.js';
import { parser } from './parser.js';
import { Shift } from './shift.js';
import { followerNamedInMessage, inputFollowedBy } from './syntax-messages.js';
import { allTokens, endOf, HeaderKey, itemStartAt } from './tokens.js';

/** The lexer (see lexer.ts). */
export const lexer = new PolicyLexer(allTokens);

/**
 * The lexer for the chunks after the first, without header keys. A header key stands only after
 * `policy` or another key, with no other structure between; every chunk after the first starts
 * with structure (a clause number, `define`, `section`, `note:`), so one of them can hold a header
 * key only after a `policy` of its own. Leaving them out spares every lower-case word at a line
 * start the header key's test.
 */
const bodyLexer = new PolicyLexer(allTokens.filter((t) => t !== HeaderKey));

/** The lexer that reads `chunk` (which starts at `offset`) exactly as `lexer` would. */
export function lexerFor(chunk: string, offset: number): PolicyLexer {
  return offset === 0 || chunk.includes('policy') ? lexer : bodyLexer;
}

/** Where a chunk is: from a line start (or 0) to the next chunk's start (or the text's end). */
interface Place {
  offset: number;
  end: number;
}

/** What one chunk of a document became: built once, then reused by later versions, moved in place. */
interface Chunk extends Place {
  /** The image of the token after the chunk, when an error message names it. */
  follower: string | undefined;
  header?: A.Header;
  /**
   * Its first item, as built (a section without children). A chunk starts where an item does, so it
   * has one, bar recovery and the header: an item of its own rather than a list, for the 10,000
   * lists of one that a long draft would keep.
   */
  item: TopLevelNode | undefined;
  /** Its other items, if any (recovery can leave more than one). */
  more: TopLevelNode[];
  comments: A.Comment[];
  errors: A.SyntaxIssue[];
  /** What its nodes read their ranges through: the line index of the document it is in now. */
  origin: Origin;
}

/** The chunks of each parsed document, for parsing its next version. */
const chunksOf = new WeakMap<A.PolicyDocument, Chunk[]>();

/**
 * Parses a `.policy` text into its AST. With `previous`, the AST of an earlier version of the same
 * document, unchanged items are reused; the result is the same as without. `previous` is consumed:
 * its nodes may be moved into the new document, so it must not be read afterwards.
 */
export function parse(text: string, previous?: A.PolicyDocument): A.PolicyDocument {
  const lines = new LineIndex(text);
  const builder = new AstBuilder(lines);
  const old = previous && chunksOf.get(previous);
  const reuse = old && previous ? new Reuse(old, previous.text, text) : undefined;
  // Its chunks are about to move: nothing may reuse them from there again.
  if (previous) chunksOf.delete(previous);
  const chunks: Chunk[] = [];
  let place: Place = { offset: 0, end: text.length };
  for (let line = 1; line <= lines.lineCount; line++) {
    const next = line < lines.lineCount ? itemStartAt(text, lines.starts[line]!) : undefined;
    if (line < lines.lineCount && !next) continue;
    place.end = next ? lines.starts[line]! : text.length;
    const reused = reuse?.find(place, next);
    if (reused) reused.origin.lines = lines;
    chunks.push(reused ?? buildChunk(text, place, next, builder));
    place = { offset: place.end, end: text.length };
  }

  const doc: A.PolicyDocument = {
    type: 'document',
    text,
    lines,
    body: [],
    definitions: [],
    clauses: [],
    sections: [],
    notes: [],
    comments: [],
    errors: [],
  };
  for (const chunk of chunks) {
    for (const c of chunk.comments) doc.comments.push(c);
    for (const e of chunk.errors) doc.errors.push(e);
  }
  assemble(chunks, doc);
  doc.errors = dedupe(doc.errors);
  chunksOf.set(doc, chunks);
  return doc;
}

function buildChunk(text: string, place: Place, follower: IToken | undefined, builder: AstBuilder): Chunk {
  const { offset, end } = place;
  const origin = builder.origin;
  const source = text.slice(offset, end);
  const lexed = lexerFor(source, offset).tokenize(source);
  const tokens = lexed.tokens;
  // Offsets into the document. The lexer tracks start offsets only, so that is all there is to move.
  for (const t of tokens) t.startOffset += offset;
  const errors = lexed.errors.map((e) => lexingIssue(e, offset, text, origin));
  inputFollowedBy(follower);
  parser.input = tokens;
  const cst = parser.document();
  for (const e of parser.errors) errors.push(recognitionIssue(e, follower, origin, end));
  const named = followerNamedInMessage();
  inputFollowedBy(undefined);
  builder.setParserErrors(errors.map((e) => e.offset));
  const comments = ((lexed.groups.comments ?? []) as IToken[]).map((t) => {
    const from = t.startOffset + offset;
    return new Comment(origin, t.image.slice(2), from, from + t.image.length);
  });
  const headerNode = cst.children.header?.[0] as CstNode | undefined;
  const header = headerNode ? builder.header(headerNode) : undefined;
  const items: TopLevelNode[] = [];
  let previous: string | undefined;
  for (const node of topLevelItems(cst)) {
    let item: TopLevelNode | undefined;
    switch (node.name) {
      case 'definition':
        item = builder.definition(node);
        break;
      case 'section':
        item = builder.section(node);
        break;
      case 'note':
        item = builder.note(node);
        break;
      case 'clause':
        item = builder.clause(node);
        break;
      case 'stray':
        builder.stray(node, previous);
        break;
    }
    if (item) items.push(item);
    previous = node.name;
  }
  errors.push(...builder.takeErrors());
  const chunk: Chunk = {
    offset,
    end,
    origin,
    follower: named && follower ? follower.image : undefined,
    item: items[0],
    more: items.length > 1 ? items.slice(1) : NONE,
    comments: exact(comments),
    errors: exact(errors),
  };
  if (header) chunk.header = header;
  return chunk;
}

/**
 * Nothing, shared by every chunk without comments, errors or more items (most have none): the
 * shared empty list. A chunk's lists are made here and only read after.
 */
const NONE = EMPTY as never[];

/**
 * `list`, without the room to grow that pushing left in it (16 slots for one item): chunks are
 * kept, one per item of the document, for as long as the document is.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list.slice();
}

/**
 * Hands the chunk's items, in order, to `to`: a Shift moving them, or the Assembly placing them.
 * An object with a method rather than a callback, so that neither makes a closure per chunk.
 */
function eachItem(chunk: Chunk, to: { topLevel(item: TopLevelNode): void }): void {
  if (chunk.item) to.topLevel(chunk.item);
  for (const item of chunk.more) to.topLevel(item);
}

/**
 * Finds, for a chunk of the new text, the chunk of the previous version with the same text: one
 * before the edit (at the same place) or after it (moved by the change in length). The edit is
 * the span between the texts' common prefix and common suffix; a chunk touching it is built anew.
 */
class Reuse {
  private readonly prefix: number;
  private readonly suffixStart: number;
  private readonly delta: number;
  private next = 0;
  private shift: Shift | undefined;

  constructor(
    private readonly old: Chunk[],
    oldText: string,
    text: string,
  ) {
    const { prefix, suffix } = commonEnds(oldText, text);
    this.prefix = prefix;
    this.suffixStart = text.length - suffix;
    this.delta = text.length - oldText.length;
  }

  find(place: Place, follower: IToken | undefined): Chunk | undefined {
    let oldOffset: number;
    if (place.end <= this.prefix) oldOffset = place.offset;
    else if (place.offset >= this.suffixStart) oldOffset = place.offset - this.delta;
    else return undefined;
    const chunks = this.old;
    while (this.next < chunks.length && chunks[this.next]!.offset < oldOffset) this.next++;
    const candidate = chunks[this.next];
    // Both lie in the unchanged text, so the same start and length mean the same text.
    if (
      !candidate ||
      candidate.offset !== oldOffset ||
      candidate.end - candidate.offset !== place.end - place.offset
    )
      return undefined;
    if (candidate.follower !== undefined && candidate.follower !== follower?.image) return undefined;
    // Taken: it moves to `place` now, and its new offset could pass for the old offset of the next
    // chunk (when the edit's change in length is this chunk's length), so the search goes past it.
    this.next++;
    const offsets = place.offset - candidate.offset;
    // Every chunk after the edit moves by the same amount: one Shift moves them all.
    if (this.shift?.offsets !== offsets) this.shift = new Shift(offsets);
    return moved(candidate, place, this.shift);
  }
}

/** `chunk`, moved in place to `place`. */
function moved(chunk: Chunk, place: Place, shift: Shift): Chunk {
  if (!shift.none) {
    eachItem(chunk, shift);
    for (const c of chunk.comments) shift.span(c);
    for (const e of chunk.errors) shift.span(e);
    if (chunk.header) shift.header(chunk.header);
  }
  chunk.offset = place.offset;
  chunk.end = place.end;
  return chunk;
}

/**
 * Places the chunks' items in the document, nesting sections by number. The chunks keep their
 * sections childless, for the next version to reuse: the document gets a copy of each.
 */
function assemble(chunks: Chunk[], doc: A.PolicyDocument): void {
  const assembly = new Assembly(doc);
  for (const chunk of chunks) {
    if (chunk.header && !doc.header) doc.header = chunk.header;
    eachItem(chunk, assembly);
  }
}

/**
 * One document's assembly: the sections open at the current item. A class, not closures made per
 * parse, which V8 compiled again for every document.
 */
class Assembly {
  private readonly stack: A.Section[] = [];

  constructor(private readonly doc: A.PolicyDocument) {}

  /** Files `item` in the document, and places it in the section open at it. */
  topLevel(item: TopLevelNode): void {
    const doc = this.doc;
    const stack = this.stack;
    switch (item.type) {
      case 'definition':
        doc.definitions.push(item);
        this.place(item);
        break;
      case 'section': {
        const section = item.withChildren([]);
        while (stack.length && !section.number.startsWith(stack[stack.length - 1]!.number + '.')) stack.pop();
        this.place(section);
        stack.push(section);
        doc.sections.push(section);
        break;
      }
      case 'note':
        doc.notes.push(item);
        this.place(item);
        break;
      case 'clause': {
        // Assigned, never deleted (which would turn the clause into a dictionary): a reused
        // clause may have moved out of its section.
        item.section = stack[stack.length - 1]?.number;
        doc.clauses.push(item);
        this.place(item);
        break;
      }
    }
  }

  private place(node: A.SectionChild): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(node);
    else this.doc.body.push(node);
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

function lexingIssue(e: ILexingError, base: number, text: string, origin: Origin): A.SyntaxIssue {
  const offset = base + e.offset;
  const message = `unexpected character '${text.substr(offset, e.length)}'`;
  return new SyntaxIssue(origin, message, offset, offset + e.length);
}

/** Where a parser error goes: on the offending token, or after the last good one on its line. */
function recognitionIssue(
  e: IRecognitionException,
  follower: IToken | undefined,
  origin: Origin,
  length: number,
): A.SyntaxIssue {
  const lines = origin.lines;
  // The end of a chunk is the token that starts the next one.
  const token = e.token.tokenType?.name === 'EOF' && follower ? follower : e.token;
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
  return new SyntaxIssue(origin, e.message, offset, end);
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
