/**
 * Fixture drafts with their expected findings written inline, under the words they mark:
 *
 *   2.4 Officers should obtain approval when time and circumstances permit.
 *   //           ^^^^^^ warning weak-modal
 *
 * The carets give the line (the nearest line above that is not an expectation) and the columns; a
 * finding that runs past the end of that line is marked up to the line's end.
 */
import type { Finding } from '../../server/analysis/types.js';

/** One expectation: 0-based line and characters, severity and rule. */
export interface Expectation {
  line: number;
  start: number;
  end: number;
  severity: string;
  rule: string;
}

const CARETS = /^(\s*\/\/\s*)(\^+)\s+(error|warning|info)\s+([\w-]+)\s*$/;

/** The expectations written in `text`. */
export function expectationsOf(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  let target = -1;
  lines.forEach((line, i) => {
    const m = CARETS.exec(line);
    if (!m) {
      target = i;
      return;
    }
    const start = m[1]!.length;
    out.push({ line: target, start, end: start + m[2]!.length, severity: m[3]!, rule: m[4]! });
  });
  return out;
}

/** How a finding would be written as an expectation, given the text it is in. */
export function asExpectation(finding: Finding, text: string): Expectation {
  const lines = text.split(/\r?\n/);
  const { start, end } = finding.range;
  const lineEnd = lines[start.line]?.trimEnd().length ?? start.character;
  return {
    line: start.line,
    start: start.character,
    end: end.line === start.line ? end.character : lineEnd,
    severity: finding.severity,
    rule: finding.rule,
  };
}

/** Renders expectations as the lines they would be written as, for readable test failures. */
export function render(expectations: Expectation[]): string[] {
  return expectations
    .map(
      (e) =>
        `line ${e.line + 1}: ${' '.repeat(e.start)}${'^'.repeat(Math.max(1, e.end - e.start))} ${e.severity} ${e.rule}`,
    )
    .sort();
}
