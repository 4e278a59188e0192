/**
 * The safeguard scorecard (DESIGN §7): for each safeguard of the immigration pack, whether the
 * policy has it (`present`), has it with a gap (`weak`: hedged, discretionary, a loophole, an
 * exception without a judicial warrant, or another clause that permits what it forbids) or lacks it
 * (`missing`), with the clauses that decide it and the reason in plain words.
 */
import { opensException, type Clause } from '../../grammar/index.js';
import { analyze, type Analysis } from '../analysis/analyze.js';
import type { ResolvedConfig } from '../analysis/config.js';
import type { WordLists } from '../analysis/words.js';
import { defaultConcepts, defaultLexicon, describeGuard, type Guard, type Norm } from '../model/index.js';
import { notLabel } from '../model/logic.js';
import { verbOf } from '../model/text.js';
import { escapeOf, isNegative, openings, satisfiable, warrantGated } from './reach.js';
import { defaultSafeguards, type Matcher, type Safeguard } from './safeguards.js';
import { clauseWeaknesses, describeWeakness, wordListsFor } from './weaknesses.js';
import { definedName, looseJudicialWarrant } from '../rules/warrants.js';

/** Whether a policy has a safeguard: fully, with a gap, or not at all. */
export type SafeguardStatus = 'present' | 'weak' | 'missing';

/** One safeguard's verdict. */
export interface SafeguardResult {
  id: string;
  title: string;
  status: SafeguardStatus;
  /** Numbers of the clauses that decide the status, in document order. */
  clauses: string[];
  reason: string;
}

/** Every safeguard's verdict for one policy. */
export interface Scorecard {
  file?: string;
  safeguards: SafeguardResult[];
}

/** What a scorecard is computed with. */
export interface ScorecardOptions {
  config?: ResolvedConfig;
  safeguards?: Safeguard[];
}

/** A clause that speaks to a safeguard, and what weakens it (nothing, when it fully covers it). */
interface Candidate {
  clause: Clause;
  norm?: Norm;
  verb: string;
  reasons: string[];
}

interface Context {
  analysis: Analysis;
  words: WordLists;
  /** A definition of "judicial warrant" that lets an administrative warrant count, if there is one. */
  looseWarrant: string | undefined;
}

/**
 * The name of a definition of a judicial warrant that lets ICE's own warrant count as one (read
 * from the word lists, as administrative-warrant reads it, so that turning the rule off changes
 * no scorecard): a warrant requirement then protects nothing.
 */
function looseWarrantDefinition(analysis: Analysis, words: WordLists): string | undefined {
  const d = analysis.doc.definitions.find((x) => looseJudicialWarrant(x, analysis.doc.text, words));
  return d && definedName(d);
}

const cite = (clauses: Clause[]) => [...new Set(clauses.map((c) => `§${c.number}`))].join(', ');
const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const plural = (verb: string) => verb.replace(/^(\w+)s\b/, '$1');
const VERB: Record<string, string> = {
  permission: 'permits',
  obligation: 'requires',
  recommendation: 'recommends',
};

/**
 * A guard in words, with a negated condition said as the check rules' witnesses say it ("there is
 * no interview by ICE …", "it is not the case that …"), not as the formula `not (…)`.
 */
function plainGuard(guard: Guard): string {
  if (guard.op !== 'not') return describeGuard(guard);
  const inner = guard.guard;
  if (inner.op === 'atom') {
    const concept = defaultConcepts.find((c) => c.id === inner.atom.concept);
    return concept ? concept.negatedLabel : notLabel(inner.atom.label);
  }
  return `it is not the case that ${describeGuard(inner)}`;
}

/** A guard as a short phrase: "4 listed cases, such as 'the individual is arrested for any violent felony'". */
export function describeCases(guard: Guard): string {
  if (guard.op === 'or' && guard.guards.length > 1)
    return `${guard.guards.length} listed cases, such as '${short(plainGuard(guard.guards[0]!), 70)}'`;
  if (guard.op === 'and') {
    const parts = guard.guards.map((g) => (g.op === 'or' ? `(${describeGuard(g)})` : plainGuard(g)));
    return `'${short(parts.join(' and '))}'`;
  }
  return `'${short(plainGuard(guard))}'`;
}

function weaknessReasons(ctx: Context, clause: Clause, skip: Set<string>): string[] {
  const found = clauseWeaknesses(ctx.analysis.doc, clause, ctx.analysis.findings, ctx.words);
  return found.filter((w) => !skip.has(w.kind)).map(describeWeakness);
}

