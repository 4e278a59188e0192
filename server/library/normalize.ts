/**
 * The text the full-text index sees: lower case, stemmed (`stem` from the model), stop-words gone,
 * and every agency's own name replaced by the neutral token `agency`, so that a draft that writes
 * "SPD" finds clauses that say "MPD" or "the Department".
 */
import { stem, words } from '../model/text.js';
import type { Segment } from './types.js';

/** The token an agency's name becomes. */
export const AGENCY = 'agency';

// Modal words are stop-words too: force is filtered on, not searched, and "shall" is everywhere.
const STOP = new Set(
  'a an the of to by with any all that which who whom its it their his her or and this these those such said in on at for from as be is are shall must will may can should not no'.split(
    ' ',
  ),
);

/** Index terms of a prose string. */
export function terms(text: string): string[] {
  return words(text)
    .map((w) => stem(w.replace(/[.()]+$/g, '')))
    .filter((w) => w && !STOP.has(w));
}

/** Index terms of clause segments: agencies become `agency`, other names their own stemmed words. */
export function segmentTerms(segments: Segment[]): string[] {
  return segments.flatMap((s) =>
    typeof s === 'string' ? terms(s) : s.kind === 'agency' ? [AGENCY] : terms(s.name),
  );
}

/**
 * Query terms for what a drafter typed. `agencies` are the drafter's agency names, which become
 * `agency`. The last word keeps its partial form so prefix search can complete it.
 */
export function queryTerms(text: string, agencies: string[]): string[] {
  const agencyKeys = new Set(agencies.map((a) => a.toLowerCase()));
  return words(text)
    .map((w) => {
      const bare = w.replace(/['’]s?$/, '').toLowerCase();
      if (agencyKeys.has(bare)) return AGENCY;
      return stem(w.replace(/[.()]+$/g, ''));
    })
    .filter((w) => w && !STOP.has(w));
}

const ids = new Map<string, number>();

/**
 * Small numbers for terms (`add` false: look up only, -1 for unknown terms), so that ranking by context compares integers: comparing the sliced
 * strings that stemming makes costs far more, ten thousand entries per keystroke.
 */
export function termIds(list: string[], add = true): number[] {
  const out: number[] = [];
  for (const t of list) {
    let id = ids.get(t);
    if (id === undefined && add) ids.set(t, (id = ids.size));
    // A term no entry has still counts in a share: it can never match.
    out.push(id ?? -1);
  }
  return out;
}

/** The ids of every known term that starts with `prefix`. */
export function prefixIds(prefix: string): Set<number> {
  const out = new Set<number>();
  for (const [term, id] of ids) if (term.startsWith(prefix)) out.add(id);
  return out;
}
