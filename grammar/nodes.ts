/**
 * The classes of the AST's nodes (their shapes are the interfaces of ast.ts). A node stores its
 * offsets; its LSP range is worked out from them when asked for, through the line index of the
 * document the node is in now. A 10,000-clause draft has some 60,000 nodes: stored ranges and their
 * positions were a fifth of its AST's memory, and most of them were never read.
 */
import type * as A from './ast.js';
import { intern } from './intern.js';
import type { LineIndex } from './line-index.js';

/**
 * The line index that nodes read their ranges through. One parse builds its nodes with one origin;
 * when a later version of the document reuses them (see parse.ts), their origin is pointed at the
 * new version's index.
 */
export class Origin {
  constructor(public lines: LineIndex) {}
}

/** Names of what nodes work out when asked (ranges, a run's words), for `toJSON`. */
const COMPUTED = ['range', 'numberRange', 'keywordRange', 'keyRange', 'words'] as const;

/**
 * Where a node keeps its origin: a symbol, so that JSON, `Object.keys` and walkers over a node's
 * fields pass it by.
 */
const ORIGIN = Symbol('origin');
/**
 * The length of a node's head, which starts where the node does (a clause's number, a qualifier's
 * keyword, a header field's key), for its range.
 */
const HEAD_LENGTH = Symbol('headLength');
/** Where a section's number starts, from the section's start. */
const NUMBER_FROM = Symbol('numberFrom');

/**
 * A span of the source. Its `range` is computed, not stored.
 *
 * Fields of the node classes are declared and assigned, never initialized in the class body:
 * TypeScript emits an initialized field (or a parameter property) as a definition, which V8 runs
 * through a keyed IC that the fifteen classes sharing this constructor turn megamorphic; a private
 * field was so slow that it cost a tenth of a parse.
 */
export abstract class Node implements A.Spanned {
  declare readonly [ORIGIN]: Origin;
  declare offset: number;
  declare end: number;

  constructor(origin: Origin, offset: number, end: number) {
    this.offset = offset;
    this.end = end;
    this[ORIGIN] = origin;
  }

  get range(): A.Range {
    return this[ORIGIN].lines.range(this.offset, this.end);
  }

  /** The range of `length` characters that start `from` characters into the node (a keyword, a number). */
  protected rangeWithin(from: number, length: number): A.Range {
    const start = this.offset + from;
    return this[ORIGIN].lines.range(start, start + length);
  }

  /** The origin, for a copy of the node. */
  protected get origin(): Origin {
    return this[ORIGIN];
  }

  /** Fields and ranges alike, as the interfaces have them. */
  toJSON(): Record<string, unknown> {
    const self = this as unknown as Record<string, unknown>;
    const json = { ...self };
    for (const name of COMPUTED) if (name in this) json[name] = self[name];
    return json;
  }
}

/**
 * The index a run stores for each kind of word (see `Run`). A record over `WordKind`, so that a
 * kind added to the AST does not compile until it has an index here.
 */
const KIND_INDEX: Readonly<Record<A.WordKind, number>> = {
  word: 0,
  number: 1,
  date: 2,
  string: 3,
  citation: 4,
  reference: 5,
  abbreviation: 6,
  punctuation: 7,
  symbol: 8,
  modal: 9,
  qualifier: 10,
  'list-intro': 11,
  not: 12,
};
/** The kinds of word, by their index. */
const WORD_KINDS: readonly A.WordKind[] = Object.entries(KIND_INDEX)
  .sort((a, b) => a[1] - b[1])
  .map(([kind]) => kind as A.WordKind);
/**
 * A word's kind is stored in the low bits of its place: `(offset from the run) * KINDS + kind`.
 * More than there are kinds, and a power of two so that a place fits in a UTF-16 code unit.
 */
const KINDS = 16;
/** Runs of up to this many words share their places with other runs with the same (see `intern`). */
const SHARED_PLACES = 8;
/** The places of a run fit in one UTF-16 code unit each while its words start this close to it. */
const SHORT_RUN = 0x10000 / KINDS;

/** The index `Run` stores for a kind of word. */
export function wordKindIndex(kind: A.WordKind): number {
  return KIND_INDEX[kind];
}

/**
 * A run of prose. Its words are not kept as objects, nor are their texts: a run keeps, per word, its
 * place (where it starts in the run, and its kind) and its length, and `words` and `wordTexts` read
 * the words out of the document's text when asked. A 10,000-clause draft has some 170,000 words; as
 * objects they were half of its tree's memory, and their texts a quarter of what was left, which the
 * garbage collector copied on every parse.
 *
 * Two UTF-16 code units per word, `place` then `length`, all in one string; an array of numbers
 * instead when a word starts 4,096 characters or more into the run (or is 65,536 long). Relative to
 * the run, the places stay right when the run moves (see shift.ts); the text is read through the
 * origin, which a reused run shares with the document it is in now.
 */
