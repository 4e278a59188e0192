/**
 * `--format rdjson`: reviewdog's Diagnostic Format, for `reviewdog -f=rdjson`. Lines are 1-based and
 * columns count UTF-8 bytes from 1, as reviewdog specifies; quick fixes become suggestions. A path
 * that could not be checked is an ERROR diagnostic on the whole file (a location with no range).
 */
import type { LineIndex, Position, Range } from '../../../grammar/index.js';
import { ruleDocsUrl } from '../../analysis/docs.js';
import type { Severity } from '../../analysis/types.js';
import type { Formatter } from './types.js';

const SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/** An LSP position (UTF-16 characters) as reviewdog's (1-based line, 1-based UTF-8 byte column). */
function position(lines: LineIndex, p: Position): { line: number; column: number } {
  const before = lines.lineText(p.line).slice(0, p.character);
  return { line: p.line + 1, column: Buffer.byteLength(before, 'utf8') + 1 };
}

const range = (lines: LineIndex, r: Range) => ({
  start: position(lines, r.start),
  end: position(lines, r.end),
});

/** Formats findings as one rdjson document. */
export const formatRdjson: Formatter = (reports, { problems }) => {
  const diagnostics = reports.flatMap((report) =>
    report.findings.map((f) => ({
      message: f.message,
      location: { path: report.file, range: range(report.lines, f.range) },
      severity: SEVERITY[f.severity],
      code: { value: f.rule, url: ruleDocsUrl(f.rule) },
      ...(f.fixes?.[0]
        ? {
            suggestions: f.fixes[0].edits.map((e) => ({
              range: range(report.lines, e.range),
              text: e.newText,
            })),
          }
        : {}),
    })),
  );
  const notChecked = problems.map((p) => ({
    message: p.reason,
    location: { path: p.file },
    severity: SEVERITY.error,
  }));
  const result = {
    source: { name: 'redline', url: 'https://github.com/redline-policy/redline' },
    severity: 'WARNING',
    diagnostics: [...diagnostics, ...notChecked],
  };
  return `${JSON.stringify(result, null, 2)}\n`;
};