/** What weakens a prohibition: a mere discouragement, an exception without a judicial warrant, weak words. */
function judgeNegative(ctx: Context, norm: Norm): Candidate {
  const reasons: string[] = [];
  const skip = new Set<string>();
  const modal = norm.modal;
  const escape = escapeOf(norm, ctx.analysis.model.norms);
  if (escape && satisfiable(escape) && !warrantGated(escape)) {
    skip.add('missing-judicial-warrant');
    if (norm.implied) reasons.push(`an exception without a judicial warrant (${describeCases(escape)})`);
    for (const { qualifier, open } of norm.implied ? [] : openings(norm)) {
      if (warrantGated(open)) continue;
      const words = short(
        `${qualifier.keyword} ${qualifier.condition?.text ?? qualifier.list?.intro ?? ''}`.trim(),
      );
      reasons.push(
        opensException(qualifier.kind)
          ? `an exception without a judicial warrant ('${words}')`
          : `a limit: it applies only '${words}'`,
      );
    }
  }
  // The exception needs a judicial warrant, but the policy defines one to take in ICE's own.
  if (escape && ctx.looseWarrant && satisfiable(escape) && warrantGated(escape))
    reasons.push(
      `an exception for a '${ctx.looseWarrant}', which its definition lets an administrative warrant be`,
    );
  const weak = weaknessReasons(ctx, norm.clause, skip);
  if (modal.force === 'discouragement' && !weak.some((r) => r.includes(modal.text)))
    reasons.unshift(`'${modal.text}' only discourages`);
  const verb = norm.implied ? 'forbids it outside its exceptions' : 'forbids it';
  return { clause: norm.clause, norm, verb, reasons: [...reasons, ...weak] };
}

/**
 * Verbs whose ban is an assurance: "SBPD will not deny any service … because of the person's
 * immigration status" assures the service as "shall provide services regardless of status" does.
 */
const WITHHOLDING = /^(?:deny|denies|refuse|refuses|withhold|withholds|condition|conditions)$/i;

/** Whether a norm's verb withholds (see `WITHHOLDING`). */
function withholds(norm: Norm): boolean {
  return WITHHOLDING.test(verbOf(norm.action?.wordTexts ?? []));
}

/** What weakens an assurance: mere permission or recommendation, limits, weak words. */
function judgePositive(ctx: Context, clause: Clause, norm: Norm | undefined): Candidate {
  const reasons: string[] = [];
  const weak = weaknessReasons(ctx, clause, new Set());
  const modal = norm?.modal ?? clause.sentence.modal;
  // A ban on withholding binds as a duty does; a discouragement of it only recommends.
  const binds = norm?.force === 'obligation' || norm?.force === 'prohibition';
  if (norm && modal && !binds && !weak.some((r) => r.includes(modal.text)))
    reasons.push(`'${modal.text}' only ${norm.force === 'permission' ? 'permits' : 'recommends'}`);
  for (const { qualifier } of norm ? openings(norm) : [])
    reasons.push(`a limit: '${short(`${qualifier.keyword} ${qualifier.condition?.text ?? ''}`.trim())}'`);
  return {
    clause,
    ...(norm ? { norm } : {}),
    verb: norm ? 'requires it' : 'states it',
    reasons: [...reasons, ...weak],
  };
}

const bindsAgency = (norm: Norm) => norm.subject.definition?.kind !== 'immigration-authority';

function judgePart(
  ctx: Context,
  safeguard: Safeguard,
  matches: Matcher,
): { status: SafeguardStatus; clauses: Clause[]; reason: string } {
  const { model } = ctx.analysis;
  const candidates: Candidate[] = [];
  const counters: Norm[] = [];
  for (const norm of model.norms) {
    if (!bindsAgency(norm) || !matches(norm.clause, norm)) continue;
    if (safeguard.kind === 'prohibition') {
      if (isNegative(norm)) candidates.push(judgeNegative(ctx, norm));
      else if (!norm.implied && !warrantGated(norm.guard)) counters.push(norm);
    } else if (!norm.implied && isNegative(norm) === withholds(norm))
      // A duty to serve, or a ban on withholding service; not a leave to withhold it.
      candidates.push(judgePositive(ctx, norm.clause, norm));
  }
  if (safeguard.statements)
    for (const clause of model.statements)
      if (matches(clause, undefined)) candidates.push(judgePositive(ctx, clause, undefined));
  return decide(safeguard, merge(candidates), counters);
}

