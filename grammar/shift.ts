/**
 * Moving part of an AST: a copy of a node whose offsets are `offsets` further on and whose lines
 * are `lines` further down. A chunk of a document parsed before is reused this way when an edit
 * above it moves it (see parse.ts). Chunks start at the start of a line, so no character within a
 * line moves. Nodes are only ever copied: the document the node came from keeps its own.
 *
 * A field added to the AST must be added here too: test/grammar/incremental.test.ts compares
 * documents parsed from their previous versions with fresh parses.
 */
import type * as A from './ast.js';

export class Shift {
  /** Moved positions by original, made when lines move (the builder shares positions). */
  private moved: Map<A.Position, A.Position> | undefined;

  constructor(
    readonly offsets: number,
    readonly lines: number,
  ) {}

  get none(): boolean {
    return this.offsets === 0 && this.lines === 0;
  }

  topLevel(node: A.TopLevel): A.TopLevel {
    switch (node.type) {
      case 'clause':
        return this.clause(node);
      case 'definition':
        return this.definition(node);
      case 'section':
        return {
          type: 'section',
          number: node.number,
          numberRange: this.range(node.numberRange),
          title: this.name(node.title),
          depth: node.depth,
          children: [],
          offset: node.offset + this.offsets,
          end: node.end + this.offsets,
          range: this.range(node.range),
        };
      case 'note':
        return {
          type: 'note',
          text: this.run(node.text),
          offset: node.offset + this.offsets,
          end: node.end + this.offsets,
          range: this.range(node.range),
        };
    }
  }

  comment(c: A.Comment): A.Comment {
    return {
      type: 'comment',
      text: c.text,
      offset: c.offset + this.offsets,
      end: c.end + this.offsets,
      range: this.range(c.range),
    };
  }

  issue(e: A.SyntaxIssue): A.SyntaxIssue {
    return {
      message: e.message,
      offset: e.offset + this.offsets,
      end: e.end + this.offsets,
      range: this.range(e.range),
    };
  }

  header(node: A.Header): A.Header {
    const spanned = <T extends A.Spanned>(n: T): T => ({
      ...n,
      offset: n.offset + this.offsets,
      end: n.end + this.offsets,
      range: this.range(n.range),
    });
    return {
      ...spanned(node),
      title: this.name(node.title),
      fields: node.fields.map((f) => ({
        ...spanned(f),
        keyRange: this.range(f.keyRange),
        value: this.run(f.value),
        dates: f.dates.map((d) => ({ ...d, range: this.range(d.range) })),
      })),
    };
  }

  // One object literal per node type, field for field in the builder's order: spreading nodes of
  // many shapes is several times slower.

  private clause(c: A.Clause): A.Clause {
    const out: A.Clause = {
      type: 'clause',
      number: c.number,
      numberRange: this.range(c.numberRange),
      sentence: this.sentence(c.sentence),
      offset: c.offset + this.offsets,
      end: c.end + this.offsets,
      range: this.range(c.range),
    };
    if (c.section !== undefined) out.section = c.section;
    return out;
  }

  private definition(d: A.Definition): A.Definition {
    const out: A.Definition = {
      type: 'definition',
      name: this.name(d.name),
      kind: d.kind,
      kindText: d.kindText,
      offset: d.offset + this.offsets,
      end: d.end + this.offsets,
      range: this.range(d.range),
    };
    if (d.memberOf) out.memberOf = this.name(d.memberOf);
    if (d.longName) out.longName = this.name(d.longName);
    if (d.text) out.text = this.run(d.text);
    return out;
  }

  private sentence(s: A.Sentence): A.Sentence {
    const out = { type: 'sentence' } as A.Sentence;
    if (s.preface) out.preface = this.run(s.preface);
    if (s.subject) out.subject = this.run(s.subject);
    if (s.modal) out.modal = this.modal(s.modal);
    if (s.action) out.action = this.run(s.action);
    if (s.actionList) out.actionList = this.list(s.actionList);
    const qualifiers: A.Qualifier[] = new Array(s.qualifiers.length);
    for (let i = 0; i < qualifiers.length; i++) qualifiers[i] = this.qualifier(s.qualifiers[i]!);
    out.qualifiers = qualifiers;
    out.terminated = s.terminated;
    out.offset = s.offset + this.offsets;
    out.end = s.end + this.offsets;
    out.range = this.range(s.range);
    return out;
  }

  private modal(m: A.Modal): A.Modal {
    return {
      type: 'modal',
      text: m.text,
      force: m.force,
      negated: m.negated,
      form: m.form,
      offset: m.offset + this.offsets,
      end: m.end + this.offsets,
      range: this.range(m.range),
    };
  }

  private qualifier(q: A.Qualifier): A.Qualifier {
    const out = {
      type: 'qualifier',
      keyword: q.keyword,
      kind: q.kind,
      keywordRange: this.range(q.keywordRange),
    } as A.Qualifier;
    if (q.condition) out.condition = this.run(q.condition);
    if (q.list) out.list = this.list(q.list);
    out.position = q.position;
    out.offset = q.offset + this.offsets;
    out.end = q.end + this.offsets;
    out.range = this.range(q.range);
    return out;
  }

  private list(list: A.List): A.List {
    const out = { type: 'list', quantifier: list.quantifier } as A.List;
    if (list.intro !== undefined) out.intro = list.intro;
    out.items = list.items.map((item) => this.item(item));
    out.offset = list.offset + this.offsets;
    out.end = list.end + this.offsets;
    out.range = this.range(list.range);
    return out;
  }

  private item(item: A.ListItem): A.ListItem {
    const out = { type: 'list-item', marker: item.marker, text: this.run(item.text) } as A.ListItem;
    if (item.connective) out.connective = item.connective;
    out.terminator = item.terminator;
    out.offset = item.offset + this.offsets;
    out.end = item.end + this.offsets;
    out.range = this.range(item.range);
    return out;
  }

  private name(n: A.Name): A.Name {
    return {
      text: n.text,
      quoted: n.quoted,
      offset: n.offset + this.offsets,
      end: n.end + this.offsets,
      range: this.range(n.range),
    };
  }

  private run(run: A.TextRun): A.TextRun {
    const words: A.Word[] = new Array(run.words.length);
    for (let i = 0; i < words.length; i++) {
      const w = run.words[i]!;
      words[i] = { text: w.text, offset: w.offset + this.offsets, end: w.end + this.offsets, kind: w.kind };
    }
    return {
      text: run.text,
      words,
      offset: run.offset + this.offsets,
      end: run.end + this.offsets,
      range: this.range(run.range),
    };
  }

  /** Ranges stay when no line moved (the builder shares them); moved positions stay shared. */
  range(range: A.Range): A.Range {
    if (this.lines === 0) return range;
    return { start: this.position(range.start), end: this.position(range.end) };
  }

  private position(p: A.Position): A.Position {
    const moved = (this.moved ??= new Map());
    let out = moved.get(p);
    if (!out) moved.set(p, (out = { line: p.line + this.lines, character: p.character }));
    return out;
  }
}