export class Run extends Node implements A.TextRun {
  declare text: string;
  /** Per word, `(offset - run offset) * KINDS + kind index` and then its length (see the class comment). */
  declare wordPlaces: string | readonly number[];

  /** `places` as `wordPlace` makes them, relative to `offset`, each followed by its word's length. */
  constructor(origin: Origin, text: string, places: readonly number[], offset: number, end: number) {
    super(origin, offset, end);
    this.text = text;
    if (!isShort(places)) this.wordPlaces = places;
    else {
      const string = String.fromCharCode(...places);
      // The places of a short run (a subject, a condition) repeat from clause to clause.
      this.wordPlaces = places.length <= 2 * SHARED_PLACES ? intern(string) : string;
    }
  }

  /** A run of `words` that already exist (taken from other runs of the same document). */
  static ofWords(origin: Origin, text: string, words: readonly A.Word[], offset: number, end: number): Run {
    const places: number[] = [];
    for (const w of words) places.push(wordPlace(w.offset - offset, KIND_INDEX[w.kind]), w.end - w.offset);
    return new Run(origin, text, places, offset, end);
  }

  /** A run of `words`, some of this run's, read through the same origin. */
  withWords(text: string, words: readonly A.Word[], offset: number, end: number): Run {
    return Run.ofWords(this.origin, text, words, offset, end);
  }

  /** As the interface has it: its words, not how it stores them. */
  override toJSON(): Record<string, unknown> {
    const json = super.toJSON();
    delete json.wordPlaces;
    return json;
  }

  /** The words, made anew on every call: read them once into a local. */
  get words(): A.Word[] {
    const places = this.wordPlaces;
    const source = this.origin.lines.text;
    const n = places.length / 2;
    const words = new Array<A.Word>(n);
    for (let i = 0; i < n; i++) {
      const offset = this.offset + wordFrom(places, i);
      const end = offset + wordLength(places, i);
      words[i] = { text: source.slice(offset, end), offset, end, kind: WORD_KINDS[wordKindAt(places, i)]! };
    }
    return words;
  }

  /** The words' texts, read anew on every call, without making the words. */
  get wordTexts(): string[] {
    const places = this.wordPlaces;
    const source = this.origin.lines.text;
    const n = places.length / 2;
    const texts = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const offset = this.offset + wordFrom(places, i);
      texts[i] = source.slice(offset, offset + wordLength(places, i));
    }
    return texts;
  }
}

/**
 * True when `run` holds a word of `kind`. A parsed run answers from its places, without making its
 * words: rules ask this of every run, and most hold no reference or quoted term.
 */
export function hasWordOf(run: A.TextRun, kind: A.WordKind): boolean {
  if (!(run instanceof Run)) return run.words.some((w) => w.kind === kind);
  const wanted = KIND_INDEX[kind];
  const places = run.wordPlaces;
  for (let i = 0; i < places.length / 2; i++) if (wordKindAt(places, i) === wanted) return true;
  return false;
}

/**
 * A run's words read one at a time without making them: from what a parsed run stores (see `Run`),
 * or from the words of a run made of words. For code that reads every word of many runs and keeps
 * none of them (a run's `words` makes each word an object, anew on every call). One reader serves
 * one run at a time: `read` points it at the next.
 */
export class WordReader {
  declare length: number;
  declare private places: string | readonly number[] | undefined;
  declare private words: readonly A.Word[] | undefined;
  declare private source: string;
  declare private base: number;

  constructor() {
    this.length = 0;
    this.places = undefined;
    this.words = undefined;
    this.source = '';
    this.base = 0;
  }

  /** Points the reader at `run`'s words. */
  read(run: A.TextRun): this {
    if (run instanceof Run) {
      this.places = run.wordPlaces;
      this.words = undefined;
      this.source = run[ORIGIN].lines.text;
      this.base = run.offset;
      this.length = run.wordPlaces.length / 2;
    } else {
      this.places = undefined;
      this.words = run.words;
      this.length = this.words.length;
    }
    return this;
  }

  kind(i: number): A.WordKind {
    if (this.places === undefined) return this.words![i]!.kind;
    return WORD_KINDS[wordKindAt(this.places, i)]!;
  }

