/**
 * Completion items drawn from the library: whole clauses at a clause start, actions after
 * `SUBJECT MODAL`, conditions after a qualifier. Each is ranked by what was typed, by its context
 * (section title, subject) and by strength.
 */
import type { Force, QualifierKind } from '../../grammar/index.js';
import type { ClauseLibrary } from './clause-library.js';
import { builtinConditions, conditionForm } from './conditions.js';
import type { Draft } from './draft.js';
import { conditionFamily } from './entries.js';
import { documentKey } from './files.js';
import { queryTerms, terms } from './normalize.js';
import { blend, rankByContext, rankHits, type DraftContext, type Ranked } from './ranking.js';
import { renderPlain, renderSnippet } from './snippet.js';
import type { CompletionSuggestion, LibraryClause, LibraryCondition, Segment } from './types.js';
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
const CLAUSE_BOOST = { text: 2, subject: 1 };
const ACTION_BOOST = { action: 3, classes: 1 };

/** Whole clauses for a clause start. */
export function clauseItems(r: ItemRequest): CompletionSuggestion[] {
  const lib = r.library;
  const filter = lib.clauseFilter(undefined, r.uri);
  const ctx = { topic: terms(r.draft.section?.title.text ?? ''), subject: [] };
  const ranked = rank(r, filter, ctx, CLAUSE_BOOST);
  return toItems(r, ranked, (c) => (c.segments.length ? c.segments : undefined), 'clause', true);
}

/** Actions (the rest of a clause) for `SUBJECT MODAL`, from clauses of the same force family. */
export function actionItems(r: ItemRequest, subject: string, force: Force): CompletionSuggestion[] {
  const base = r.library.clauseFilter(familyOf(force), r.uri);
  const filter = (c: LibraryClause) => base(c) && c.actionSegments.length > 0;
  const ctx = {
    topic: terms(r.draft.section?.title.text ?? ''),
    subject: queryTerms(subject, r.draft.agencies),
  };
  return toItems(r, rank(r, filter, ctx, ACTION_BOOST), (c) => c.actionSegments, 'action', false);
}

/** Ranked candidates: by the typed words when there are any, else by context and strength alone. */
function rank(
  r: ItemRequest,
  filter: (c: LibraryClause) => boolean,
  ctx: DraftContext,
  boost: Record<string, number>,
): Ranked[] {
  const lib = r.library;
  const typed = queryTerms(r.typed, r.draft.agencies);
  if (!typed.length) return rankByContext(lib.all(), filter, ctx, r.limit * 3);
  return rankHits(lib.queryClauses(typed, boost, filter, true), (id) => lib.entry(id), ctx);
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

/** Conditions for a qualifier: the library's of the same form, and the built-in judicial warrant. */
export function conditionItems(r: ItemRequest, keyword: string, kind: QualifierKind): CompletionSuggestion[] {
  const lib = r.library;
  const form = conditionForm(kind, keyword);
  const family = conditionFamily(kind);
  const typed = queryTerms(r.typed, r.draft.agencies);
  const skip = r.uri === undefined ? undefined : documentKey(r.uri);
  const fit = (f: LibraryCondition) => f.doc !== skip && conditionForm(f.qualifier, f.keyword) === form;
  const factor = (k: string, families: string[]) => (k === kind ? 1 : families.includes(family) ? 0.9 : 0.7);
  const candidates: {
    id: string;
    relevance: number;
    strength: number;
    segments: Segment[];
    detail: string;
  }[] = [];
  const pool = typed.length
    ? rankedConditions(lib, typed, fit)
    : lib
        .strongestConditions()
        .filter(fit)
        .slice(0, 200)
        .map((c) => ({ c, relevance: 1 }));
  for (const { c, relevance } of pool) {
    const entry = lib.entry(c.clause);
    const notes = [
      c.keyword,
      entry ? source(entry) : '',
      c.judicialWarrant ? 'judicial warrant' : '',
      c.rules.join(', '),
    ];
    candidates.push({
      id: c.id,
      relevance: relevance * factor(c.qualifier, [c.family]),
      strength: c.strength,
      segments: c.segments,
      detail: notes.filter(Boolean).join(' · '),
    });
  }
  for (const b of builtinConditions) {
    if (b.form !== form) continue;
    const relevance = overlap(typed, terms(b.text)) * (b.families.includes(family) ? 1 : 0.7);
    if (relevance > 0)
      candidates.push({
        id: b.id,
        relevance,
        strength: 1,
        segments: [b.text],
        detail: 'built-in · judicial warrant',
      });
  }
  candidates.sort(
    (a, b) => blend(b.relevance, b.strength) - blend(a.relevance, a.strength) || a.id.localeCompare(b.id),
  );
  const items: CompletionSuggestion[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (items.length >= r.limit) break;
    const plain = oneLine(renderPlain(c.segments, r.draft.names));
    const key = terms(plain).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      label: truncate(plain),
      kind: 'condition',
      insertText: renderSnippet(c.segments, r.draft.names),
      filterText: plain,
      sortText: sortKey(items.length),
      detail: c.detail,
      replace: { offset: r.from, end: r.offset },
      data: c.id.startsWith('builtin:') ? c.id : `condition:${c.id}`,
    });
  }
  return items;
}

function rankedConditions(lib: ClauseLibrary, typed: string[], fit: (c: LibraryCondition) => boolean) {
  const hits = lib.queryConditions(typed, fit);
  const top = hits[0]?.score ?? 1;
  return hits.map((h) => ({ c: lib.condition(h.id)!, relevance: h.score / top }));
}

/** The share of typed terms a built-in's terms contain (the last typed term as a prefix); 1 when nothing is typed. */
function overlap(typed: string[], words: string[]): number {
  if (!typed.length) return 1;
  const found = typed.filter((t, i) =>
    words.some((w) => w === t || (i === typed.length - 1 && w.startsWith(t))),
  );
  return found.length / typed.length;
}

/** "City of Madison Police Department (2025-12-30) §2.11". */
export function source(c: LibraryClause): string {
  const p = c.provenance;
  return `${p.agency ?? p.title}${p.effective ? ` (${p.effective})` : ''} §${p.clause}`;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const truncate = (text: string): string => (text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text);
/** Sort keys that keep the server's order. */
export const sortKey = (rank: number, group = 1): string => `${group}${String(rank).padStart(4, '0')}`;
