/**
 * Finding near-identical clauses without comparing every pair: a prefix-filtered set-similarity
 * join (PPJoin's idea: two word sets with Jaccard similarity ≥ t must share one of their rarest
 * words), so the cost stays near-linear in the number of clauses. Words become integer ranks, rarest
 * first, so that verifying a candidate is one merge of two sorted arrays that stops as soon as the
 * words left cannot reach the threshold.
 */
import { EMPTY, type Clause, type PolicyDocument } from '../../grammar/index.js';
import { clauseRuns, documentRuns } from './support.js';

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
  const out = new Set<string>();
  for (const run of clauseRuns(clause))
    for (const text of run.wordTexts) for (const w of tokenWords(text)) out.add(w);
  return out;
}

const NO_WORDS: readonly string[] = EMPTY;

/** The words one token contributes to the comparison (none, one, or the words inside punctuation). */
function tokenWords(token: string): readonly string[] {
  const text = token.toLowerCase();
  if (isPlainWord(text)) return DETERMINERS.has(text) ? NO_WORDS : [text];
  // Punctuation, citations, curly apostrophes: the words inside them.
  const inside = text.replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu);
  return inside ? inside.filter((w) => !DETERMINERS.has(w)) : NO_WORDS;
}

/** True for a token of ASCII letters and digits only, the common case, which needs no pattern. */
function isPlainWord(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Counts of the join's work, for tests that check it stays near-linear. */
export interface JoinStats {
  /** Candidate pairs whose words were compared. */
  verified: number;
}

interface Entry {
  clause: Clause;
  force: string;
  /** The clause's words as ranks (0 = rarest in the document), ascending. */
  ranks: Int32Array;
}

/** Pairs `[later, first]`: each clause that nearly repeats an earlier one with the same force, with the earliest such clause. */
export function nearDuplicates(doc: PolicyDocument, stats?: JoinStats): [Clause, Clause][] {
  const entries = rankedEntries(doc);
  // One index per force: only clauses of the same force can repeat each other. Each maps a word's
  // rank (ranks are 0 … words - 1) to the clauses that have it in their prefix.
  const index = new Map<string, (number[] | undefined)[]>();
  const out: [Clause, Clause][] = [];
  // `stamp[i] === j` marks candidate i as already tried for clause j (cheaper than a Set per clause).
  const stamp = new Int32Array(entries.length).fill(-1);
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j]!;
    const n = e.ranks.length;
    if (n === 0) continue;
    let byWord = index.get(e.force);
    if (!byWord) index.set(e.force, (byWord = []));
    const prefix = n - Math.ceil((n * NUMERATOR) / DENOMINATOR) + 1;
    // Size filter: |small| / |large| bounds the similarity from above, so only clauses with from
    // `least` to `most` words can be similar enough.
    const least = Math.ceil((n * NUMERATOR) / DENOMINATOR);
    const most = Math.floor((n * DENOMINATOR) / NUMERATOR);
    let match = -1;
    for (let p = 0; p < prefix; p++) {
      // Triples (clause, position of this word in the clause's ranks, the clause's number of
      // words), in clause order.
      const list = byWord[e.ranks[p]!];
      if (!list) continue;
      for (let k = 0; k < list.length; k += 3) {
        const i = list[k]!;
        // A match earlier than every clause left in the list is found already.
        if (match >= 0 && i >= match) break;
        const m = list[k + 2]!;
        if (m < least || m > most || stamp[i] === j) continue;
        stamp[i] = j;
        // Positional filter: this is the first word the two share, so at most this one and the
        // words after it in both clauses can be shared.
        if (1 + Math.min(n - p - 1, m - list[k + 1]! - 1) < needed(n, m)) continue;
        if (stats) stats.verified++;
        if (similar(entries[i]!.ranks, e.ranks)) match = i;
      }
    }
    if (match >= 0) out.push([e.clause, entries[match]!.clause]);
    for (let p = 0; p < prefix; p++) {
      const list = byWord[e.ranks[p]!];
      if (list) list.push(j, p, n);
      else byWord[e.ranks[p]!] = [j, p, n];
    }
  }
  return out;
}

/** Each clause's words as ranks: rarer words rank lower, ties broken by spelling. */
function rankedEntries(doc: PolicyDocument): Entry[] {
  const clauses = doc.clauses;
  const runs = documentRuns(doc);
  const ids = new Map<string, number>();
  const spelling: string[] = [];
  const frequency: number[] = [];
  const lastClause: number[] = [];
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) {
      ids.set(w, (id = spelling.length));
      spelling.push(w);
      frequency.push(0);
      lastClause.push(-1);
    }
    return id;
  };
  // Tokens as written, to the ids of their words: prose repeats its tokens, so each spelling is
  // lowered and split once. Loops, not callbacks: V8 compiled a callback made per check anew for
  // every document.
  const tokenIds = new Map<string, readonly number[]>();
  const wordIds: number[][] = [];
  for (let k = 0; k < runs.length; k++) {
    const own: number[] = [];
    for (const run of runs[k]!)
      for (const text of run.wordTexts) {
        let found = tokenIds.get(text);
        if (!found) {
          found = tokenWords(text).map(idOf);
          tokenIds.set(text, found);
        }
        for (const id of found) {
          if (lastClause[id] === k) continue;
          lastClause[id] = k;
          frequency[id]!++;
          own.push(id);
        }
      }
    wordIds.push(own);
  }
  const order = spelling.map((_, id) => id);
  order.sort((a, b) => frequency[a]! - frequency[b]! || (spelling[a]! < spelling[b]! ? -1 : 1));
  const rank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  const entries: Entry[] = [];
  for (let k = 0; k < clauses.length; k++) {
    const own = wordIds[k]!;
    const ranks = new Int32Array(own.length);
    for (let i = 0; i < own.length; i++) ranks[i] = rank[own[i]!]!;
    entries.push({
      clause: clauses[k]!,
      force: clauses[k]!.sentence.modal?.force ?? 'statement',
      ranks: ranks.sort(),
    });
  }
  return entries;
}

/** Jaccard(a, b) ≥ NUMERATOR / DENOMINATOR, for ascending arrays of distinct ranks. */
function similar(a: Int32Array, b: Int32Array): boolean {
  // Size filter: |small| / |large| bounds the similarity from above.
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  if (small * DENOMINATOR < large * NUMERATOR) return false;
  const least = needed(a.length, b.length);
  let shared = 0;
  for (let i = 0, k = 0; i < a.length && k < b.length;) {
    if (shared + Math.min(a.length - i, b.length - k) < least) return false;
    const x = a[i]!;
    const y = b[k]!;
    if (x === y) {
      shared++;
      i++;
      k++;
    } else if (x < y) i++;
    else k++;
  }
  return shared >= least;
}

/** How many words sets of sizes `a` and `b` must share: |a ∩ b| / |a ∪ b| ≥ t ⇔ |a ∩ b| ≥ t (|a| + |b|) / (1 + t). */
function needed(a: number, b: number): number {
  return Math.ceil((NUMERATOR * (a + b)) / (NUMERATOR + DENOMINATOR));
}
