/**
 * Renders library text for the drafter's document: the library's agency becomes the drafter's own
 * (`define SPD as agency …` turns "MPD" and "the Department" into "SPD"), and actors the draft does
 * not define become placeholders to fill in. Output is an LSP snippet or plain text.
 */
import type { DefinitionIndex } from '../model/index.js';
import type { NameSegment, Segment } from './types.js';

/** The names of the document being drafted. */
export interface DrafterNames {
  /** Its first `define X as agency`. */
  agency?: string;
  /** Its first `define X as immigration authority`. */
  authority?: string;
  defs?: DefinitionIndex;
}

const isAcronym = (name: string): boolean => /^[A-Z0-9]{2,}$/.test(name);

/** Escapes literal snippet text. */
export const escapeSnippet = (text: string): string => text.replace(/[\\$}]/g, (c) => `\\${c}`);

/** How one name is written for the drafter, and whether it becomes a placeholder. */
function rewrite(
  seg: NameSegment,
  names: DrafterNames,
  first: boolean,
): { before: string; name: string; after: string; slot: boolean } {
  const written = { before: '', name: seg.text, after: '', slot: false };
  if (seg.kind === 'agency') {
    const name = names.agency ?? seg.name;
    const article = isAcronym(name) ? '' : seg.article ? `${seg.text[0]}he ` : first ? 'The ' : 'the ';
    return { before: article, name, after: seg.possessive ? "'s" : '', slot: true };
  }
  if (names.defs?.lookup(seg.name)) return written;
  if (seg.kind === 'immigration-authority' && names.authority) {
    return { before: '', name: names.authority, after: seg.possessive ? "'s" : '', slot: true };
  }
  return { ...written, slot: true };
}

/**
 * The segments as an LSP snippet; the same name gets the same placeholder number. `start`: the
 * segments open a sentence, so an article put before the first name is capitalised.
 */
export function renderSnippet(segments: Segment[], names: DrafterNames, start = false): string {
  const slots = new Map<string, number>();
  let out = '';
  segments.forEach((seg, i) => {
    if (typeof seg === 'string') {
      out += escapeSnippet(seg);
      return;
    }
    const r = rewrite(seg, names, start && i === 0);
    if (!r.slot) {
      out += escapeSnippet(r.name);
      return;
    }
    const key = `${seg.kind}:${r.name}`;
    const slot = slots.get(key) ?? slots.size + 1;
    slots.set(key, slot);
    out += `${escapeSnippet(r.before)}\${${slot}:${escapeSnippet(r.name)}}${escapeSnippet(r.after)}`;
  });
  return out;
}

/** The segments as plain text, names rewritten as in the snippet. */
export function renderPlain(segments: Segment[], names: DrafterNames, start = false): string {
  return segments
    .map((seg, i) => {
      if (typeof seg === 'string') return seg;
      const r = rewrite(seg, names, start && i === 0);
      return r.before + r.name + r.after;
    })
    .join('');
}
