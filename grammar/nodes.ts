/**
 * The classes of the AST's nodes (their shapes are the interfaces of ast.ts). A node stores its
 * offsets; its LSP range is worked out from them when asked for, through the line index of the
 * document the node is in now. A 10,000-clause draft has some 60,000 nodes: stored ranges and their
 * positions were a fifth of its AST's memory, and most of them were never read.
 */
import type * as A from './ast.js';
import type { LineIndex } from './line-index.js';

/**
 * The line index that nodes read their ranges through. One parse builds its nodes with one origin;
 * when a later version of the document reuses them (see parse.ts), their origin is pointed at the
 * new version's index.
 */
export class Origin {
  constructor(public lines: LineIndex) {}
}

/** Names of the ranges that nodes work out when asked, for `toJSON`. */
const RANGES = ['range', 'numberRange', 'keywordRange', 'keyRange'] as const;

/** A span of the source. Its `range` is computed, not stored. */
export abstract class Node implements A.Spanned {
  readonly #origin: Origin;

  constructor(
    origin: Origin,
    public offset: number,
    public end: number,
  ) {
    this.#origin = origin;
  }

  get range(): A.Range {
    return this.#origin.lines.range(this.offset, this.end);
  }

  /** The range of `length` characters that start `from` characters into the node (a keyword, a number). */
  protected rangeWithin(from: number, length: number): A.Range {
    const start = this.offset + from;
    return this.#origin.lines.range(start, start + length);
  }

  /** The origin, for a copy of the node. */
  protected get origin(): Origin {
    return this.#origin;
  }

  /** Fields and ranges alike, as the interfaces have them. */
  toJSON(): Record<string, unknown> {
    const self = this as unknown as Record<string, unknown>;
    const json = { ...self };
    for (const name of RANGES) if (name in this) json[name] = self[name];
    return json;
  }
}

export class Run extends Node implements A.TextRun {
  constructor(
    origin: Origin,
    public text: string,
    public words: A.Word[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Name extends Node implements A.Name {
  constructor(
    origin: Origin,
    public text: string,
    public quoted: boolean,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Comment extends Node implements A.Comment {
  readonly type = 'comment';

  constructor(
    origin: Origin,
    public text: string,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class SyntaxIssue extends Node implements A.SyntaxIssue {
  constructor(
    origin: Origin,
    public message: string,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Header extends Node implements A.Header {
  readonly type = 'header';

  constructor(
    origin: Origin,
    public title: A.Name,
    public fields: A.HeaderField[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

/** A date in a header field's value. */
export class HeaderDate extends Node implements A.HeaderDate {
  constructor(
    origin: Origin,
    public value: string,
    offset: number,
  ) {
    super(origin, offset, offset + value.length);
  }
}

export class HeaderField extends Node implements A.HeaderField {
  readonly type = 'header-field';
  readonly #keyLength: number;

  constructor(
    origin: Origin,
    public key: string,
    keyLength: number,
    public value: A.TextRun,
    public dates: A.HeaderDate[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.#keyLength = keyLength;
  }

  get keyRange(): A.Range {
    return this.rangeWithin(0, this.#keyLength);
  }
}

export class Definition extends Node implements A.Definition {
  readonly type = 'definition';
  declare memberOf?: A.Name;
  declare longName?: A.Name;
  declare text?: A.TextRun;

  constructor(
    origin: Origin,
    public name: A.Name,
    public kind: A.DefinitionKind,
    public kindText: string,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Section extends Node implements A.Section {
  readonly type = 'section';
  readonly #numberFrom: number;

  constructor(
    origin: Origin,
    public number: string,
    /** Where the number starts, from the section's start. */
    numberFrom: number,
    public title: A.Name,
    public depth: number,
    public children: A.SectionChild[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.#numberFrom = numberFrom;
  }

  get numberRange(): A.Range {
    return this.rangeWithin(this.#numberFrom, this.number.length);
  }

  /** The same section with other children. */
  withChildren(children: A.SectionChild[]): Section {
    const { origin, number, title, depth, offset, end } = this;
    return new Section(origin, number, this.#numberFrom, title, depth, children, offset, end);
  }
}

export class Note extends Node implements A.Note {
  readonly type = 'note';

  constructor(
    origin: Origin,
    public text: A.TextRun,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Modal extends Node implements A.Modal {
  readonly type = 'modal';

  constructor(
    origin: Origin,
    public text: string,
    public force: A.Force,
    public negated: boolean,
    public form: A.Modal['form'],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Qualifier extends Node implements A.Qualifier {
  readonly type = 'qualifier';
  declare condition?: A.TextRun;
  declare list?: A.List;
  readonly #keywordLength: number;

  constructor(
    origin: Origin,
    public keyword: string,
    public kind: A.QualifierKind,
    keywordLength: number,
    public position: 'pre' | 'post',
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.#keywordLength = keywordLength;
  }

  get keywordRange(): A.Range {
    return this.rangeWithin(0, this.#keywordLength);
  }
}

export class List extends Node implements A.List {
  readonly type = 'list';
  declare intro?: string;

  constructor(
    origin: Origin,
    public quantifier: 'any' | 'all' | undefined,
    public items: A.ListItem[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class ListItem extends Node implements A.ListItem {
  readonly type = 'list-item';
  declare connective?: 'or' | 'and';

  constructor(
    origin: Origin,
    public marker: string,
    public text: A.TextRun,
    public terminator: ';' | '.' | undefined,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Sentence extends Node implements A.Sentence {
  readonly type = 'sentence';
  declare preface?: A.TextRun;
  declare subject?: A.TextRun;
  declare modal?: A.Modal;
  declare action?: A.TextRun;
  declare actionList?: A.List;

  constructor(
    origin: Origin,
    public qualifiers: A.Qualifier[],
    public terminated: boolean,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
  }
}

export class Clause extends Node implements A.Clause {
  readonly type = 'clause';
  declare section?: string;
  readonly #numberLength: number;

  constructor(
    origin: Origin,
    public number: string,
    numberLength: number,
    public sentence: A.Sentence,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.#numberLength = numberLength;
  }

  get numberRange(): A.Range {
    return this.rangeWithin(0, this.#numberLength);
  }
}

/** An item of a document's body, as the builder makes it. */
export type TopLevelNode = Definition | Section | Note | Clause;
