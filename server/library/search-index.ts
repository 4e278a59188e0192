/**
 * The full-text index (MiniSearch) over normalised library text. Documents arrive already
 * normalised (see normalize.ts), so MiniSearch only splits on blanks; updates discard and re-add
 * one library document's entries at a time.
 */
import MiniSearch from 'minisearch';

/** One indexed record: an id and space-separated normalised terms per field. */
export type IndexRecord = { id: string } & Record<string, string>;

/** A hit: the record id and MiniSearch's relevance score. */
export interface IndexHit {
  id: string;
  score: number;
}

/** What to search: terms (the last one may be partial), fields with boosts, and a filter on ids. */
export interface IndexQuery {
  terms: string[];
  boost: Record<string, number>;
  filter?: (id: string) => boolean;
  /** Complete the last term as a prefix (it is still being typed). */
  prefix?: boolean;
  /** Let long terms match with one typo (costly on a large index: searches only). */
  fuzzy?: boolean;
  /** Return at most this many hits, best first. */
  limit?: number;
}

/** A MiniSearch index over pre-normalised fields, counting in how many records each term is. */
export class TermIndex {
  private readonly search: MiniSearch<IndexRecord>;
  private readonly records = new Map<string, IndexRecord>();
  /** Per field: term → number of records holding it. */
  private readonly counts = new Map<string, Map<string, number>>();

  constructor(readonly fields: string[]) {
    this.search = new MiniSearch<IndexRecord>({
      fields,
      storeFields: [],
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
      autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 1000, batchWait: 5 },
    });
  }

  add(records: IndexRecord[]): void {
    this.search.addAll(records);
    for (const r of records) {
      this.records.set(r.id, r);
      this.count(r, 1);
    }
  }

  /** Removes records; MiniSearch cleans up its posting lists lazily. */
  discard(ids: string[]): void {
    for (const id of ids) {
      const r = this.records.get(id);
      if (!r) continue;
      this.search.discard(id);
      this.records.delete(id);
      this.count(r, -1);
    }
  }

  /** The share of records whose `field` holds `term` (or, for a prefix, a term that starts with it; an estimate). */
  share(field: string, term: string, prefix: boolean): number {
    const counts = this.counts.get(field);
    if (!counts || !this.records.size) return 0;
    let n = counts.get(term) ?? 0;
    if (prefix) for (const [t, c] of counts) if (t !== term && t.startsWith(term)) n += c;
    return Math.min(1, n / this.records.size);
  }

  private count(record: IndexRecord, delta: number): void {
    for (const field of this.fields) {
      let counts = this.counts.get(field);
      if (!counts) this.counts.set(field, (counts = new Map()));
      for (const term of new Set((record[field] ?? '').split(' '))) {
        if (!term) continue;
        const n = (counts.get(term) ?? 0) + delta;
        if (n > 0) counts.set(term, n);
        else counts.delete(term);
      }
    }
  }

  get size(): number {
    return this.search.documentCount;
  }

  /** Records matching any of the terms, best first. */
  query(q: IndexQuery): IndexHit[] {
    if (!q.terms.length) return [];
    const last = q.terms.length - 1;
    const results = this.search.search(q.terms.join(' '), {
      fields: Object.keys(q.boost),
      boost: q.boost,
      prefix: (_term, i) => q.prefix === true && i === last,
      fuzzy: (term, i) => (q.fuzzy && term.length >= 6 && !(q.prefix && i === last) ? 0.15 : false),
      weights: { fuzzy: 0.4, prefix: 0.6 },
      combineWith: 'OR',
      ...(q.filter ? { filter: (r: { id: unknown }) => q.filter!(r.id as string) } : {}),
    });
    const kept = q.limit === undefined ? results : results.slice(0, q.limit);
    return kept.map((r) => ({ id: r.id as string, score: r.score }));
  }
}
