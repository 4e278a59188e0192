/**
 * Finding near-identical clauses without comparing every pair: a prefix-filtered set-similarity
 * join (two word sets with Jaccard similarity ≥ t must share one of their rarest words), so the
 * cost stays near-linear in the number of clauses.
 */
import type { Clause, PolicyDocument } from '../../grammar/index.js';
import { clauseRuns } from './support.js';

/** Jaccard similarity of word sets at or above which two clauses count as the same, as a fraction. */
const NUMERATOR = 9;
const DENOMINATOR = 10;
/** Words that hardly change what a clause says: "of any person" repeats "of a person". */
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'each', 'every']);

/**
 * A clause's words for comparison: lower case, no punctuation, no determiners, comments never
 * count. The modal is left out ("must not" repeats "shall not"); its force is compared apart.
 */
export function clauseWords(clause: Clause): Set<string> {
  const text = clauseRuns(clause)
    .map((r) => r.text)
    .join(' ')
    .toLowerCase()
    .replace(/’/g, "'");
  const words = text.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
  return new Set(words.filter((w) => !DETERMINERS.has(w)));
}

/** Pairs `[later, first]`: each clause that nearly repeats an earlier one with the same force, with the earliest such clause. */
export function nearDuplicates(doc: PolicyDocument): [Clause, Clause][] {
  const entries = doc.clauses.map((clause) => ({
    clause,
    force: clause.sentence.modal?.force ?? 'statement',
    words: clauseWords(clause),
  }));
  const frequency = new Map<string, number>();
  for (const e of entries) for (const w of e.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) =>
    frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const index = new Map<string, number[]>();
  const out: [Clause, Clause][] = [];
  // `stamp[i] === j` marks candidate i as already tried for clause j (cheaper than a Set per clause).
  const stamp = new Int32Array(entries.length).fill(-1);
  entries.forEach((e, j) => {
    const sorted = [...e.words].sort(rarestFirst);
    const prefix = sorted.slice(0, sorted.length - Math.ceil((sorted.length * NUMERATOR) / DENOMINATOR) + 1);
    let match = -1;
    for (const w of prefix)
      for (const i of index.get(w) ?? []) {
        if (stamp[i] === j || (match >= 0 && i >= match)) continue;
        stamp[i] = j;
        if (similar(entries[i]!, e)) match = i;
      }
    if (match >= 0) out.push([e.clause, entries[match]!.clause]);
    for (const w of prefix) {
      const list = index.get(w);
      if (list) list.push(j);
      else index.set(w, [j]);
    }
  });
  return out;
}

function similar(
  a: { force: string; words: Set<string> },
  b: { force: string; words: Set<string> },
): boolean {
  if (a.force !== b.force || a.words.size === 0) return false;
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  // Size filter: |small| / |large| bounds the similarity from above.
  if (small.size * DENOMINATOR < large.size * NUMERATOR) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  const union = small.size + large.size - shared;
  return shared * DENOMINATOR >= union * NUMERATOR;
}
