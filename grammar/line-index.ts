/**
 * Converts between string offsets and LSP positions (0-based line, UTF-16 character). Lines end
 * at `\n`, `\r\n` or a lone `\r`, as in the LSP specification.
 */
import type { Position, Range } from './ast.js';

/** How far `lineOf` walks from the last line it found before it searches. */
const NEARBY_LINES = 4;

/** Line starts of one text, for offset ↔ position conversion by binary search. */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const hasCR = text.includes('\r');
    if (!hasCR) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10) {
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of `offset`, clamped to the text. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - (this.starts[line] as number) };
  }

  /**
   * The line of the last lookup. Whoever reads the ranges of a whole document's nodes in order (the
   * facts for the editor, the findings of a run) asks for offsets near the last one, a line or two
   * either way, so a short walk from it finds most lines without the binary search.
   */
  #lastLine = 0;

  /** The line of `offset` (not clamped). */
  lineOf(offset: number): number {
    const starts = this.starts;
    let line = this.#lastLine;
    if ((starts[line] as number) <= offset) {
      for (let step = 0; step < NEARBY_LINES; step++) {
        const next = starts[line + 1];
        if (next === undefined || offset < next) return (this.#lastLine = line);
        line++;
      }
    } else {
      for (let step = 0; step < NEARBY_LINES && line > 0; step++) {
        line--;
        if ((starts[line] as number) <= offset) return (this.#lastLine = line);
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.#lastLine = low);
  }

  /** The range from `start` (inclusive) to `end` (exclusive). */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset of `position`, clamped to its line. */
  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line] as number;
    const next =
      position.line + 1 < this.starts.length ? (this.starts[position.line + 1] as number) : this.text.length;
    let lineEnd = next;
    while (
      lineEnd > start &&
      (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)
    )
      lineEnd--;
    return Math.min(start + Math.max(0, position.character), lineEnd);
  }

  /** The text of line `line`, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line];
    if (start === undefined) return '';
    return this.text.slice(start, this.offset({ line, character: Number.MAX_SAFE_INTEGER }));
  }
}
