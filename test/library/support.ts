/** Helpers for library tests: a draft with a cursor marker, and the shipped library loaded once. */
import { ClauseLibrary } from '../../server/library/clause-library.js';
import { loadNodeLibrary } from '../../server/library/node-files.js';
import type { CompletionResult, CompletionSuggestion, LibraryClause } from '../../server/library/types.js';

/** The marker tests put where the cursor is. */
export const CURSOR = '<|>';

/** `text` without its cursor marker, and the marker's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error(`no ${CURSOR} in the test draft`);
  return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}

let shipped: Promise<ClauseLibrary> | undefined;

/** The library of the shipped `clauses/` corpus, loaded once per test file. */
export function shippedLibrary(): Promise<ClauseLibrary> {
  shipped ??= loadNodeLibrary();
  return shipped;
}

/** Completions at the marker of `marked`. */
export function completeAt(
  library: ClauseLibrary,
  marked: string,
  uri = 'file:///workspace/draft.policy',
): CompletionResult {
  const { text, offset } = withCursor(marked);
  return library.complete(text, offset, { uri });
}

/** The library clause a suggestion was drawn from. */
export function entryOf(library: ClauseLibrary, item: CompletionSuggestion): LibraryClause | undefined {
  const id = item.data.slice(item.data.indexOf(':') + 1);
  return library.entry(id) ?? library.entry(library.condition(id)?.clause ?? '');
}

/** "clauses/madison-sop-2025.policy §2.11" for a suggestion, or its data id when it has no clause. */
export function origin(library: ClauseLibrary, item: CompletionSuggestion): string {
  const entry = entryOf(library, item);
  return entry ? `${entry.provenance.display} §${entry.provenance.clause}` : item.data;
}

/** A draft header that defines Springfield's agency and actors. */
export const SPRINGFIELD = `policy "Immigration Enforcement"
  agency: "Springfield Police Department"

define SPD as agency "Springfield Police Department".
define Officer as member of SPD.
define ICE as immigration authority "United States Immigration and Customs Enforcement".
`;
