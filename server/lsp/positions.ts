/**
 * LSP positions of an analysed text, derived when a provider answers: facts keep the offset where
 * each line of their text starts instead of a range on every span, so a range is exact for the
 * version the facts belong to, whatever the document has become since (workspace diagnostics and
 * symbols answer from older facts, and from files that are not open).
 */
import type { Position, Range } from 'vscode-languageserver';
import type { DocumentFacts, Span } from './document-facts.js';

/** What positions are derived from. */
export type Lines = Pick<DocumentFacts, 'lineStarts'>;

/** The position (0-based line, UTF-16 character) of an offset into the analysed text. */
export function positionAt({ lineStarts }: Lines, offset: number): Position {
  const at = Math.max(0, offset);
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: at - lineStarts[low]! };
}

/** The range of a span of the analysed text. */
export function rangeOf(lines: Lines, span: Span): Range {
  return { start: positionAt(lines, span.offset), end: positionAt(lines, span.end) };
}
