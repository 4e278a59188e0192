/**
 * Prints an AST as canonical text: two-space indentation by section depth, continuation lines
 * indented four more, one qualifier per continuation line after the modal, list items on their own
 * lines, prose wrapped at 100 columns. `parse(print(doc))` has the same AST as `doc`.
 */
import type * as A from './ast.js';
import { lastItem } from './ast-sentence.js';
import { endsWithOwnStop } from './text-run.js';
import { startsStructurally } from './tokens.js';

/** Printer options. */
export interface PrintOptions {
  width: number;
  eol: '\n' | '\r\n';
}

/** A piece of text that cannot be split; `glue` means no blank before it in the source. */
interface Atom {
  text: string;
  glue: boolean;
}

const DEFAULTS: PrintOptions = { width: 100, eol: '\n' };

function atoms(run: A.TextRun | undefined): Atom[] {
  if (!run) return [];
  let previousEnd = -1;
  return run.words.map((w) => {
    // A comma that opens a run ("may, upon request, share …") stays on the word before it, and so
    // does the colon of "Officers shall: a. …".
    const glue =
      previousEnd >= 0 ? w.offset === previousEnd : w.text === ',' || w.text === ';' || w.text === ':';
    const atom = { text: w.text.replace(/\s+/g, ' '), glue };
    previousEnd = w.end;
    return atom;
  });
}

const plain = (...texts: string[]): Atom[] => texts.filter((t) => t).map((text) => ({ text, glue: false }));
const glued = (text: string): Atom => ({ text, glue: true });
const quote = (name: A.Name): string => (name.quoted ? `"${name.text}"` : name.text);

/** A comment that is a `redline-disable-line` directive (see server/analysis/suppress.ts). */
const DISABLE_LINE = /^\/\/\s*redline-disable-line\b/;
/** A comment that is a `redline-disable-next-line` directive. */
const DISABLE_NEXT_LINE = /^\/\/\s*redline-disable-next-line\b/;

/**
 * Greedy wrap: `first` starts the first line, `indent` starts every other one. A line never begins
 * with something that would read as structure (a clause number, `define`, a list marker…).
 */
export function wrap(items: Atom[], first: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = first;
  let lineHasContent = false;
  for (let i = 0; i < items.length; i++) {
    const atom = items[i]!;
    const separator = atom.glue || !lineHasContent ? '' : ' ';
    const fits = line.length + separator.length + atom.text.length <= width;
    if (!atom.glue && lineHasContent && !fits && !startsStructurally(lookahead(items, i))) {
      lines.push(line);
      line = indent + atom.text;
    } else {
      line += separator + atom.text;
    }
    lineHasContent = true;
  }
  lines.push(line);
  return lines;
}

function lookahead(items: Atom[], from: number): string {
  let text = '';
  for (let i = from; i < items.length && i < from + 6; i++)
    text += (i > from && !items[i]!.glue ? ' ' : '') + items[i]!.text;
  return text + (from + 6 >= items.length ? '\n' : '');
}

class Printer {
  readonly out: string[] = [];
  private commentIndex = 0;

  constructor(
    private readonly doc: A.PolicyDocument,
    private readonly options: PrintOptions,
  ) {}

  /** Comments that stand on their own lines before `offset`. */
  leadingComments(offset: number, indent: string): void {
    const comments = this.doc.comments;
    while (this.commentIndex < comments.length && comments[this.commentIndex]!.offset < offset) {
      const comment = comments[this.commentIndex++]!;
      if (this.printed.has(comment)) continue;
      this.out.push(`${indent}//${comment.text.trimEnd()}`);
      // A blank line after a comment block in the source (a file's opening note) is kept.
      const nextLine = comment.range.start.line + 1;
      if (nextLine < this.doc.lines.lineCount && this.doc.lines.lineText(nextLine).trim() === '')
        this.out.push('');
    }
  }

  /**
   * `redline-disable-next-line` directives on lines of their own inside `node` (between two lines
   * of a wrapped clause), printed before it: its lines are joined anew, so the line after the
   * directive may be no line of its own any more, and at the end of the clause the directive would
   * silence the next item instead. Before the item it silences the whole item, what it silenced
   * included (probe round 15).
   */
  innerDirectives(node: A.Spanned, indent: string): void {
    const comments = this.doc.comments;
    for (let i = this.commentIndex; i < comments.length && comments[i]!.offset < node.end; i++) {
      const comment = comments[i]!;
      const text = `//${comment.text.trimEnd()}`;
      if (!DISABLE_NEXT_LINE.test(text) || !this.ownLine(comment)) continue;
      this.out.push(`${indent}${text}`);
      this.printed.add(comment);
    }
  }

