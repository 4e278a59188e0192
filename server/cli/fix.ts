/**
 * `--fix`: apply the quick fixes of a file's findings, re-check, and repeat while fixes remain (a
 * fix skipped because it overlapped another is taken on the next pass), as ESLint does.
 */
import { analyze, type Analysis } from '../analysis/analyze.js';
import type { ResolvedConfig } from '../analysis/config.js';
import { applyFixes, compatibleFixes } from '../analysis/fixes.js';
import type { Finding } from '../analysis/types.js';

/** The text after fixing, its analysis, and how many passes changed it. */
export interface FixResult {
  text: string;
  analysis: Analysis;
  passes: number;
}

/** Fixes `text`, taking only fixes of findings `eligible` accepts, in at most `maxPasses` passes. */
export function fixText(
  text: string,
  config: ResolvedConfig,
  eligible: (finding: Finding) => boolean = () => true,
  maxPasses = 10,
): FixResult {
  let analysis = analyze(text, { config });
  let passes = 0;
  // Fixes offered before: one whose finding outlives it (a definition that does not cover the
  // term it was made for) would otherwise be written again on every pass.
  const offered = new Set<string>();
  while (passes < maxPasses) {
    const fixable = analysis.findings.filter(
      (f) => f.fixes?.length && eligible(f) && !offered.has(fixKey(f)),
    );
    if (fixable.length === 0) break;
    // Only the fixes applied count as offered: one skipped because it overlapped another (two
    // definitions inserted at the same place) is taken on the next pass (probe round 15).
    const applied = compatibleFixes(fixable);
    for (const f of applied) offered.add(fixKey(f));
    const next = applyFixes(text, applied);
    if (next === text) break;
    text = next;
    analysis = analyze(text, { config });
    passes++;
  }
  return { text, analysis, passes };
}

/** What identifies a finding's fix from one pass to the next, when its offsets have moved. */
function fixKey(f: Finding): string {
  return `${f.rule}|${f.clause ?? ''}|${f.message}|${f.fixes![0]!.edits.map((e) => e.newText).join('|')}`;
}
