/**
 * Which clause of the new version continues which clause of the old one: the same words first
 * (wherever they moved), then the same number, then the most similar text (normalised word
 * overlap), so a renumbered clause is still matched with its predecessor.
 */
import type { Clause, PolicyDocument } from '../../grammar/index.js';
import { conditionKey, flatten } from '../model/text.js';
import { clauseRuns } from '../rules/support.js';

/** One clause's two versions; `old` or `new` is missing for a removed or an added clause. */
export interface ClausePair {
  old?: Clause;
  new?: Clause;
  /** How the pair was found. */
  by?: 'text' | 'number' | 'similarity';
}

/** A clause matched by number needs at least this much overlap, else it is a different clause reusing the number. */
export const NUMBER_THRESHOLD = 0.3;
/** Clauses with different numbers are matched when their overlap reaches this. */
export const SIMILARITY_THRESHOLD = 0.5;

/** The clause's words as written, modal included, whitespace collapsed. */
export function clauseText(clause: Clause): string {
  const modal = clause.sentence.modal;
  const runs: { offset: number; text: string }[] = [...clauseRuns(clause)];
  if (modal) runs.push(modal);
  return runs
    .sort((a, b) => a.offset - b.offset)
    .map((r) => r.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The clause's words, lower case and whitespace collapsed, modal included: equal when only layout differs. */
export const clauseWording = (clause: Clause): string => flatten(clauseText(clause));

/** The set of content words (stemmed, stop-words dropped) a clause is compared by. */
export function contentWords(clause: Clause): Set<string> {
  return new Set(conditionKey(clauseWording(clause)).split(' ').filter(Boolean));
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Pairs every clause of `oldDoc` and `newDoc`, in the new document's order, each removed clause where its number falls. */
export function matchClauses(oldDoc: PolicyDocument, newDoc: PolicyDocument): ClausePair[] {
  const olds = oldDoc.clauses;
  const news = newDoc.clauses;
  const partner = new Map<Clause, { clause: Clause; by: ClausePair['by'] }>();
  const taken = new Set<Clause>();
  const pair = (o: Clause, n: Clause, by: ClausePair['by']) => {
    partner.set(o, { clause: n, by });
    taken.add(n);
  };
  const wording = new Map([...olds, ...news].map((c) => [c, clauseWording(c)]));
  const words = new Map([...olds, ...news].map((c) => [c, contentWords(c)]));

  for (const o of olds) {
    const same = news.filter((n) => !taken.has(n) && wording.get(n) === wording.get(o));
    const best = same.find((n) => n.number === o.number) ?? same[0];
    if (best) pair(o, best, 'text');
  }
  for (const o of olds) {
    if (partner.has(o)) continue;
    const n = news.find((c) => !taken.has(c) && c.number === o.number);
    if (n && overlap(words.get(o)!, words.get(n)!) >= NUMBER_THRESHOLD) pair(o, n, 'number');
  }
  const candidates: { o: Clause; n: Clause; score: number }[] = [];
  for (const o of olds)
    if (!partner.has(o))
      for (const n of news) {
        if (taken.has(n)) continue;
        const score = overlap(words.get(o)!, words.get(n)!);
        if (score >= SIMILARITY_THRESHOLD) candidates.push({ o, n, score });
      }
  candidates.sort((a, b) => b.score - a.score);
  for (const { o, n } of candidates) if (!partner.has(o) && !taken.has(n)) pair(o, n, 'similarity');
  return order(olds, news, partner);
}

/** Compares dotted clause numbers part by part: 2.9 < 2.10 < 3.1. */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

function order(
  olds: Clause[],
  news: Clause[],
  partner: Map<Clause, { clause: Clause; by: ClausePair['by'] }>,
): ClausePair[] {
  const oldOf = new Map([...partner].map(([o, p]) => [p.clause, { o, by: p.by }]));
  const keyed: { key: number; pair: ClausePair }[] = news.map((n, i) => {
    const o = oldOf.get(n);
    return { key: i, pair: o ? { old: o.o, new: n, by: o.by } : { new: n } };
  });
  // A removed clause goes before the first clause of the new version with a higher number.
  olds.forEach((o, i) => {
    if (partner.has(o)) return;
    const next = news.findIndex((n) => compareNumbers(n.number, o.number) > 0);
    const at = next < 0 ? news.length : next;
    keyed.push({ key: at - 0.5 + i / (olds.length + 1) / 10, pair: { old: o } });
  });
  return keyed.sort((a, b) => a.key - b.key).map((k) => k.pair);
}
