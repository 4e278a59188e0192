/**
 * `complete(text, offset)`: finds the context at the cursor and gathers items for it — library
 * clauses, actions or conditions, the draft's `§` references, and the draft's defined names
 * wherever prose is typed.
 */
import type { ClauseLibrary } from './clause-library.js';
import { findContext } from './context.js';
import { draftAt, type Draft } from './draft.js';
import { conditionItems } from './condition-items.js';
import { actionItems, clauseItems, sortKey, type ItemRequest } from './library-items.js';
import { escapeSnippet } from './snippet.js';
import type { CompletionResult, CompletionSuggestion } from './types.js';

/** What `complete` may be told besides the text and the cursor. */
export interface CompleteOptions {
  /** The draft's URI: its own clauses are not offered back to it. */
  uri?: string;
  /** Items from the library at most (default 30). */
  limit?: number;
}

/** Completion items at `offset` in `text`. */
export function completeAt(
  library: ClauseLibrary,
  text: string,
  offset: number,
  options: CompleteOptions,
): CompletionResult {
  library.transientDocs.clear();
  const at = Math.max(0, Math.min(offset, text.length));
  const ctx = findContext(text, at);
  if (ctx.kind === 'none') return { items: [], isIncomplete: false };
  if (ctx.kind === 'definition-kind') return { items: kindItems(ctx.from, at), isIncomplete: false };
  const draft = draftAt(text, at);
  if (ctx.kind === 'member-of')
    return { items: agencyItems(library, draft, ctx.name, ctx.from, at), isIncomplete: false };
  if (ctx.kind === 'reference')
    return { items: referenceItems(library, draft, ctx.from, at), isIncomplete: false };
  const lineEnd = text.slice(at).search(/\r|\n|$/);
  const request: ItemRequest = {
    library,
    draft,
    from: 'from' in ctx ? ctx.from : at,
    offset: at,
    typed: 'typed' in ctx ? ctx.typed : '',
    uri: options.uri,
    limit: options.limit ?? 30,
    textAfter: /\S/.test(text.slice(at, at + lineEnd)),
  };
  const items: CompletionSuggestion[] = [];
  if (ctx.kind === 'clause') items.push(...clauseItems(request));
  else if (ctx.kind === 'action') items.push(...actionItems(request, ctx.subject, ctx.force));
  else if (ctx.kind === 'condition') {
    items.push(...conditionItems(request, ctx.keyword, ctx.qualifier));
    const after = items.length;
    if (ctx.clause)
      items.push(
        ...clauseItems({ ...request, ...ctx.clause }).map((i, k) => ({ ...i, sortText: sortKey(after + k) })),
      );
  }
  items.push(...nameItems(library, draft, ctx.word.from, at));
  return { items, isIncomplete: ctx.kind !== 'prose' };
}

/** The draft's defined names, replacing the word being typed. */
function nameItems(
  library: ClauseLibrary,
  draft: Draft,
  from: number,
  offset: number,
): CompletionSuggestion[] {
  const seen = new Set<string>();
  return draft.doc.definitions.flatMap((def, i) => {
    const name = def.name.text;
    if (seen.has(name)) return [];
    seen.add(name);
    const data = `name:${name}`;
    const long = def.longName ? ` "${def.longName.text}"` : '';
    const doc = [`**${name}** — ${def.kindText}${long}`];
    if (def.text) doc.push('', def.text.text);
    library.transientDocs.set(data, doc.join('\n'));
    return [
      {
        label: name,
        kind: 'name' as const,
        insertText: escapeSnippet(name),
        filterText: name,
        sortText: sortKey(i, 2),
        detail: `${def.kindText}${long}`,
        replace: { offset: from, end: offset },
        data,
      },
    ];
  });
}

/** `§` references to the draft's own clauses. */
function referenceItems(
  library: ClauseLibrary,
  draft: Draft,
  from: number,
  offset: number,
): CompletionSuggestion[] {
  const seen = new Set<string>();
  return draft.doc.clauses.flatMap((clause, i) => {
    if (seen.has(clause.number) || (clause.offset <= offset && offset <= clause.end)) return [];
    seen.add(clause.number);
    const text = draft.doc.text.slice(clause.sentence.offset, clause.sentence.end).replace(/\s+/g, ' ');
    const words = text.split(' ');
    const data = `ref:${clause.number}`;
    library.transientDocs.set(data, ['```policy', `${clause.number} ${text}`, '```'].join('\n'));
    return [
      {
        label: `§${clause.number}`,
        kind: 'reference' as const,
        insertText: escapeSnippet(clause.number),
        filterText: clause.number,
        sortText: sortKey(i),
        detail: words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text,
        replace: { offset: from, end: offset },
        data,
      },
    ];
  });
}

/** The kinds a definition may have, after `define NAME as`. */
const KINDS: [string, string][] = [
  ['agency', 'an organisation that acts: a police department, a sheriff’s office'],
  ['member of', 'people of an agency defined here: officers, deputies, a commander'],
  ['role', 'a position someone holds: the Chief of Police'],
  ['immigration authority', 'a federal immigration agency: ICE, CBP, DHS'],
  ['authority', 'another body that gives orders or requests: a court, a city council'],
  ['term', 'a word or phrase the policy uses in a defined sense'],
  ['document', 'a paper: a judicial warrant, a detainer form'],
];

function kindItems(from: number, offset: number): CompletionSuggestion[] {
  return KINDS.map(([kind, detail], i) => ({
    label: kind,
    kind: 'keyword' as const,
    detail,
    insertText: kind === 'member of' ? 'member of ' : kind,
    filterText: kind,
    replace: { offset: from, end: offset },
    sortText: sortKey(i),
    data: '',
  }));
}

/** The draft's agencies, after `define NAME as member of` (not NAME itself). */
function agencyItems(
  library: ClauseLibrary,
  draft: Draft,
  name: string,
  from: number,
  offset: number,
): CompletionSuggestion[] {
  const names = nameItems(library, draft, from, offset);
  const agencies = new Set(
    draft.doc.definitions
      .filter((d) => d.kind === 'agency' && d.name.text.toLowerCase() !== name.toLowerCase())
      .map((d) => d.name.text),
  );
  return names.filter((item) => agencies.has(item.label));
}
