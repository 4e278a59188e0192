/**
 * Moving part of an AST in place: its offsets `offsets` further on. A chunk of the previous version
 * of a document is reused this way when an edit above it moves it (see parse.ts); the previous
 * version is consumed, as in TypeScript's incremental parser, so nothing is copied and an edit
 * allocates next to nothing for the items it did not touch. Nodes work out their ranges from their
 * offsets through the line index of their document (nodes.ts), so there are no lines to move.
 *
 * Every node is reachable once from its chunk and is moved once. A node added to the AST must be
 * moved here too: test/grammar/incremental.test.ts compares documents parsed from their previous
 * versions with fresh parses.
 */
import type * as A from './ast.js';

export class Shift {
  constructor(readonly offsets: number) {}

  get none(): boolean {
    return this.offsets === 0;
  }

  topLevel(node: A.TopLevel): void {
    switch (node.type) {
      case 'clause':
        this.sentence(node.sentence);
        break;
      case 'definition':
        this.span(node.name);
        if (node.memberOf) this.span(node.memberOf);
        if (node.longName) this.span(node.longName);
        if (node.text) this.run(node.text);
        break;
      case 'section':
        this.span(node.title);
        break;
      case 'note':
        this.run(node.text);
        break;
    }
    this.span(node);
  }

  header(node: A.Header): void {
    this.span(node.title);
    for (const field of node.fields) {
      this.run(field.value);
      for (const date of field.dates) this.span(date);
      this.span(field);
    }
    this.span(node);
  }

  /** A node's own span: comments, syntax issues, names, and every node above. */
  span(node: A.Spanned): void {
    node.offset += this.offsets;
    node.end += this.offsets;
  }

  private sentence(s: A.Sentence): void {
    if (s.preface) this.run(s.preface);
    if (s.subject) this.run(s.subject);
    if (s.modal) this.span(s.modal);
    if (s.action) this.run(s.action);
    if (s.actionList) this.list(s.actionList);
    for (const q of s.qualifiers) {
      if (q.condition) this.run(q.condition);
      if (q.list) this.list(q.list);
      this.span(q);
    }
    this.span(s);
  }

  private list(list: A.List): void {
    for (const item of list.items) {
      this.run(item.text);
      this.span(item);
    }
    this.span(list);
  }

  /** A run's words are placed relative to it (see `Run`): they move with it. */
  private run(run: A.TextRun): void {
    this.span(run);
  }
}