  offset(i: number): number {
    if (this.places === undefined) return this.words![i]!.offset;
    return this.base + wordFrom(this.places, i);
  }

  end(i: number): number {
    if (this.places === undefined) return this.words![i]!.end;
    return this.offset(i) + wordLength(this.places, i);
  }

  /** The `k`th code unit of word `i` (NaN past its end), without reading the word out. */
  charCodeAt(i: number, k: number): number {
    if (this.places === undefined) return this.words![i]!.text.charCodeAt(k);
    return k < wordLength(this.places, i) ? this.source.charCodeAt(this.offset(i) + k) : NaN;
  }

  text(i: number): string {
    if (this.places === undefined) return this.words![i]!.text;
    const offset = this.offset(i);
    return this.source.slice(offset, offset + wordLength(this.places, i));
  }
}

/** Where word `i` of a run's `places` starts, counted from the run's start. */
function wordFrom(places: string | readonly number[], i: number): number {
  return Math.floor(stored(places, 2 * i) / KINDS);
}

/** The length of word `i` of a run's `places`. */
function wordLength(places: string | readonly number[], i: number): number {
  return stored(places, 2 * i + 1);
}

/** The index of the kind of word `i` of a run's `places` (see `KIND_INDEX`). */
function wordKindAt(places: string | readonly number[], i: number): number {
  return stored(places, 2 * i) % KINDS;
}

/** The `i`th number a run stores of its words (see `Run`), from either form. */
function stored(places: string | readonly number[], i: number): number {
  return typeof places === 'string' ? places.charCodeAt(i) : places[i]!;
}

/** True when every place and length of `places` fits in a UTF-16 code unit. */
function isShort(places: readonly number[]): boolean {
  for (const n of places) if (n >= SHORT_RUN * KINDS) return false;
  return true;
}

/** What a run stores of a word: where it starts, from the run's start, and its kind. */
export function wordPlace(fromRun: number, kindIndex: number): number {
  return fromRun * KINDS + kindIndex;
}

export class Name extends Node implements A.Name {
  declare text: string;
  declare quoted: boolean;

  constructor(origin: Origin, text: string, quoted: boolean, offset: number, end: number) {
    super(origin, offset, end);
    this.text = text;
    this.quoted = quoted;
  }
}

export class Comment extends Node implements A.Comment {
  declare readonly type: 'comment';
  declare text: string;

  constructor(origin: Origin, text: string, offset: number, end: number) {
    super(origin, offset, end);
    this.type = 'comment';
    this.text = text;
  }
}

export class SyntaxIssue extends Node implements A.SyntaxIssue {
  declare message: string;

  constructor(origin: Origin, message: string, offset: number, end: number) {
    super(origin, offset, end);
    this.message = message;
  }
}

export class Header extends Node implements A.Header {
  declare readonly type: 'header';
  declare title: A.Name;
  declare fields: A.HeaderField[];

  constructor(origin: Origin, title: A.Name, fields: A.HeaderField[], offset: number, end: number) {
    super(origin, offset, end);
    this.type = 'header';
    this.title = title;
    this.fields = fields;
  }
}

/** A date in a header field's value. */
export class HeaderDate extends Node implements A.HeaderDate {
  declare value: string;

  constructor(origin: Origin, value: string, offset: number) {
    super(origin, offset, offset + value.length);
    this.value = value;
  }
}

export class HeaderField extends Node implements A.HeaderField {
  declare readonly type: 'header-field';
  declare key: string;
  declare value: A.TextRun;
  declare dates: A.HeaderDate[];
  declare readonly [HEAD_LENGTH]: number;

  constructor(
    origin: Origin,
    key: string,
    keyLength: number,
    value: A.TextRun,
    dates: A.HeaderDate[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'header-field';
    this.key = key;
    this.value = value;
    this.dates = dates;
    this[HEAD_LENGTH] = keyLength;
  }

  get keyRange(): A.Range {
    return this.rangeWithin(0, this[HEAD_LENGTH]);
  }
}

export class Definition extends Node implements A.Definition {
  declare readonly type: 'definition';
  declare name: A.Name;
  declare kind: A.DefinitionKind;
  declare kindText: string;
  declare memberOf?: A.Name;
  declare longName?: A.Name;
  declare text?: A.TextRun;

  constructor(
    origin: Origin,
    name: A.Name,
    kind: A.DefinitionKind,
    kindText: string,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'definition';
    this.name = name;
    this.kind = kind;
    this.kindText = kindText;
  }
}

export class Section extends Node implements A.Section {
  declare readonly type: 'section';
  declare number: string;
  declare title: A.Name;
  declare depth: number;
  declare children: A.SectionChild[];
  declare readonly [NUMBER_FROM]: number;

