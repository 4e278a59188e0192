/**
 * Ranking: relevance to what is typed (and, less, to its context: the section being written, the
 * subject) scaled by strength, so that for the same text a strong clause comes before a weak one.
 * The context is scored in memory from each entry's terms — a full-text query for a section title
 * like "Procedure" would touch most of a large library on every keystroke.
 */
import type { IndexHit } from './search-index.js';
import type { LibraryClause } from './types.js';

/** A ranked id: `score` orders results; `relevance` is the text match alone (0–1). */
export interface Ranked {
  id: string;
  score: number;
  relevance: number;
}

/** How much strength scales relevance: a clause of strength 0 keeps half its relevance. */
export const STRENGTH_WEIGHT = 0.5;
/**
 * How much the context counts against what was typed. Little: a section called "Procedure" says
 * less about a clause than the words typed into it, and must not lift a weak clause over a strong
 * one that matches the typed words as well.
 */
export const CONTEXT_WEIGHT = 0.1;

/** The final score of a candidate: relevance scaled by strength, so equal text ranks strong first. */
export const blend = (relevance: number, strength: number): number =>
  relevance * (1 - STRENGTH_WEIGHT + STRENGTH_WEIGHT * strength);

/** What the drafter is writing about: term ids (`termIds`) of the section title and of the subject. */
export interface DraftContext {
  topic: number[];
  subject: number[];
}

/** 0–1: how much of the draft's context the entry shares (its section title, action classes, subject). */
export function contextScore(entry: LibraryClause, ctx: DraftContext): number {
  const topic = share(ctx.topic, entry.terms.topic);
  if (!ctx.subject.length) return topic;
  const subject = share(ctx.subject, entry.terms.subject);
  return ctx.topic.length ? (topic + subject) / 2 : subject;
}

/** The share of `wanted` found in `have` (both short: a loop beats building sets). */
function share(wanted: number[], have: number[]): number {
  if (!wanted.length) return 0;
  let found = 0;
  for (const t of wanted) if (have.includes(t)) found++;
  return found / wanted.length;
}

/** Ranks the hits for what was typed; the context reorders them a little. */
export function rankHits(
  hits: IndexHit[],
  entryOf: (id: string) => LibraryClause | undefined,
  ctx: DraftContext,
): Ranked[] {
  const top = hits[0]?.score ?? 1;
  const ranked: Ranked[] = [];
  for (const h of hits) {
    const entry = entryOf(h.id);
    if (!entry) continue;
    const relevance = (h.score / top + CONTEXT_WEIGHT * contextScore(entry, ctx)) / (1 + CONTEXT_WEIGHT);
    ranked.push({ id: h.id, relevance, score: blend(relevance, entry.verdict.strength) });
  }
  return ranked.sort(byScore);
}

/**
 * Nothing typed yet: every candidate, ranked by its context and strength. Keeps the best `keep`
 * without sorting the whole library.
 */
export function rankByContext(
  entries: Iterable<LibraryClause>,
  filter: (c: LibraryClause) => boolean,
  ctx: DraftContext,
  keep: number,
): Ranked[] {
  const best: Ranked[] = [];
  for (const entry of entries) {
    if (!filter(entry)) continue;
    // Some relevance without any shared context, so that strength still orders the rest.
    const relevance = 0.2 + 0.8 * contextScore(entry, ctx);
    const score = blend(relevance, entry.verdict.strength);
    if (best.length >= keep && score <= best[best.length - 1]!.score) continue;
    let i = best.length;
    while (i > 0 && best[i - 1]!.score < score) i--;
    best.splice(i, 0, { id: entry.id, relevance, score });
    if (best.length > keep) best.pop();
  }
  return best;
}

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
