/**
 * `analyze(text)`: parse, build the model, run every enabled rule, apply inline suppressions. The
 * one entry point the CLI, the language server and the tests share.
 */
import { parse, type Clause, type PolicyDocument } from '../../grammar/index.js';
import { buildModel, type PolicyModel } from '../model/index.js';
import { rules as registry } from '../rules/index.js';
import { defaultConfig, type ResolvedConfig } from './config.js';
import { applySuppressions } from './suppress.js';
import type { Finding, Report, Rule, RuleContext, Severity } from './types.js';
import { WordLists } from './words.js';

/** The result of checking one document. */
export interface Analysis {
  doc: PolicyDocument;
  model: PolicyModel;
  findings: Finding[];
}

export interface AnalyzeOptions {
  config?: ResolvedConfig;
  /** The rules to run (all registered rules by default). */
  rules?: Rule[];
  /**
   * The AST of an earlier version of the same document (an `Analysis`'s `doc`): its unchanged
   * items are reused instead of parsed again (see grammar/parse.ts). The result is the same. It is
   * consumed: its nodes move into the new analysis, so neither it nor its analysis may be read
   * afterwards.
   */
  previous?: PolicyDocument;
}

const wordListCache = new Map<string, WordLists>();

function wordListsFor(config: ResolvedConfig): WordLists {
  const key = JSON.stringify(config.words);
  let lists = wordListCache.get(key);
  if (!lists) {
    if (wordListCache.size > 16) wordListCache.clear();
    lists = new WordLists(config.words);
    wordListCache.set(key, lists);
  }
  return lists;
}

/** Every rule id a finding can carry, for validating suppressions. */
export const knownRuleIds = new Set([...registry.map((r) => r.meta.id), 'syntax', 'unused-suppression']);

/** The severity `rule` runs at under `config`, or `off`. */
export function effectiveSeverity(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  if (!config.packs.has(rule.meta.pack)) return 'off';
  return config.rules[rule.meta.id] ?? rule.meta.severity;
}

/** Where the rule running now reports to: its document, its severity, the analysis's findings. */
interface Reporting {
  doc: PolicyDocument;
  rule: Rule;
  severity: Severity;
  findings: Finding[];
}

let reporting: Reporting | undefined;

/**
 * `RuleContext.report`: one function for every rule of every analysis, which reports to the rule
 * running now. It was a closure made per rule and analysis, and each rule's optimised code, which
 * inlines the closure it has seen, was thrown away at the next document (a new closure, or the old
 * one collected) and compiled again, in a process that checks document after document as the
 * language server does (--trace-deopt: wrong call target, weak objects).
 */
function report(r: Report): void {
  if (!reporting) throw new Error('a rule reported a finding after its check returned');
  reporting.findings.push(toFinding(reporting.doc, reporting.rule, reporting.severity, r));
}

/** Checks one document's text. Never throws: a rule that fails becomes a finding. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const config = options.config ?? defaultConfig();
  const doc = parse(text, options.previous);
  const model = buildModel(doc);
  // A literal and pushes, not map: an array from map starts with whatever elements it had (none,
  // mostly), and the rules' code, which pushes findings, was deoptimised at the next document by
  // the array's changed elements kind. A literal's kind is remembered from its earlier arrays.
  const findings: Finding[] = [];
  for (const e of doc.errors)
    findings.push({
      rule: 'syntax',
      severity: 'error',
      message: e.message,
      offset: e.offset,
      end: e.end,
      range: e.range,
      clause: clauseOfSyntaxError(doc, e.offset)?.number ?? null,
    });
  const words = wordListsFor(config);
  const outer = reporting;
  for (const rule of options.rules ?? registry) {
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    const context: RuleContext = { doc, model, config, words, report };
    reporting = { doc, rule, severity, findings };
    try {
      rule.check(context);
    } catch (error) {
      findings.push({
        rule: rule.meta.id,
        severity: 'error',
        message: `internal error in rule ${rule.meta.id}: ${(error as Error).message}; please report it`,
        offset: 0,
        end: 0,
        range: doc.lines.range(0, 0),
        clause: null,
      });
    } finally {
      reporting = outer;
    }
  }
  const unusedSeverity = config.rules['unused-suppression'] ?? 'warning';
  // A loop, not filter with a closure made per analysis (compiled again for each document).
  const kept: Finding[] = [];
  for (const f of applySuppressions(doc, findings, knownRuleIds)) {
    if (f.rule === 'unused-suppression') {
      if (unusedSeverity === 'off') continue;
      f.severity = unusedSeverity;
    }
    kept.push(f);
  }
  kept.sort(byOffsetThenRule);
  return { doc, model, findings: kept };
}

/**
 * The known rule ids in `localeCompare` order, as numbers: findings at one offset are ordered by
 * rule id, and comparing two numbers is cheaper than comparing two ids by locale.
 */