  constructor(
    origin: Origin,
    number: string,
    numberFrom: number,
    title: A.Name,
    depth: number,
    children: A.SectionChild[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'section';
    this.number = number;
    this.title = title;
    this.depth = depth;
    this.children = children;
    this[NUMBER_FROM] = numberFrom;
  }

  get numberRange(): A.Range {
    return this.rangeWithin(this[NUMBER_FROM], this.number.length);
  }

  /** The same section with other children. */
  withChildren(children: A.SectionChild[]): Section {
    const { origin, number, title, depth, offset, end } = this;
    return new Section(origin, number, this[NUMBER_FROM], title, depth, children, offset, end);
  }
}

export class Note extends Node implements A.Note {
  declare readonly type: 'note';
  declare text: A.TextRun;

  constructor(origin: Origin, text: A.TextRun, offset: number, end: number) {
    super(origin, offset, end);
    this.type = 'note';
    this.text = text;
  }
}

export class Modal extends Node implements A.Modal {
  declare readonly type: 'modal';
  declare text: string;
  declare force: A.Force;
  declare negated: boolean;
  declare form: A.Modal['form'];

  constructor(
    origin: Origin,
    text: string,
    force: A.Force,
    negated: boolean,
    form: A.Modal['form'],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'modal';
    this.text = text;
    this.force = force;
    this.negated = negated;
    this.form = form;
  }
}

export class Qualifier extends Node implements A.Qualifier {
  declare readonly type: 'qualifier';
  declare keyword: string;
  declare kind: A.QualifierKind;
  declare position: 'pre' | 'post';
  declare condition?: A.TextRun;
  declare list?: A.List;
  declare readonly [HEAD_LENGTH]: number;

  constructor(
    origin: Origin,
    keyword: string,
    kind: A.QualifierKind,
    keywordLength: number,
    position: 'pre' | 'post',
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'qualifier';
    this.keyword = keyword;
    this.kind = kind;
    this.position = position;
    this[HEAD_LENGTH] = keywordLength;
  }

  get keywordRange(): A.Range {
    return this.rangeWithin(0, this[HEAD_LENGTH]);
  }
}

export class List extends Node implements A.List {
  declare readonly type: 'list';
  declare quantifier: 'any' | 'all' | undefined;
  declare items: A.ListItem[];
  declare intro?: string;

  constructor(
    origin: Origin,
    quantifier: 'any' | 'all' | undefined,
    items: A.ListItem[],
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'list';
    this.quantifier = quantifier;
    this.items = items;
  }
}

export class ListItem extends Node implements A.ListItem {
  declare readonly type: 'list-item';
  declare marker: string;
  declare text: A.TextRun;
  declare terminator: ';' | '.' | undefined;
  declare connective?: 'or' | 'and';

  constructor(
    origin: Origin,
    marker: string,
    text: A.TextRun,
    terminator: ';' | '.' | undefined,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'list-item';
    this.marker = marker;
    this.text = text;
    this.terminator = terminator;
  }
}

export class Sentence extends Node implements A.Sentence {
  declare readonly type: 'sentence';
  declare qualifiers: A.Qualifier[];
  declare terminated: boolean;
  declare preface?: A.TextRun;
  declare subject?: A.TextRun;
  declare modal?: A.Modal;
  declare action?: A.TextRun;
  declare actionList?: A.List;

  constructor(origin: Origin, qualifiers: A.Qualifier[], terminated: boolean, offset: number, end: number) {
    super(origin, offset, end);
    this.type = 'sentence';
    this.qualifiers = qualifiers;
    this.terminated = terminated;
  }
}

export class Clause extends Node implements A.Clause {
  declare readonly type: 'clause';
  declare number: string;
  declare sentence: A.Sentence;
  declare section?: string;
  declare readonly [HEAD_LENGTH]: number;

  constructor(
    origin: Origin,
    number: string,
    numberLength: number,
    sentence: A.Sentence,
    offset: number,
    end: number,
  ) {
    super(origin, offset, end);
    this.type = 'clause';
    this.number = number;
    this.sentence = sentence;
    // Set here, though only the document's assembly knows it: a field added to 10,000 clauses
    // afterwards costs each a separate property store.
    this.section = undefined;
    this[HEAD_LENGTH] = numberLength;
  }

  get numberRange(): A.Range {
    return this.rangeWithin(0, this[HEAD_LENGTH]);
  }
}

/** An item of a document's body, as the builder makes it. */
export type TopLevelNode = Definition | Section | Note | Clause;
