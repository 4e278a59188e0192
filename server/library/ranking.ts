/**
 * Ranking: relevance to what is typed (and, less, to its context: the section being written, the
 * subject) blended with strength, so that for the same text a strong clause comes before a weak one.
 */
import type { IndexHit } from './search-index.js';

/** A ranked id: `score` orders results; `relevance` is the text match alone (0–1). */
export interface Ranked {
  id: string;
  score: number;
  relevance: number;
}

/** How much strength scales relevance: a clause of strength 0 keeps half its relevance. */
export const STRENGTH_WEIGHT = 0.5;
/**
 * How much the context (section title, subject) counts against what was typed. Little: a section
 * called "Procedure" says less about a clause than the words typed into it, and must not lift a
 * weak clause over a strong one that matches the typed words as well.
 */
export const CONTEXT_WEIGHT = 0.1;

/**
 * Blends `primary` hits (what was typed) with `context` hits and strength. With primary hits, only
 * they are candidates and the context reorders them; without, the context hits are the candidates.
 */
export function rankHits(
  primary: IndexHit[],
  context: IndexHit[],
  strength: (id: string) => number,
): Ranked[] {
  const candidates = primary.length ? primary : context;
  if (!candidates.length) return [];
  const top = Math.max(...candidates.map((h) => h.score));
  const contextTop = primary.length && context.length ? Math.max(...context.map((h) => h.score)) : 0;
  const contextScore = new Map(primary.length ? context.map((h) => [h.id, h.score / contextTop]) : []);
  return candidates
    .map((h) => {
      const relevance =
        (h.score / top + CONTEXT_WEIGHT * (contextScore.get(h.id) ?? 0)) /
        (1 + (contextTop ? CONTEXT_WEIGHT : 0));
      return { id: h.id, relevance, score: blend(relevance, strength(h.id)) };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The final score of a candidate: relevance scaled by strength, so equal text ranks strong first. */
export const blend = (relevance: number, strength: number): number =>
  relevance * (1 - STRENGTH_WEIGHT + STRENGTH_WEIGHT * strength);
