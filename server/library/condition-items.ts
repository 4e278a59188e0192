/**
 * Conditions after a qualifier (`unless <|>`, `only if <|>`, a list item): the library's
 * conditions of the same grammatical form, strongest first for the same words (a judicial warrant
 * before a Chief's determination), and the built-in judicial-warrant conditions.
 */
import type { QualifierKind } from '../../grammar/index.js';
import type { ClauseLibrary } from './clause-library.js';
import { builtinConditions, conditionForm } from './conditions.js';
import { conditionFamily } from './entries.js';
import { documentKey } from './files.js';
import { oneLine, sortKey, source, truncate, type ItemRequest } from './library-items.js';
import { queryTerms, terms } from './normalize.js';
import { blend } from './ranking.js';
import { renderPlain, renderSnippet } from './snippet.js';
import type { CompletionSuggestion, LibraryCondition, Segment } from './types.js';

/** A condition that may be offered. */
interface Candidate {
  id: string;
  score: number;
  segments: Segment[];
  key: string;
  condition?: LibraryCondition;
}

/** How many of the strongest conditions are offered when nothing is typed. */
const UNTYPED = 200;

/** Conditions for a qualifier `keyword` of `kind`. */
export function conditionItems(r: ItemRequest, keyword: string, kind: QualifierKind): CompletionSuggestion[] {
  const candidates = [...libraryCandidates(r, keyword, kind), ...builtinCandidates(r, keyword, kind)];
  candidates.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items: CompletionSuggestion[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (items.length >= r.limit) break;
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const plain = oneLine(renderPlain(c.segments, r.draft.names));
    items.push({
      label: truncate(plain),
      kind: 'condition',
      insertText: renderSnippet(c.segments, r.draft.names),
      filterText: plain,
      sortText: sortKey(items.length),
      detail: c.condition ? detail(r.library, c.condition) : 'built-in · judicial warrant',
      replace: { offset: r.from, end: r.offset },
      data: c.condition ? `condition:${c.id}` : c.id,
    });
  }
  return items;
}

function libraryCandidates(r: ItemRequest, keyword: string, kind: QualifierKind): Candidate[] {
  const lib = r.library;
  const form = conditionForm(kind, keyword);
  const family = conditionFamily(kind);
  const skip = r.uri === undefined ? undefined : documentKey(r.uri);
  const fit = (f: LibraryCondition) => f.doc !== skip && conditionForm(f.qualifier, f.keyword) === form;
  // The same qualifier fits best, one of its family next ("unless" and "except"), any other less.
  const factor = (c: LibraryCondition) => (c.qualifier === kind ? 1 : c.family === family ? 0.9 : 0.7);
  const candidate = (c: LibraryCondition, relevance: number): Candidate => ({
    id: c.id,
    score: blend(relevance * factor(c), c.strength),
    segments: c.segments,
    key: c.key,
    condition: c,
  });
  const typed = queryTerms(r.typed, r.draft.agencies);
  if (typed.length) {
    const hits = lib.queryConditions(typed, fit);
    const top = hits[0]?.score ?? 1;
    return hits.map((h) => candidate(lib.condition(h.id)!, h.score / top));
  }
  const out: Candidate[] = [];
  for (const c of lib.strongestConditions()) {
    if (out.length >= UNTYPED) break;
    if (fit(c)) out.push(candidate(c, 1));
  }
  return out;
}

function builtinCandidates(r: ItemRequest, keyword: string, kind: QualifierKind): Candidate[] {
  const form = conditionForm(kind, keyword);
  const family = conditionFamily(kind);
  const typed = queryTerms(r.typed, r.draft.agencies);
  return builtinConditions.flatMap((b) => {
    const words = terms(b.text);
    const relevance = overlap(typed, words) * (b.families.includes(family) ? 1 : 0.7);
    if (b.form !== form || relevance === 0) return [];
    return [{ id: b.id, score: blend(relevance, 1), segments: [b.text], key: words.join(' ') }];
  });
}

/** "unless · Milwaukee Police Department §130.10 · judicial warrant". */
function detail(lib: ClauseLibrary, c: LibraryCondition): string {
  const entry = lib.entry(c.clause);
  const notes = [
    c.keyword,
    entry ? source(entry) : '',
    c.judicialWarrant ? 'judicial warrant' : '',
    c.rules.join(', '),
  ];
  return notes.filter(Boolean).join(' · ');
}

/** The share of typed terms a built-in's terms contain (the last typed term as a prefix); 1 when nothing is typed. */
function overlap(typed: string[], words: string[]): number {
  if (!typed.length) return 1;
  const found = typed.filter((t, i) =>
    words.some((w) => w === t || (i === typed.length - 1 && w.startsWith(t))),
  );
  return found.length / typed.length;
}
