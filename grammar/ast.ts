/**
 * The typed syntax tree of a `.policy` document. Every node has a source span: offsets into the
 * text (end exclusive) and the same span as an LSP range (0-based line, UTF-16 character), which
 * the parser's nodes work out when asked (nodes.ts). Nothing here depends on Chevrotain, LSP or
 * VS Code.
 */
import type { LineIndex } from './line-index.js';

/** A position as LSP has it: 0-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

/** A span of text; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** Anything with a place in the source. */
export interface Spanned {
  offset: number;
  end: number;
  readonly range: Range;
}

/** One token of prose, as the lexer saw it. */
export interface Word {
  text: string;
  offset: number;
  end: number;
  kind: WordKind;
}

export type WordKind =
  | 'word'
  | 'number'
  | 'date'
  | 'string'
  | 'citation'
  | 'reference'
  | 'abbreviation'
  | 'punctuation'
  | 'symbol'
  | 'modal'
  | 'qualifier'
  | 'list-intro'
  | 'not';

/**
 * A run of prose. `text` joins the words with single spaces where the source had blanks. A parsed
 * run makes its `words` anew on every read (it keeps where they are, not the objects, and reads
 * their texts from the document), so read them once into a local; `wordTexts` are their texts,
 * without making them, also anew on every read. `text` is kept: a rule that can ask it first
 * need not make the words at all.
 */
export interface TextRun extends Spanned {
  text: string;
  readonly words: Word[];
  readonly wordTexts: readonly string[];
}

/** A name as written: `MPD`, or a quoted phrase such as `"Chief of Police"` (quotes removed). */
export interface Name extends Spanned {
  text: string;
  quoted: boolean;
}

export interface Header extends Spanned {
  type: 'header';
  title: Name;
  fields: HeaderField[];
}

export interface HeaderField extends Spanned {
  type: 'header-field';
  key: string;
  readonly keyRange: Range;
  value: TextRun;
  /** ISO dates found in the value, in order. */
  dates: HeaderDate[];
}

/** An ISO date in a header field's value. */
export interface HeaderDate extends Spanned {
  value: string;
}

export type DefinitionKind =
  'agency' | 'member' | 'role' | 'authority' | 'immigration-authority' | 'term' | 'document';

export interface Definition extends Spanned {
  type: 'definition';
  name: Name;
  kind: DefinitionKind;
  /** The words of the kind as written (`member of MPD`), for messages and printing. */
  kindText: string;
  /** For `member of X`: X. */
  memberOf?: Name;
  longName?: Name;
  /** The definition text after `:`. */
  text?: TextRun;
}

export interface Section extends Spanned {
  type: 'section';
  number: string;
  readonly numberRange: Range;
  title: Name;
  /** Depth by number: `2` is 0, `2.3` is 1. */
  depth: number;
  children: SectionChild[];
}

export type SectionChild = Section | Clause | Note | Definition;

export interface Note extends Spanned {
  type: 'note';
  text: TextRun;
}

/** Obligation, prohibition, permission, recommendation or discouragement. */
export type Force = 'obligation' | 'prohibition' | 'permission' | 'recommendation' | 'discouragement';

export interface Modal extends Spanned {
  type: 'modal';
  /** The modal as written, whitespace collapsed: `shall not`, `Is required to`. */
  text: string;
  force: Force;
  negated: boolean;
  /** `No officer shall …`, `shall neither … nor …`. */
  form: 'plain' | 'no' | 'neither';
}

export type QualifierKind =
  | 'if'
  | 'only-if'
  | 'unless'
  | 'when'
  | 'except'
  | 'provided'
  | 'before'
  | 'after'
  | 'without'
  | 'solely'
  | 'purpose'
  | 'regardless'
  | 'only-with'
  | 'only-after';

export interface Qualifier extends Spanned {
  type: 'qualifier';
  /** The keyword as written, whitespace collapsed: `only if`, `When`. */
  keyword: string;
  kind: QualifierKind;
  readonly keywordRange: Range;
  condition?: TextRun;
  list?: List;
  /** Before the modal (`When …, an officer should …`) or after it. */
  position: 'pre' | 'post';
}

export interface List extends Spanned {
  type: 'list';
  /** `any` (or), `all` (and), or undefined when the draft does not say. */
  quantifier: 'any' | 'all' | undefined;
  /** The words that open the list as written (`any of:`, `the following circumstances:`), if any. */
  intro?: string;
  items: ListItem[];
}

export interface ListItem extends Spanned {
  type: 'list-item';
  marker: string;
  text: TextRun;
  connective?: 'or' | 'and';
  terminator: ';' | '.' | undefined;
}

export interface Sentence extends Spanned {
  type: 'sentence';
  /** A discourse adverb before the subject, kept for printing: `Therefore,`. */
  preface?: TextRun;
  /** Who must, may or must not act; for a statement, the whole text before any qualifier. */
  subject?: TextRun;
  modal?: Modal;
  action?: TextRun;
  /** A list that follows the action directly (`… under the following circumstances: 1. …`). */
  actionList?: List;
  qualifiers: Qualifier[];
  /** False when the sentence lacks its closing `.`. */
  terminated: boolean;
}

export interface Clause extends Spanned {
  type: 'clause';
  number: string;
  readonly numberRange: Range;
  sentence: Sentence;
  /** The number of the section that holds the clause, if any. */
  section?: string;
}

export interface Comment extends Spanned {
  type: 'comment';
  /** The text after `//`. */
  text: string;
}

/** A syntax error: where, and what a drafter should do. */
export interface SyntaxIssue extends Spanned {
  message: string;
}

export type TopLevel = Definition | Section | Clause | Note;

export interface PolicyDocument {
  type: 'document';
  text: string;
  lines: LineIndex;
  header?: Header;
  /** Top-level items in source order; sections hold their own children. */
  body: TopLevel[];
  /** Every definition, wherever it stands. */
  definitions: Definition[];
  /** Every clause, in source order. */
  clauses: Clause[];
  /** Every section, in source order (flattened). */
  sections: Section[];
  notes: Note[];
  comments: Comment[];
  errors: SyntaxIssue[];
}