  /** Comments printed ahead of where they stood (see `innerDirectives`). */
  private readonly printed = new Set<A.Comment>();

  /** Whether only blanks stand before `comment` on its line. */
  private ownLine(comment: A.Comment): boolean {
    const line = this.doc.lines.lineText(comment.range.start.line);
    return line.slice(0, comment.range.start.character).trim() === '';
  }

  /**
   * Comments after code on the lines of `node`: kept at the end of its last printed line, but for a
   * `redline-disable-line` directive, at the end of its first (`first`, the index of that line in
   * the output): the directive silences its own line and the item that starts there, so on a later
   * line of a wrapped clause it would no longer silence what it did.
   */
  trailingComments(node: A.Spanned, first = this.out.length - 1): void {
    const comments = this.doc.comments;
    const trailing: string[] = [];
    const onFirst: string[] = [];
    while (
      this.commentIndex < comments.length &&
      comments[this.commentIndex]!.range.start.line <= node.range.end.line &&
      comments[this.commentIndex]!.offset >= node.offset
    ) {
      const comment = comments[this.commentIndex++]!;
      if (this.printed.has(comment)) continue;
      const text = `//${comment.text.trimEnd()}`;
      (DISABLE_LINE.test(text) ? onFirst : trailing).push(text);
    }
    if (onFirst.length) this.out[first] = `${this.out[first]} ${onFirst.join(' ')}`;
    if (!trailing.length) return;
    const last = this.out.length - 1;
    this.out[last] = `${this.out[last]} ${trailing.join(' ')}`;
  }

  header(header: A.Header): void {
    this.leadingComments(header.offset, '');
    this.out.push(`policy ${quote(header.title)}`);
    for (const field of header.fields) {
      this.leadingComments(field.offset, '  ');
      this.out.push(...wrap(atoms(field.value), `  ${field.key}: `, '      ', this.options.width));
      this.trailingComments(field);
    }
  }

  item(node: A.TopLevel, indent: string): void {
    const startsGroup =
      node.type === 'section' || (node.type !== this.previousType && this.previousType !== 'section-start');
    if (startsGroup && this.out.length && this.out[this.out.length - 1] !== '') this.out.push('');
    this.previousType = node.type;
    this.leadingComments(node.offset, indent);
    if (node.type !== 'section') this.innerDirectives(node, indent);
    const first = this.out.length;
    switch (node.type) {
      case 'definition':
        this.definition(node, indent);
        break;
      case 'note':
        this.out.push(...wrap(atoms(node.text), `${indent}note: `, `${indent}      `, this.options.width));
        break;
      case 'clause':
        this.clause(node, indent);
        break;
      case 'section':
        this.out.push(`${indent}section ${node.number} ${quote(node.title)}`);
        this.trailingComments(node);
        this.previousType = 'section-start';
        for (const child of node.children) this.item(child, indent + '  ');
        this.previousType = 'section-end';
        return;
    }
    this.trailingComments(node, first);
  }

  private previousType: string | undefined;

  definition(def: A.Definition, indent: string): void {
    const kind = def.kind === 'member' && def.memberOf ? `member of ${quote(def.memberOf)}` : def.kindText;
    const head = plain('define', quote(def.name), 'as', kind, def.longName ? quote(def.longName) : '');
    const body = def.text ? [glued(':'), ...atoms(def.text)] : [];
    this.out.push(...wrap([...head, ...body, glued('.')], indent, indent + '    ', this.options.width));
  }

