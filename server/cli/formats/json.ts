/**
 * `--format json`: one entry per checked file, positions 0-based as in LSP (DESIGN §8). A finding
 * with a quick fix carries its first fix; one with related places (a contradiction) carries them.
 * A file, folder or redline.json that could not be used has an entry too, with one diagnostic
 * marked `fatal: true` and no rule, as ESLint's json format reports a file it could not parse.
 */
import type { Range } from '../../../grammar/index.js';
import type { Finding } from '../../analysis/types.js';
import type { FileProblem } from '../files.js';
import type { Formatter } from './types.js';

/** One finding as JSON. */
export interface JsonDiagnostic {
  /** null for a fatal diagnostic (the file was not checked). */
  rule: string | null;
  severity: Finding['severity'];
  message: string;
  clause: string | null;
  range: Range;
  related?: { range: Range; message: string }[];
  fix?: { title: string; edits: { range: Range; newText: string }[] };
  /** Present (true) when the file could not be checked at all; the message says why. */
  fatal?: true;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A path that could not be checked, as a fatal diagnostic. */
export function fatalDiagnostic(problem: FileProblem): JsonDiagnostic {
  return {
    rule: null,
    severity: 'error',
    message: problem.reason,
    clause: null,
    range: copy(START),
    fatal: true,
  };
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

/** Formats findings as a JSON array of `{ file, diagnostics }`; paths not checked come last. */
export const formatJson: Formatter = (reports, { problems }) => {
  const entries = reports.map((r) => ({ file: r.file, diagnostics: r.findings.map(jsonDiagnostic) }));
  for (const problem of problems) {
    const entry = entries.find((e) => e.file === problem.file);
    if (entry) entry.diagnostics.push(fatalDiagnostic(problem));
    else entries.push({ file: problem.file, diagnostics: [fatalDiagnostic(problem)] });
  }
  return `${JSON.stringify(entries, null, 2)}\n`;
};
