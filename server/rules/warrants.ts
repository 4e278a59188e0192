/**
 * What the immigration rules share about warrants and cooperation: which norms are about
 * cooperating with an immigration authority, and whether a condition names an administrative
 * warrant rather than a judicial one.
 */
import type { Clause, TextRun } from '../../grammar/index.js';
import type { WordLists } from '../analysis/words.js';
import { defaultLexicon, type Norm } from '../model/index.js';
import { conditionRuns } from './support.js';

const COOPERATION_ROOT = 'cooperate';
const CUSTODY_ACTIONS = new Set(['detain', 'arrest', 'hold']);
const INHERENTLY_IMMIGRATION = new Set(['honor-detainer']);

/** True when the norm is about cooperating with an immigration authority (DESIGN §4). */
export function isCooperation(norm: Norm): boolean {
  return norm.actions.some((a) => {
    if (INHERENTLY_IMMIGRATION.has(a.class)) return true;
    if (!norm.counterpart) return false;
    return defaultLexicon.isWithin(a.class, COOPERATION_ROOT) || CUSTODY_ACTIONS.has(a.class);
  });
}

/** Phrases naming an administrative warrant or detainer in a run, not counting judicial ones. */
export function administrativeWarrants(
  run: TextRun,
  words: WordLists,
): { offset: number; end: number; phrase: string }[] {
  const judicial = words.find('judicial-warrant', run);
  const inside = (m: { offset: number; end: number }) =>
    judicial.some((j) => m.offset >= j.offset && m.end <= j.end);
  const named = words.find('administrative-warrants', run);
  const bare = words
    .find('unqualified-warrant', run)
    .filter((m) => !inside(m) && !named.some((n) => m.offset >= n.offset && m.end <= n.end));
  return [...named, ...bare].sort((a, b) => a.offset - b.offset);
}

/** True when any condition of the clause names an administrative warrant. */
export function conditionsNameAdministrativeWarrant(clause: Clause, words: WordLists): boolean {
  return conditionRuns(clause).some((run) => administrativeWarrants(run, words).length > 0);
}
