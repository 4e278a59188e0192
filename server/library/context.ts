/**
 * Where the cursor is, for completion (DESIGN §6): at a clause start, after `SUBJECT MODAL`, after
 * a qualifier, after `§`, or elsewhere in prose. The clause under the cursor is found by its
 * number line and parsed from there to the cursor, so the parser decides what a modal or a
 * qualifier is.
 */
import { parse, type Force, type QualifierKind, type Sentence } from '../../grammar/index.js';

/** What is being typed and where its replacement starts. */
interface Typed {
  /** Offset where the replaced text starts; the cursor is the end. */
  from: number;
  typed: string;
}

/** The completion context at a cursor. */
export type CompletionContext = { word: Typed } & (
  | { kind: 'none' }
  | { kind: 'prose' }
  | ({ kind: 'reference' } & Typed)
  | ({ kind: 'clause' } & Typed)
  | ({ kind: 'action'; subject: string; force: Force } & Typed)
  | ({ kind: 'condition'; keyword: string; qualifier: QualifierKind; clause?: Typed } & Typed)
  | ({ kind: 'definition-kind' } & Typed)
  | ({ kind: 'member-of'; name: string } & Typed)
);

/** `define NAME as` and what is typed after it: the kind of thing defined. */
const DEFINE_KIND = /^[ \t]*define[ \t]+(?:"[^"]*"|“[^”]*”|[^\s"“]+)[ \t]+as[ \t]+([a-z]*)$/i;
/** `define NAME as member of` and what is typed after it: the agency. */
const MEMBER_OF =
  /^[ \t]*define[ \t]+("[^"]*"|“[^”]*”|[^\s"“]+)[ \t]+as[ \t]+member[ \t]+of[ \t]+([\p{L}\p{N}'’-]*)$/iu;

const CLAUSE_LINE = /^[ \t]*(?:§[ \t\u00a0]*)?\d+(?:\.\d+)+(?=[ \t\u00a0]|$)/;
const BLOCK_LINE = /^[ \t]*(?:section[ \t]+\d|define[ \t]|note:|policy[ \t]|\/\/)/i;
const MAX_CLAUSE_LINES = 60;

/** The completion context at `offset` in `text`. */
export function findContext(text: string, offset: number): CompletionContext {
  const lineStart = lineStartOf(text, offset);
  const linePrefix = text.slice(lineStart, offset);
  const wordMatch = /[\p{L}\p{N}'’-]*$/u.exec(linePrefix)![0];
  const word = { from: offset - wordMatch.length, typed: wordMatch };
  if (/(?:^|\s)\/\//.test(linePrefix) || inString(linePrefix)) return { kind: 'none', word };
  const member = MEMBER_OF.exec(linePrefix);
  if (member) {
    const name = member[1]!.replace(/^["“]|["”]$/g, '');
    return { kind: 'member-of', name, from: offset - member[2]!.length, typed: member[2]!, word };
  }
  const kind = DEFINE_KIND.exec(linePrefix);
  if (kind) return { kind: 'definition-kind', from: offset - kind[1]!.length, typed: kind[1]!, word };
  const ref = /§[ \t\u00a0]?([0-9.]*)$/.exec(linePrefix);
  if (ref) return { kind: 'reference', from: offset - ref[1]!.length, typed: ref[1]!, word };
  const clauseStart = findClauseStart(text, lineStart);
  if (clauseStart === undefined) return { kind: 'prose', word };
  // Before the end of the clause number (in it, or in the blanks before it) nothing completes.
  const number = CLAUSE_LINE.exec(text.slice(clauseStart, offset));
  if (!number || offset <= clauseStart + number[0].length) return { kind: 'none', word };
  return clauseContext(text.slice(clauseStart, offset), clauseStart, offset, word);
}

function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Inside a quoted string on this line (a section title, a defined phrase). */
function inString(linePrefix: string): boolean {
  return (
    (linePrefix.match(/"/g)?.length ?? 0) % 2 === 1 ||
    (linePrefix.match(/“/g)?.length ?? 0) > (linePrefix.match(/”/g)?.length ?? 0)
  );
}

/** The offset of the line holding the number of the clause the cursor line belongs to. */
function findClauseStart(text: string, lineStart: number): number | undefined {
  let start = lineStart;
  for (let i = 0; i < MAX_CLAUSE_LINES; i++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (CLAUSE_LINE.test(line)) return start;
    if (BLOCK_LINE.test(line) && !/^\s*\/\//.test(line)) return undefined;
    if (start === 0) return undefined;
    start = lineStartOf(text, start - 1);
  }
  return undefined;
}

function clauseContext(snippet: string, base: number, offset: number, word: Typed): CompletionContext {
  const clause = parse(snippet).clauses[0];
  if (!clause) return { kind: 'prose', word };
  const s = clause.sentence;
  if (s.terminated) return { kind: 'none', word };
  const typedFrom = (from: number | undefined): Typed => {
    const at = from === undefined ? offset : base + from;
    return { from: at, typed: snippet.slice(at - base) };
  };
  const q = s.qualifiers[s.qualifiers.length - 1];
  const open = q && (q.position === 'post' || (!s.modal && !s.subject));
  if (q && open) {
    const qualifier = { keyword: q.keyword.toLowerCase().replace(/\s+/g, ' '), qualifier: q.kind };
    if (q.list) {
      const item = q.list.items[q.list.items.length - 1];
      if (!item || item.terminator) return { kind: 'prose', word };
      return {
        kind: 'condition',
        ...qualifier,
        ...typedFrom(item.text.text ? item.text.offset : undefined),
        word,
      };
    }
    // A leading qualifier ("When time…") may also begin a whole library clause.
    const clause = q.position === 'pre' ? { clause: typedFrom(q.offset) } : {};
    return { kind: 'condition', ...qualifier, ...typedFrom(q.condition?.offset), ...clause, word };
  }
  if (s.modal) {
    if (s.actionList) return { kind: 'prose', word };
    return {
      kind: 'action',
      subject: s.subject?.text ?? '',
      force: s.modal.force,
      ...typedFrom(s.action?.offset),
      word,
    };
  }
  return { kind: 'clause', ...typedFrom(firstWord(s)), word };
}

function firstWord(s: Sentence): number | undefined {
  return s.preface?.offset ?? s.subject?.offset;
}
