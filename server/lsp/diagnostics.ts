/**
 * Findings as LSP diagnostics: severity, `code` = rule id with a link to its docs page, related
 * information, and `data` holding what a code action needs (the fixes, and the line a
 * `redline-disable-next-line` comment goes above).
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import { ruleDocsUrl } from '../analysis/docs.js';
import type { Finding, Severity } from '../analysis/types.js';
import { rules } from '../rules/index.js';
import { itemAt, type DocumentFacts, type Span } from './document-facts.js';

/** What a diagnostic carries for code actions. */
export interface DiagnosticData {
  rule: string;
  /** The document version the diagnostic (and its fixes' edits) belong to. */
  version: number;
  /** The line of the clause, note or definition the finding is in: where a suppression goes above. */
  line: number;
  fixes?: { title: string; edits: TextEdit[] }[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const documented = new Set([...rules.map((r) => r.meta.id), 'syntax']);
const UNNECESSARY = new Set(['unused-definition', 'unused-suppression']);

/** The diagnostics of one analysed document version. */
export function diagnosticsOf(facts: DocumentFacts): Diagnostic[] {
  return facts.findings.map((f) => toDiagnostic(f, facts));
}

/** One finding as a diagnostic. */
export function toDiagnostic(finding: Finding, facts: DocumentFacts): Diagnostic {
  const data: DiagnosticData = { rule: finding.rule, version: facts.version, line: anchorLine(finding, facts) };
  if (finding.fixes?.length)
    data.fixes = finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ range: e.range, newText: e.newText })),
    }));
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: 'redline',
    message: finding.message,
    data,
  };
  if (documented.has(finding.rule)) diagnostic.codeDescription = { href: ruleDocsUrl(finding.rule) };
  if (UNNECESSARY.has(finding.rule)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.related?.length)
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: facts.uri, range: r.range },
      message: r.message,
    }));
  return diagnostic;
}

/** The first line of the item that holds the finding, or the finding's own line. */
function anchorLine(finding: Finding, facts: DocumentFacts): number {
  const item: Span | undefined =
    itemAt(facts.clauses, finding.offset) ?? itemAt(facts.definitions, finding.offset) ?? itemAt(facts.notes, finding.offset);
  return (item?.range ?? finding.range).start.line;
}

/** Whether two ranges share at least a position. */
export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
