/**
 * One copy of each string in the facts the server keeps. Facts come from the analysis worker as
 * structured clones, which copy every string, so every finding's rule id, severity and message,
 * every clause's number and modal, every definition's kind is a copy of its own in each document.
 * Interned as they arrive, they are shared across findings, documents and versions: with 1,000
 * open policies that is a third of the facts' memory.
 */

/** The most strings the table holds before it starts over, so a long session does not accumulate. */
const DEFAULT_LIMIT = 50_000;

/** A table of shared strings. */
export class StringTable {
  private strings = new Map<string, string>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** How many strings the table holds. */
  get size(): number {
    return this.strings.size;
  }

  /** The table's copy of `text`, which becomes it when the table has none. */
  string(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    // Starting over forgets nothing that is in use: strings already shared stay shared.
    if (this.strings.size >= this.limit) this.strings = new Map();
    this.strings.set(text, text);
    return text;
  }

  /** Replaces, in place, every string inside plain data (objects and arrays) with the table's copy. */
  intern<T>(data: T): T {
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) data[i] = this.value(data[i]);
    } else if (data !== null && typeof data === 'object') {
      const record = data as Record<string, unknown>;
      for (const key in record) record[key] = this.value(record[key]);
    }
    return data;
  }

  private value(value: unknown): unknown {
    if (typeof value === 'string') return this.string(value);
    if (value !== null && typeof value === 'object') return this.intern(value);
    return value;
  }
}
