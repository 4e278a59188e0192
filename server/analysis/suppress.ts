/**
 * Inline suppression: `// redline-disable-next-line RULE -- reason` silences RULE on the next line
 * (and on the whole clause, note or definition that starts there); `// redline-disable RULE` …
 * `// redline-enable RULE` silences a stretch. A directive that silences nothing is itself reported.
 */
import type { Comment, PolicyDocument } from '../../grammar/index.js';
import type { Finding } from './types.js';

/** One parsed directive. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  comment: Comment;
}

const DIRECTIVE = /^\s*redline-(disable-next-line|disable|enable)\b([^]*)$/;

/** The directives among a document's comments. */
export function directives(doc: PolicyDocument): Directive[] {
  const out: Directive[] = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const [body = '', reason] = (m[2] ?? '').split(/\s--\s?/, 2);
    const rules = body.split(/[\s,]+/).filter(Boolean);
    out.push({
      kind: m[1] as Directive['kind'],
      rules,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
      comment,
    });
  }
  return out;
}

interface Span {
  directive: Directive;
  from: number;
  to: number;
  used: boolean;
}

const covers = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);

/**
 * Removes suppressed findings; returns the kept ones plus an `unused-suppression` finding for each
 * directive that silenced nothing (or names an unknown rule).
 */
export function applySuppressions(
  doc: PolicyDocument,
  findings: Finding[],
  knownRules: Set<string>,
): Finding[] {
  const spans = suppressionSpans(doc);
  if (!spans.length) return findings;
  const kept = findings.filter((f) => {
    const span = spans.find((s) => f.offset >= s.from && f.offset < s.to && covers(s.directive, f.rule));
    if (span) span.used = true;
    return !span;
  });
  const reported = new Set<Directive>();
  for (const span of spans) {
    const d = span.directive;
    if (reported.has(d) || spans.some((s) => s.directive === d && s.used)) continue;
    reported.add(d);
    const unknown = d.rules.filter((r) => !knownRules.has(r));
    kept.push({
      rule: 'unused-suppression',
      severity: 'warning',
      message: unknown.length
        ? `redline-${d.kind} names unknown rule ${unknown.map((r) => `'${r}'`).join(', ')}`
        : `redline-${d.kind}${d.rules.length ? ' ' + d.rules.join(', ') : ''} suppresses nothing; remove it`,
      offset: d.comment.offset,
      end: d.comment.end,
      range: d.comment.range,
      clause: null,
    });
  }
  return kept;
}

function suppressionSpans(doc: PolicyDocument): Span[] {
  const spans: Span[] = [];
  const open: Span[] = [];
  for (const d of directives(doc)) {
    if (d.kind === 'disable-next-line') {
      const [from, to] = nextLineSpan(doc, d.comment);
      spans.push({ directive: d, from, to, used: false });
    } else if (d.kind === 'disable') {
      const span = { directive: d, from: d.comment.end, to: doc.text.length, used: false };
      open.push(span);
      spans.push(span);
    } else {
      for (const span of open.filter(
        (s) =>
          s.to === doc.text.length &&
          (d.rules.length === 0 || s.directive.rules.some((r) => d.rules.includes(r))),
      ))
        span.to = d.comment.offset;
    }
  }
  return spans;
}

/** The next line that is not only a comment, extended to the item that starts on it. */
function nextLineSpan(doc: PolicyDocument, comment: Comment): [number, number] {
  const lines = doc.lines;
  let line = comment.range.start.line + 1;
  const commentLines = new Set(
    doc.comments
      .filter((c) => lines.lineText(c.range.start.line).trim().startsWith('//'))
      .map((c) => c.range.start.line),
  );
  while (line < lines.lineCount && (commentLines.has(line) || lines.lineText(line).trim() === '')) line++;
  const from = lines.offset({ line, character: 0 });
  let to = lines.offset({ line, character: Number.MAX_SAFE_INTEGER });
  const items = [...doc.clauses, ...doc.definitions, ...doc.notes];
  const item = items.find((i) => i.range.start.line === line);
  if (item) to = Math.max(to, item.end);
  return [from, to];
}