/** One candidate per clause: a clause that both forbids and permits (only if) keeps all its reasons. */
function merge(candidates: Candidate[]): Candidate[] {
  const byClause = new Map<Clause, Candidate>();
  for (const c of candidates) {
    const seen = byClause.get(c.clause);
    if (!seen) byClause.set(c.clause, { ...c, reasons: [...c.reasons] });
    else for (const r of c.reasons) if (!seen.reasons.includes(r)) seen.reasons.push(r);
  }
  return [...byClause.values()].sort((a, b) => a.clause.offset - b.clause.offset);
}

/**
 * True when a permission undoes a prohibition: it is about the same action or a narrower one. A
 * general permission to cooperate does not undo a specific prohibition on raids (the specific rule
 * governs), but a permission to notify ICE of release dates does undo a ban on sharing information.
 */
function undoes(counter: Norm, candidate: Candidate): boolean {
  const actions = candidate.norm?.actions ?? [];
  return counter.actions.some((c) => actions.some((a) => defaultLexicon.isWithin(c.class, a.class)));
}

function decide(safeguard: Safeguard, candidates: Candidate[], allCounters: Norm[]) {
  const strong = candidates.filter((c) => c.reasons.length === 0);
  const counters = strong.length ? allCounters.filter((n) => strong.some((c) => undoes(n, c))) : allCounters;
  const noun = safeguard.kind === 'prohibition' ? 'forbids' : 'requires';
  const counterText = counters
    .map((n) => {
      const when =
        n.guard.op === 'true' ? '' : ` ${n.guard.op === 'or' ? 'in' : 'when'} ${describeCases(n.guard)}`;
      return `§${n.clause.number} ${VERB[n.force] ?? 'allows'} it${when}`;
    })
    .filter((t, i, all) => all.indexOf(t) === i)
    .join('; ');
  const describe = (cs: Candidate[]) => {
    const verbs = [...new Set(cs.map((c) => c.verb))];
    return verbs
      .map((v) => {
        const cited = cs.filter((c) => c.verb === v);
        return `${cite(cited.map((c) => c.clause))} ${cited.length > 1 ? plural(v) : v}`;
      })
      .join('; ');
  };
  if (strong.length && !counters.length)
    return { status: 'present' as const, clauses: strong.map((c) => c.clause), reason: describe(strong) };
  if (strong.length)
    return {
      status: 'weak' as const,
      clauses: [...strong.map((c) => c.clause), ...counters.map((n) => n.clause)],
      reason: `${cite(strong.map((c) => c.clause))} ${noun} it, but ${counterText}`,
    };
  if (candidates.length) {
    const why = candidates
      .map((c) => `§${c.clause.number} ${c.verb}, but with ${c.reasons.join(', ')}`)
      .join('; ');
    return {
      status: 'weak' as const,
      clauses: [...candidates.map((c) => c.clause), ...counters.map((n) => n.clause)],
      reason:
        counters.length && !candidates.some((c) => counters.some((n) => n.clause === c.clause))
          ? `${why}; ${counterText}`
          : why,
    };
  }
  const none = `no clause ${noun} it`;
  return {
    status: 'missing' as const,
    clauses: counters.map((n) => n.clause),
    reason: counters.length ? `${none}, and ${counterText}` : none,
  };
}

function judge(ctx: Context, safeguard: Safeguard): SafeguardResult {
  const parts = safeguard.parts.map((p) => ({ label: p.label, ...judgePart(ctx, safeguard, p.matches) }));
  const statuses = new Set(parts.map((p) => p.status));
  const status: SafeguardStatus =
    statuses.size === 1
      ? parts[0]!.status
      : statuses.has('present') || statuses.has('weak')
        ? 'weak'
        : 'missing';
  const clauses = [...new Set(parts.flatMap((p) => p.clauses))]
    .sort((a, b) => a.offset - b.offset)
    .map((c) => c.number);
  const reason =
    parts.length === 1 ? parts[0]!.reason : parts.map((p) => `${p.label}: ${p.reason}`).join('; ');
  return { id: safeguard.id, title: safeguard.title, status, clauses: [...new Set(clauses)], reason };
}

/** The scorecard of an analysed policy. */
export function scorecard(analysis: Analysis, options: ScorecardOptions = {}): Scorecard {
  const words = wordListsFor(options.config);
  const ctx: Context = { analysis, words, looseWarrant: looseWarrantDefinition(analysis, words) };
  return { safeguards: (options.safeguards ?? defaultSafeguards).map((s) => judge(ctx, s)) };
}

/** Analyses `text` and scores it; `file` is copied into the result. */
export function scorecardOfText(text: string, options: ScorecardOptions & { file?: string } = {}): Scorecard {
  const analysis = analyze(text, options.config ? { config: options.config } : {});
  const card = scorecard(analysis, options);
  return options.file === undefined ? card : { file: options.file, ...card };
}