  clause(clause: A.Clause, indent: string): void {
    const s = clause.sentence;
    const cont = indent + '    ';
    const lead: Atom[] = [];
    lead.push(...atoms(s.preface));
    if (s.modal?.form === 'no') lead.push(...plain('No'));
    const pre = s.qualifiers.filter((q) => q.position === 'pre');
    // A condition set off by commas between the modal and the action ("may, upon request, notify
    // ICE …") stays there: after the action, "upon request" would be words of the action.
    const action = s.action;
    const inserted = s.qualifiers.filter((q) => q.position === 'post' && action && q.offset < action.offset);
    const post = s.qualifiers.filter((q) => q.position === 'post' && !inserted.includes(q));
    const pieces: (A.Qualifier | A.TextRun)[] = [...pre, ...(s.subject ? [s.subject] : [])].sort(
      (a, b) => a.offset - b.offset,
    );
    // A list can only close the text before the modal (its last item would swallow what follows).
    let leadList: A.List | undefined;
    pieces.forEach((piece, i) => {
      if ('type' in piece && piece.type === 'qualifier') {
        lead.push(...plain(piece.keyword), ...atoms(piece.condition));
        if (piece.list) {
          lead.push(...plain(piece.list.intro ?? ''));
          leadList = piece.list;
        }
        const next = pieces[i + 1];
        if (s.modal && next && !('type' in next) && piece.offset < next.offset && i === pieces.length - 2)
          lead.push(glued(','));
      } else {
        lead.push(...atoms(piece as A.TextRun));
      }
    });
    if (s.modal) {
      lead.push(...plain(s.modal.text, s.modal.form === 'neither' ? 'neither' : ''));
      for (const q of inserted) lead.push(glued(','), ...plain(q.keyword), ...atoms(q.condition), glued(','));
      lead.push(...atoms(s.action));
    }
    const trailingList = s.actionList;
    if (trailingList?.intro) lead.push(...plain(trailingList.intro));
    const end = s.terminated && !endsWithList(s) && !endsWithOwnStopWord(s) ? [glued('.')] : [];
    const lastLine = post.length === 0 && !trailingList;
    const firstPrefix = `${indent}${clause.number} `;
    this.out.push(...wrap(lastLine ? [...lead, ...end] : lead, firstPrefix, cont, this.options.width));
    if (leadList) this.list(leadList, cont + '  ');
    if (trailingList) this.list(trailingList, cont + '  ');
    post.forEach((q, i) => {
      const isLast = i === post.length - 1;
      const line = [
        ...plain(q.keyword),
        ...atoms(q.condition),
        ...(q.list?.intro ? plain(q.list.intro) : []),
      ];
      const tail = isLast && !q.list ? end : [];
      this.out.push(...wrap([...line, ...tail], cont, cont + '  ', this.options.width));
      if (q.list) this.list(q.list, cont + '  ');
    });
  }

  list(list: A.List, indent: string): void {
    for (const item of list.items) {
      this.leadingComments(item.offset, indent);
      const tail: Atom[] = [];
      if (item.terminator) tail.push(glued(item.terminator));
      if (item.connective) tail.push(...plain(item.connective));
      const prefix = `${indent}${item.marker} `;
      this.out.push(
        ...wrap([...atoms(item.text), ...tail], prefix, ' '.repeat(prefix.length), this.options.width),
      );
    }
  }
}

function endsWithList(s: A.Sentence): boolean {
  return lastItem(s.actionList, s.qualifiers)?.terminator === '.';
}

/** Whether the sentence's last word holds its full stop (see `endsWithOwnStop`). */
function endsWithOwnStopWord(s: A.Sentence): boolean {
  // The last list item too: "… only if any of: a. e.g." ends on the abbreviation's stop.
  const runs = [
    s.subject,
    s.action,
    ...s.qualifiers.map((q) => q.condition),
    lastItem(s.actionList, s.qualifiers)?.text,
  ].filter((r): r is A.TextRun => !!r);
  const last = runs.sort((a, b) => b.end - a.end)[0];
  const word = last?.words[last.words.length - 1];
  return !!word && word.end >= s.end && endsWithOwnStop(word.kind, word.text);
}

/** Prints `doc` canonically. */
export function print(doc: A.PolicyDocument, options: Partial<PrintOptions> = {}): string {
  const printer = new Printer(doc, { ...DEFAULTS, ...options });
  if (doc.header) printer.header(doc.header);
  for (const node of doc.body) printer.item(node, '');
  printer.leadingComments(Number.POSITIVE_INFINITY, '');
  const eol = options.eol ?? DEFAULTS.eol;
  while (printer.out.length && printer.out[printer.out.length - 1] === '') printer.out.pop();
  return printer.out.join(eol).replace(/[ \t]+$/gm, '') + eol;
}
