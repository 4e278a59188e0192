/**
 * Inline suppression: `// redline-disable-next-line RULE -- reason` silences RULE on the next line
 * (and on the whole clause, note or definition that starts there); `// redline-disable-line RULE`,
 * at the end of a line, on its own line (and item) likewise; `// redline-disable RULE` …
 * `// redline-enable RULE` silences a stretch. A directive that silences nothing, names a rule
 * that does not exist, or is no directive at all (`redline-ignore`) is itself reported.
 */
import type { Comment, PolicyDocument } from '../../grammar/index.js';
import type { Finding } from './types.js';

/** One parsed directive. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  comment: Comment;
}

/** A comment that means to be a directive: `redline-` and a word, as written. */
const DIRECTIVE = /^\s*redline-([\w-]*)([^]*)$/i;
/** A directive as it must be written, in lower case (the rest of the comment may say anything). */
const LOWER_CASE = /^\s*redline-/;
/** What every directive holds, in any case. */
const REDLINE = /redline-/i;
const KINDS = new Set(['disable-next-line', 'disable-line', 'disable', 'enable']);

/** The directives among a document's comments. */
export function directives(doc: PolicyDocument): Directive[] {
  return parsed(doc).directives;
}

/** The directives among a document's comments, and the comments that look like one but are not. */
function parsed(doc: PolicyDocument): { directives: Directive[]; misspelt: [Comment, string][] } {
  const out: Directive[] = [];
  const misspelt: [Comment, string][] = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    // Directives are lower case, as ESLint's are: "REDLINE-DISABLE" is reported, not obeyed.
    if (!KINDS.has(m[1]!) || !LOWER_CASE.test(comment.text)) {
      misspelt.push([comment, comment.text.trim().split(/\s/, 1)[0]!]);
      continue;
    }
    const [body = '', reason] = (m[2] ?? '').split(/\s--\s?/, 2);
    const rules = body.split(/[\s,]+/).filter(Boolean);
    out.push({
      kind: m[1] as Directive['kind'],
      rules,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
      comment,
    });
  }
  return { directives: out, misspelt };
}

interface Span {
  directive: Directive;
  /** The rules it silences: one of a `disable` directive's (each ends at its own `enable`), or all of another's. */
  rules: string[];
  from: number;
  to: number;
  used: boolean;
}

/** Syntax errors are never silenced: a draft the parser cannot read is not checked where they stand. */
const UNSUPPRESSIBLE = 'syntax';

const covers = (rules: readonly string[], rule: string) =>
  rule !== UNSUPPRESSIBLE && (rules.length === 0 || rules.includes(rule));

/**
 * Removes suppressed findings; returns the kept ones plus an `unused-suppression` finding for each
 * directive that silenced nothing (or names an unknown rule).
 */
export function applySuppressions(
  doc: PolicyDocument,
  findings: Finding[],
  knownRules: Set<string>,
): Finding[] {
  // Most documents have no comment that starts "redline-": nothing to parse.
  if (!doc.comments.some((c) => REDLINE.test(c.text))) return findings;
  const { directives: parsedDirectives, misspelt } = parsed(doc);
  const closingNothing: Directive[] = [];
  const spans = suppressionSpans(doc, parsedDirectives, closingNothing);
  const kept = findings.filter((f) => {
    const span = spans.find((s) => f.offset >= s.from && f.offset < s.to && covers(s.rules, f.rule));
    if (span) span.used = true;
    return !span;
  });
  const report = (comment: Comment, message: string) =>
    kept.push({
      rule: 'unused-suppression',
      severity: 'warning',
      message,
      offset: comment.offset,
      end: comment.end,
      range: comment.range,
      clause: null,
    });
  for (const [comment, written] of misspelt)
    report(
      comment,
      KINDS.has(written.toLowerCase().replace(/^redline-/, ''))
        ? `'${written}' is no directive, so it silences nothing; directives are written in lower case: ${written.toLowerCase()}`
        : `'${written}' is no directive, so it silences nothing; write redline-disable-next-line, redline-disable-line, redline-disable or redline-enable`,
    );
  const reported = new Set<Directive>();
  for (const span of spans) {
    const d = span.directive;
    if (reported.has(d)) continue;
    if (d.rules.includes(UNSUPPRESSIBLE)) {
      reported.add(d);
      report(
        d.comment,
        `redline-${d.kind} cannot silence syntax errors: the draft is not checked where the parser cannot read it; correct the text`,
      );
      continue;
    }
    // A rule that does not exist is reported even when the directive's other rules were silenced.
    const unknown = d.rules.filter((r) => !knownRules.has(r));
    const used = spans.some((s) => s.directive === d && s.used);
    if (used && !unknown.length) continue;
    reported.add(d);
    report(
      d.comment,
      unknown.length
        ? `redline-${d.kind} names unknown rule ${unknown.map((r) => `'${r}'`).join(', ')}`
        : `redline-${d.kind}${d.rules.length ? ' ' + d.rules.join(', ') : ''} suppresses nothing; remove it`,
    );
  }
  for (const d of closingNothing)
    report(
      d.comment,
      `redline-enable${d.rules.length ? ' ' + d.rules.join(', ') : ''} ends no redline-disable before it; remove it`,
    );
  return kept;
}

function suppressionSpans(
  doc: PolicyDocument,
  directives: readonly Directive[],
  closingNothing: Directive[],
): Span[] {
  const spans: Span[] = [];
  const open: Span[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      const [from, to] = lineSpan(doc, d.comment, d.kind === 'disable-line');
      spans.push({ directive: d, rules: d.rules, from, to, used: false });
    } else if (d.kind === 'disable') {
      // A stretch per rule, so that "redline-enable weak-modal" ends weak-modal's and leaves the
      // others of "redline-disable weak-modal, hedged-duty" open (probe round 16).
      for (const rules of d.rules.length ? d.rules.map((r) => [r]) : [[]]) {
        const span = { directive: d, rules, from: d.comment.end, to: doc.text.length, used: false };
        open.push(span);
        spans.push(span);
      }
    } else {
      const closed = open.filter(
        (s) => s.to === doc.text.length && (d.rules.length === 0 || s.rules.some((r) => d.rules.includes(r))),
      );
      for (const span of closed) span.to = d.comment.offset;
      if (!closed.length) closingNothing.push(d);
    }
  }
  return spans;
}

/**
 * The next line that is not only a comment (or, for `disable-line`, the comment's own line),
 * extended to the item that starts on it.
 */
function lineSpan(doc: PolicyDocument, comment: Comment, own: boolean): [number, number] {
  const lines = doc.lines;
  if (own) {
    const line = comment.range.start.line;
    const from = lines.offset({ line, character: 0 });
    const item = [...doc.clauses, ...doc.definitions, ...doc.notes].find((i) => i.range.start.line === line);
    return [from, Math.max(comment.end, item?.end ?? 0)];
  }
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
