/**
 * Folding: the header, each section (down to its last child), multi-line clauses, notes and
 * definitions, runs of consecutive definitions, and blocks of comment lines.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { DocumentFacts, Span } from './document-facts.js';
import { positionAt, type Lines } from './positions.js';
import { analysed, type Provider } from './provider.js';

const lineOf = (lines: Lines, offset: number) => positionAt(lines, offset).line;

function fold(lines: Lines, span: Span, kind?: FoldingRangeKind): FoldingRange[] {
  const startLine = lineOf(lines, span.offset);
  const endLine = lineOf(lines, span.end);
  if (endLine <= startLine) return [];
  return [{ startLine, endLine, ...(kind ? { kind } : {}) }];
}

/** Spans with at most `allowGap` blank lines between them, merged. */
function runs(lines: Lines, spans: Span[], allowGap: number, others: Span[] = []): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    const between = last && others.some((o) => o.offset >= last.end && o.offset < s.offset);
    if (last && !between && lineOf(lines, s.offset) - lineOf(lines, last.end) <= allowGap + 1)
      out[out.length - 1] = { offset: last.offset, end: s.end };
    else out.push(s);
  }
  return out;
}

/** The folding ranges of a document. */
export function foldingRanges(facts: DocumentFacts): FoldingRange[] {
  const out: FoldingRange[] = [];
  if (facts.header) out.push(...fold(facts, facts.header, FoldingRangeKind.Region));
  for (const s of facts.sections) out.push(...fold(facts, s.extent, FoldingRangeKind.Region));
  for (const item of [...facts.clauses, ...facts.notes, ...facts.definitions]) out.push(...fold(facts, item));
  const definitionRuns = runs(facts, facts.definitions, 1, [
    ...facts.sections,
    ...facts.clauses,
    ...facts.notes,
  ]).filter((r) => !facts.definitions.some((d) => d.offset === r.offset && d.end === r.end));
  for (const r of definitionRuns) out.push(...fold(facts, r, FoldingRangeKind.Region));
  for (const block of runs(
    facts,
    facts.comments.filter((c) => c.ownLine),
    0,
  ))
    out.push(...fold(facts, block, FoldingRangeKind.Comment));
  const seen = new Set<string>();
  return out
    .filter((r) => {
      const key = `${r.startLine}:${r.endLine}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Folding ranges. */
export const foldingRangeProvider: Provider = {
  capabilities: () => ({ foldingRangeProvider: true }),
  register(services) {
    services.connection.onFoldingRanges(async ({ textDocument }, token) => {
      const current = await analysed(services, textDocument.uri, token);
      return current ? foldingRanges(current.facts) : [];
    });
  },
};
