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
import type { Severity } from '../analysis/types.js';
import { rules } from '../rules/index.js';
import { itemAt, type DocumentFacts, type FindingFact, type Span } from './document-facts.js';
import { positionAt, rangeOf } from './positions.js';

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

/**
 * VS Code shows no more than this many diagnostics per file; sending more only costs time, which a
 * 5,000-clause draft with ten thousand findings would spend blocking the server.
 */
export const MAX_DIAGNOSTICS = 1000;

const ORDER: Severity[] = ['error', 'warning', 'info'];

/**
 * The diagnostics of one analysed document version: at most `limit`, errors first, then warnings,
 * then information (as VS Code keeps them), followed by one saying how many were left out.
 */
export function diagnosticsOf(facts: DocumentFacts, limit = MAX_DIAGNOSTICS): Diagnostic[] {
  const findings = facts.findings;
  if (findings.length <= limit) return findings.map((f) => toDiagnostic(f, facts));
  const kept: FindingFact[] = [];
  for (const severity of ORDER)
    for (const f of findings) if (f.severity === severity && kept.length < limit) kept.push(f);
  kept.sort((a, b) => a.offset - b.offset);
  const out = kept.map((f) => toDiagnostic(f, facts));
  out.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'redline',
    message: `Not showing ${findings.length - limit} further findings; \`redline check\` lists them all.`,
  });
  return out;
}

/** One finding as a diagnostic, with ranges in the text the facts were made from. */
export function toDiagnostic(finding: FindingFact, facts: DocumentFacts): Diagnostic {
  const data: DiagnosticData = {
    rule: finding.rule,
    version: facts.version,
    line: anchorLine(finding, facts),
  };
  if (finding.fixes?.length)
    data.fixes = finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ range: rangeOf(facts, e), newText: e.newText })),
    }));
  const diagnostic: Diagnostic = {
    range: rangeOf(facts, finding),
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
      location: { uri: facts.uri, range: rangeOf(facts, r) },
      message: r.message,
    }));
  return diagnostic;
}

/** The first line of the item that holds the finding, or the finding's own line. */
function anchorLine(finding: FindingFact, facts: DocumentFacts): number {
  const item: Span | undefined =
    itemAt(facts.clauses, finding.offset) ??
    itemAt(facts.definitions, finding.offset) ??
    itemAt(facts.notes, finding.offset);
  return positionAt(facts, (item ?? finding).offset).line;
}

/** Whether two ranges share at least a position. */
export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
