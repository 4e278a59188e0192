/**
 * Applying quick fixes to a text: the first fix of each finding, skipping any that overlaps an edit
 * already taken, applied from the end so offsets stay valid. Shared by `redline check --fix` and tests.
 */
import type { Finding, TextEdit } from './types.js';

/** The findings whose first fix is taken: each in turn, unless it overlaps an edit already taken. */
export function compatibleFixes(findings: Finding[]): Finding[] {
  const taken: Pick<TextEdit, 'offset' | 'end'>[] = [];
  const out: Finding[] = [];
  for (const f of findings) {
    const fix = f.fixes?.[0];
    if (!fix) continue;
    const overlaps = fix.edits.some((e) =>
      taken.some((t) => (e.offset < t.end && t.offset < e.end) || (e.offset === t.offset && e.end === t.end)),
    );
    if (overlaps) continue;
    taken.push(...fix.edits);
    out.push(f);
  }
  return out;
}

/** The edits of the first fix of each finding that do not overlap one another. */
export function compatibleEdits(findings: Finding[]): Pick<TextEdit, 'offset' | 'end' | 'newText'>[] {
  const taken: Pick<TextEdit, 'offset' | 'end' | 'newText'>[] = [];
  for (const f of compatibleFixes(findings)) taken.push(...f.fixes![0]!.edits);
  // From the end; at one offset, the edit that replaces text first and an insertion there after
  // it, so the insertion lands where the replaced text was and is not itself replaced.
  return taken.sort((a, b) => b.offset - a.offset || b.end - a.end);
}

/** `text` with the compatible fixes of `findings` applied. */
export function applyFixes(text: string, findings: Finding[]): string {
  let out = text;
  for (const e of compatibleEdits(findings)) out = out.slice(0, e.offset) + e.newText + out.slice(e.end);
  return out;
}
