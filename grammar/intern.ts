/**
 * One copy of the short strings that a syntax tree keeps over and over: a modal's text (`shall
 * not`), a qualifier's keyword, the text of a subject such as `Officers`, and the places of its
 * words. V8 copies every slice shorter than 13 characters, so without this each occurrence is a
 * string of its own, and a 10,000-clause draft keeps some 40,000 of them for the garbage collector
 * to copy on every parse.
 *
 * The table is bounded: when full it starts again, so a long-running server does not keep the
 * strings of every document it has ever seen. A tree built across a restart keeps at most two
 * copies of a string: the one from before and the one from after.
 */
const table = new Map<string, string>();
const LIMIT = 8192;

/** `s`, or an equal string interned before. */
export function intern(s: string): string {
  const known = table.get(s);
  if (known !== undefined) return known;
  if (table.size >= LIMIT) table.clear();
  table.set(s, s);
  return s;
}

/** Up to this length, a slice of a string is a copy (V8's `SlicedString::kMinLength` is 13). */
export const SHORT_STRING = 12;
