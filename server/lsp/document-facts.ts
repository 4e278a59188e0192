/**
 * What the language server knows about one analysed document, as plain data: findings, the outline
 * (sections, clauses, notes, definitions), every use of a defined name and every `§` reference.
 * Plain data so that the analysis can run in a worker thread and only this crosses over; every
 * provider answers from it and the document's text. Spans carry offsets only: a range object on
 * every span was most of the facts' memory and of their copying between threads, so LSP ranges are
 * derived when answering, from the line starts the facts keep (positions.ts). For the same reason
 * they hold no copy of text a provider can slice from the document (the words of a use, of a
 * reference, of a modal, of a definition).
 */
import type { DefinitionKind, Force } from '../../grammar/index.js';
import type { Severity } from '../analysis/types.js';

/** A stretch of the analysed text, as offsets (end exclusive). */
export interface Span {
  offset: number;
  end: number;
}

/** A replacement of a span of the analysed text. */
export interface EditFact extends Span {
  newText: string;
}

/** A finding: the analysis core's `Finding`, with spans where it has ranges. */
export interface FindingFact extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** The number of the clause the finding is in, or null outside clauses. */
  clause: string | null;
  /** Other places that explain it (the other clause of a contradiction). */
  related?: (Span & { message: string })[];
  fixes?: { title: string; edits: EditFact[] }[];
}

/** A section heading, and how far the section reaches (its last child's end). */
export interface SectionFact extends Span {
  number: string;
  title: string;
  numberSpan: Span;
  titleSpan: Span;
  depth: number;
  /** Index of the enclosing section in `sections`, or -1. */
  parent: number;
  extent: Span;
}

/** The modal of a clause, for semantic colouring. */
export interface ModalFact extends Span {
  force: Force;
}

/** A numbered clause. */
export interface ClauseFact extends Span {
  number: string;
  numberSpan: Span;
  /** The number of the section that holds it. */
  section?: string;
  /** The clause's first words, for outlines and symbol search. */
  summary: string;
  modal?: ModalFact;
}

/** A `define`. */
export interface DefinitionFact extends Span {
  name: string;
  quoted: boolean;
  nameSpan: Span;
  kind: DefinitionKind;
  kindText: string;
  longName?: string;
}

/** A defined name used in prose (or in `member of NAME`). */
export interface UseFact extends Span {
  /** Index of the definition in `definitions`. */
  definition: number;
}

/** A reference such as `§2.5`, `section 2` or `clause 2.6`. */
export interface ReferenceFact extends Span {
  /** The number it points at. */
  target: string;
  /** Only the number's characters, which a rename replaces. */
  numberSpan: Span;
  /** `section 2` can only mean a section, `clause 2.6` only a clause; `§` either. */
  kind: 'section' | 'clause' | 'any';
}

/** A `//` comment; `ownLine` when nothing but blanks precede it on its line. */
export interface CommentFact extends Span {
  ownLine: boolean;
}

/** One safeguard of the scorecard, and the clauses that decide it (computed on demand: safeguards.ts). */
export interface SafeguardFact {
  id: string;
  title: string;
  status: 'present' | 'weak' | 'missing';
  clauses: string[];
  reason: string;
}

/** Everything the providers need about one version of one document. */
export interface DocumentFacts {
  uri: string;
  version: number;
  /** Distinct for every analysis run; the pull-diagnostics result id. */
  runId: string;
  /** The offset where each line of the analysed text starts, to derive LSP positions from offsets. */
  lineStarts: number[];
  title?: string;
  header?: Span;
  findings: FindingFact[];
  syntaxErrors: number;
  sections: SectionFact[];
  clauses: ClauseFact[];
  notes: Span[];
  definitions: DefinitionFact[];
  /** In source order. */
  uses: UseFact[];
  /** In source order. */
  references: ReferenceFact[];
  comments: CommentFact[];
  /** Why the document was not analysed (too large), if it was not. */
  skipped?: string;
}

/** The keys of `DocumentFacts` that hold long arrays, sent in slices from the worker. */
export const LIST_KEYS = [
  'findings',
  'sections',
  'clauses',
  'notes',
  'definitions',
  'uses',
  'references',
  'comments',
] as const;

/** The facts of a document that was not analysed. */
export function emptyFacts(uri: string, version: number, runId: string, skipped?: string): DocumentFacts {
  return {
    uri,
    version,
    runId,
    lineStarts: [0],
    findings: [],
    syntaxErrors: 0,
    sections: [],
    clauses: [],
    notes: [],
    definitions: [],
    uses: [],
    references: [],
    comments: [],
    ...(skipped ? { skipped } : {}),
  };
}

/** The last item of `items` (sorted by offset) that starts at or before `offset`, by binary search. */
export function lastStartingAtOrBefore<T extends { offset: number }>(items: T[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.offset <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The item of `items` (sorted, not overlapping) whose span holds `offset` (end inclusive). */
export function itemAt<T extends Span>(items: T[], offset: number): T | undefined {
  const item = items[lastStartingAtOrBefore(items, offset)];
  return item && offset <= item.end ? item : undefined;
}