const ruleOrder = new Map([...knownRuleIds].sort((a, b) => a.localeCompare(b)).map((id, i) => [id, i]));

function byOffsetThenRule(a: Finding, b: Finding): number {
  if (a.offset !== b.offset) return a.offset - b.offset;
  const x = ruleOrder.get(a.rule);
  const y = ruleOrder.get(b.rule);
  return x !== undefined && y !== undefined ? x - y : a.rule.localeCompare(b.rule);
}

/**
 * Message templates split once into text and placeholder names (text at even indices, names at
 * odd ones): a large draft formats thousands of messages from a few dozen templates.
 */
const compiledTemplates = new Map<string, string[]>();

function compileTemplate(template: string): string[] {
  let parts = compiledTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    parts.push(template.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  if (compiledTemplates.size > 1000) compiledTemplates.clear();
  compiledTemplates.set(template, parts);
  return parts;
}

/** Fills `{{placeholders}}` from `data`. */
export function formatMessage(template: string, data: Record<string, string> = {}): string {
  const parts = compileTemplate(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (data[key] ?? `{{${key}}}`) + parts[i + 1]!;
  }
  return out;
}

function toFinding(doc: PolicyDocument, rule: Rule, severity: Severity, r: Report): Finding {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${r.messageId}'`);
  const clause = r.clause === undefined ? clauseAt(doc, r.offset) : r.clause;
  const finding: Finding = {
    rule: rule.meta.id,
    severity,
    message: formatMessage(template, r.data),
    offset: r.offset,
    end: r.end,
    range: doc.lines.range(r.offset, r.end),
    clause: clause?.number ?? null,
  };
  if (r.related?.length)
    finding.related = r.related.map((x) => ({ range: doc.lines.range(x.offset, x.end), message: x.message }));
  if (r.fixes?.length)
    finding.fixes = r.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ ...e, range: doc.lines.range(e.offset, e.end) })),
    }));
  return finding;
}

/**
 * The clause a syntax error belongs to: the clause it falls in, or else the last clause before it
 * when no section, definition or note starts in between. Text after a clause's full stop, on its
 * line or the next ("… with a Sergeant. ]]", a second sentence without a number), is that
 * clause's.
 */
function clauseOfSyntaxError(doc: PolicyDocument, offset: number): Clause | undefined {
  const clause = lastStartingAtOrBefore(doc.clauses, offset);
  if (!clause || offset <= clause.end) return clause;
  const others: readonly (readonly { offset: number }[])[] = [doc.sections, doc.definitions, doc.notes];
  for (const items of others) {
    const item = lastStartingAtOrBefore(items, offset);
    if (item && item.offset > clause.offset) return undefined;
  }
  return clause;
}

/** The last of `items` (in source order) that starts at or before `offset`. */
function lastStartingAtOrBefore<T extends { offset: number }>(
  items: readonly T[],
  offset: number,
): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid]!;
    if (item.offset <= offset) {
      found = item;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The clause whose span holds `offset`. */
export function clauseAt(doc: PolicyDocument, offset: number): Clause | undefined {
  const clause = lastStartingAtOrBefore(doc.clauses, offset);
  return clause && offset <= clause.end ? clause : undefined;
}
