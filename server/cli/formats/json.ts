/**
 * `--format json`: one entry per checked file, positions 0-based as in LSP (DESIGN §8). A finding
 * with a quick fix carries its first fix; one with related places (a contradiction) carries them.
 */
import type { Range } from '../../../grammar/index.js';
import type { Finding } from '../../analysis/types.js';
import type { Formatter } from './types.js';

/** One finding as JSON. */
export interface JsonDiagnostic {
  rule: string;
  severity: Finding['severity'];
  message: string;
  clause: string | null;
  range: Range;
  related?: { range: Range; message: string }[];
  fix?: { title: string; edits: { range: Range; newText: string }[] };
}

/** A finding in the JSON shape. */
export function jsonDiagnostic(f: Finding): JsonDiagnostic {
  const out: JsonDiagnostic = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    clause: f.clause,
    range: copy(f.range),
  };
  if (f.related?.length) out.related = f.related.map((r) => ({ range: copy(r.range), message: r.message }));
  const fix = f.fixes?.[0];
  if (fix)
    out.fix = {
      title: fix.title,
      edits: fix.edits.map((e) => ({ range: copy(e.range), newText: e.newText })),
    };
  return out;
}

const copy = (r: Range): Range => ({
  start: { line: r.start.line, character: r.start.character },
  end: { line: r.end.line, character: r.end.character },
});

/** Formats findings as a JSON array of `{ file, diagnostics }`. */
export const formatJson: Formatter = (reports) =>
  `${JSON.stringify(
    reports.map((r) => ({ file: r.file, diagnostics: r.findings.map(jsonDiagnostic) })),
    null,
    2,
  )}\n`;
