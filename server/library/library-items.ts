/**
 * Completion items drawn from the library: whole clauses at a clause start and actions after
 * `SUBJECT MODAL` (conditions are in condition-items.ts). Each is ranked by what was typed, by its
 * context (section title, subject) and by strength.
 */
import type { Force } from '../../grammar/index.js';
import type { ClauseLibrary } from './clause-library.js';
import type { Draft } from './draft.js';
import { prefixIds, queryTerms, termIds, terms } from './normalize.js';
import { rankByContext, rankHits, type DraftContext, type Ranked } from './ranking.js';
import { renderPlain, renderSnippet } from './snippet.js';
import type { CompletionSuggestion, LibraryClause, Segment } from './types.js';
import { describeVerdict, familyOf } from './verdict.js';

/** What the item builders share. */
export interface ItemRequest {
  library: ClauseLibrary;
  draft: Draft;
  from: number;
  offset: number;
  typed: string;
  /** The draft's own URI, left out of the candidates. */
  uri: string | undefined;
  limit: number;
  /** Text follows the cursor on its line, so no closing period is inserted. */
  textAfter: boolean;
}

// Few fields: on a large library every field a common prefix ("off") is looked up in costs time.
const CLAUSE_BOOST = { text: 1 };
const ACTION_BOOST = { action: 3, classes: 1 };

/** Whole clauses for a clause start. */
export function clauseItems(r: ItemRequest): CompletionSuggestion[] {
  const lib = r.library;
  const filter = lib.clauseFilter(undefined, r.uri);
  const ctx = { topic: termIds(terms(r.draft.section?.title.text ?? ''), false), subject: [] };
  const ranked = rank(r, filter, ctx, 'text', CLAUSE_BOOST);
  return toItems(r, ranked, (c) => (c.segments.length ? c.segments : undefined), 'clause', true);
}

/** Actions (the rest of a clause) for `SUBJECT MODAL`, from clauses of the same force family. */
export function actionItems(r: ItemRequest, subject: string, force: Force): CompletionSuggestion[] {
  const base = r.library.clauseFilter(familyOf(force), r.uri);
  const filter = (c: LibraryClause) => base(c) && c.actionSegments.length > 0;
  const ctx = {
    topic: termIds(terms(r.draft.section?.title.text ?? ''), false),
    subject: termIds(queryTerms(subject, r.draft.agencies), false),
  };
  return toItems(r, rank(r, filter, ctx, 'action', ACTION_BOOST), (c) => c.actionSegments, 'action', false);
}

/**
 * Ranked candidates: by the typed words when there are any, else by context and strength alone.
 * Words common to a large part of the library filter the candidates instead of being searched for.
 */
function rank(
  r: ItemRequest,
  filter: (c: LibraryClause) => boolean,
  ctx: DraftContext,
  field: 'text' | 'action',
  boost: Record<string, number>,
): Ranked[] {
  const lib = r.library;
  const typed = queryTerms(r.typed, r.draft.agencies);
  const last = typed.length - 1;
  const common: Set<number>[] = [];
  const selective: string[] = [];
  let prefix = false;
  typed.forEach((term, i) => {
    if (!lib.isCommon(field, term, i === last)) {
      selective.push(term);
      prefix = i === last;
    } else common.push(i === last ? prefixIds(term) : new Set(termIds([term], false)));
  });
  const narrowed = common.length
    ? (c: LibraryClause) => filter(c) && common.every((ids) => c.terms[field].some((id) => ids.has(id)))
    : filter;
  if (!selective.length) return rankByContext(lib.all(), narrowed, ctx, r.limit * 3);
  return rankHits(lib.queryClauses(selective, boost, narrowed, prefix), (id) => lib.entry(id), ctx);
}

function toItems(
  r: ItemRequest,
  ranked: Ranked[],
  segmentsOf: (c: LibraryClause) => Segment[] | undefined,
  kind: 'clause' | 'action',
  start: boolean,
): CompletionSuggestion[] {
  const items: CompletionSuggestion[] = [];
  const seen = new Set<string>();
  for (const hit of ranked) {
    if (items.length >= r.limit) break;
    const entry = r.library.entry(hit.id);
    const segments = entry && segmentsOf(entry);
    if (!entry || !segments) continue;
    const plain = oneLine(renderPlain(segments, r.draft.names, start));
    if (seen.has(plain)) continue;
    seen.add(plain);
    const snippet = renderSnippet(segments, r.draft.names, start);
    items.push({
      label: truncate(plain),
      kind,
      insertText: r.textAfter ? snippet.replace(/\.$/, '') : snippet,
      filterText: plain,
      sortText: sortKey(items.length),
      detail: `${source(entry)} · ${describeVerdict(entry.verdict)}`,
      replace: { offset: r.from, end: r.offset },
      data: `${kind}:${entry.id}`,
    });
  }
  return items;
}

/** "City of Madison Police Department (2025-12-30) §2.11". */
export function source(c: LibraryClause): string {
  const p = c.provenance;
  return `${p.agency ?? p.title}${p.effective ? ` (${p.effective})` : ''} §${p.clause}`;
}

/** Text on one line, blanks collapsed. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** A label short enough for a completion list. */
export const truncate = (text: string): string =>
  text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text;
/** Sort keys that keep the server's order. */
export const sortKey = (rank: number, group = 1): string => `${group}${String(rank).padStart(4, '0')}`;
