/**
 * `compare(oldText, newText)` (DESIGN §7): match the clauses of two versions, classify each change
 * as strengthened, weakened, neutral, added or removed with reasons in plain words, score both
 * versions' safeguards, and give an overall verdict.
 *
 * Verdict rules: every reason has a direction. Added and removed clauses count by what they do (an
 * added prohibition strengthens, a removed one weakens; an added permission to cooperate without a
 * judicial warrant weakens). A matched clause that both narrows and widens counts both ways. The
 * verdict is `strengthened` when something strengthens and nothing weakens, `weakened` in the
 * reverse case, `mixed` when both happen, and `unchanged` when nothing does (wording-only edits
 * leave a policy unchanged). A matched clause with any weakening reason is classed `weakened`, even
 * if it also strengthens something: a reviewer must look at it.
 */
import type { Definition } from '../../grammar/index.js';
import { analyze, type Analysis } from '../analysis/analyze.js';
import type { ResolvedConfig } from '../analysis/config.js';
import { flatten } from '../model/text.js';
import { definedName } from '../rules/warrants.js';
import { scorecard, type SafeguardStatus, type Scorecard } from '../scorecard/evaluate.js';
import { defaultSafeguards, type Safeguard } from '../scorecard/safeguards.js';
import { WEAKENING_RULES, wordListsFor } from '../scorecard/weaknesses.js';
import { diffPair } from './diff-clause.js';
import { matchClauses } from './match.js';
import { profile } from './profile.js';
import { addedReason, removedReason } from './single.js';
import type { Change, Comparison, Effect, Reason, SafeguardDelta, Verdict } from './types.js';
import { describeWordDiff } from './word-diff.js';

/** What a comparison is computed with. */
export interface CompareOptions {
  config?: ResolvedConfig;
  safeguards?: Safeguard[];
}

const effectOf = (reasons: Reason[]): Change['effect'] => {
  const up = reasons.some((r) => r.effect > 0);
  const down = reasons.some((r) => r.effect < 0);
  return up && down ? 'both' : up ? 'strengthens' : down ? 'weakens' : 'neutral';
};

/** A changed clause's or definition's kind: any weakening makes it weakened (see above). */
const kindOf = (effect: Change['effect']): Change['kind'] =>
  effect === 'weakens' || effect === 'both'
    ? 'weakened'
    : effect === 'strengthens'
      ? 'strengthened'
      : 'neutral';

const SUFFIX: Record<Effect, string> = { 1: ' (strengthens)', [-1]: ' (weakens)', 0: '' } as Record<
  Effect,
  string
>;

/** The reason as printed: "§2.12: the loophole 'in the normal course of business' added (weakens)". */
function sayReason(clause: string, r: Reason, prefix: boolean): string {
  return `${prefix ? `§${clause}: ` : ''}${r.text}${SUFFIX[r.effect]}`;
}

function changesOf(
  before: Analysis,
  after: Analysis,
  options: CompareOptions,
): { changes: Change[]; effects: Effect[] } {
  const words = wordListsFor(options.config);
  const safeguards = options.safeguards ?? defaultSafeguards;
  const changes: Change[] = [];
  const effects: Effect[] = [];
  for (const pair of matchClauses(before.doc, after.doc)) {
    const o = pair.old && profile(before, pair.old, words);
    const n = pair.new && profile(after, pair.new, words);
    if (o && n) {
      const reasons =
        pair.by === 'text' && o.clause.number === n.clause.number ? [] : diffPair(o, n, pair.by);
      if (!reasons.length) continue;
      const effect = effectOf(reasons);
      const kind = kindOf(effect);
      const change: Change = {
        clause: n.clause.number,
        kind,
        effect,
        reasons: reasons.map((r) => sayReason(n.clause.number, r, true)),
      };
      if (o.clause.number !== n.clause.number) change.old = o.clause.number;
      changes.push(change);
      effects.push(...reasons.map((r) => r.effect));
    } else if (n) {
      const r = addedReason(n, safeguards, before.model);
      changes.push({
        clause: n.clause.number,
        kind: 'added',
        effect: effectOf([r]),
        reasons: [sayReason(n.clause.number, r, false)],
      });
      effects.push(r.effect);
    } else if (o) {
      const r = removedReason(o, safeguards, after.model);
      const change: Change = {
        clause: o.clause.number,
        old: o.clause.number,
        kind: 'removed',
        effect: effectOf([r]),
        reasons: [sayReason(o.clause.number, r, false)],
      };
      changes.push(change);
      effects.push(r.effect);
    }
  }
  for (const change of definitionChanges(before, after)) {
    changes.push(change.change);
    effects.push(...change.effects);
  }
  return { changes, effects };
}

/**
 * Definitions whose text changed between the versions, matched by name. A definition carries its
 * meaning into every clause that uses the name, so a finding of a weakening rule gained on it
 * weakens the policy ("define 'judicial warrant' as … or an administrative warrant on Form I-200"
 * lets every warrant requirement be met by ICE's own form), one lost strengthens it; any other
 * edit is neutral, in words.
 */
function definitionChanges(before: Analysis, after: Analysis): { change: Change; effects: Effect[] }[] {
  const old = new Map(before.doc.definitions.map((d) => [definedName(d).toLowerCase(), d]));
  const out: { change: Change; effects: Effect[] }[] = [];
  for (const d of after.doc.definitions) {
    const o = old.get(definedName(d).toLowerCase());
    const oldText = flatten(o?.text?.text ?? '');
    const newText = flatten(d.text?.text ?? '');
    if (!o || oldText === newText) continue;
    const weakenings = (a: Analysis, def: Definition) =>
      a.findings
        .filter((f) => WEAKENING_RULES.has(f.rule) && f.offset >= def.offset && f.end <= def.end)
        .map((f) => f.message);
    const was = new Set(weakenings(before, o));
    const is = new Set(weakenings(after, d));
    const reasons: Reason[] = [
      ...[...is].filter((m) => !was.has(m)).map((m): Reason => ({ text: `now: ${m}`, effect: -1 })),
      ...[...was].filter((m) => !is.has(m)).map((m): Reason => ({ text: `no longer: ${m}`, effect: 1 })),
    ];
    if (!reasons.length) {
      const words = describeWordDiff(oldText, newText);
      if (words) reasons.push({ text: `wording only: ${words}`, effect: 0 });
    }
    const effect = effectOf(reasons);
    out.push({
      change: {
        clause: '',
        definition: definedName(d),
        kind: kindOf(effect),
        effect,
        reasons: reasons.map((r) => `${r.text}${SUFFIX[r.effect]}`),
      },
      effects: reasons.map((r) => r.effect),
    });
  }
  return out;
}

/** The verdict from the directions of every reason (see the rules above). */
export function verdictOf(effects: Effect[]): Verdict {
  const up = effects.some((e) => e > 0);
  const down = effects.some((e) => e < 0);
  return up && down ? 'mixed' : up ? 'strengthened' : down ? 'weakened' : 'unchanged';
}

const RANK: Record<SafeguardStatus, number> = { missing: 0, weak: 1, present: 2 };

/** Each safeguard's status in both versions, and which way it moved. */
export function safeguardDeltas(before: Scorecard, after: Scorecard): SafeguardDelta[] {
  return after.safeguards.map((s) => {
    const old = before.safeguards.find((b) => b.id === s.id)?.status ?? 'missing';
    const change = RANK[s.status] > RANK[old] ? 'stronger' : RANK[s.status] < RANK[old] ? 'weaker' : 'same';
    return { id: s.id, title: s.title, old, new: s.status, change };
  });
}

/** Compares two analysed versions. */
export function compareAnalyses(before: Analysis, after: Analysis, options: CompareOptions = {}): Comparison {
  const { changes, effects } = changesOf(before, after, options);
  const scorecards = { old: scorecard(before, options), new: scorecard(after, options) };
  return {
    verdict: verdictOf(effects),
    changes,
    scorecards,
    safeguards: safeguardDeltas(scorecards.old, scorecards.new),
  };
}

/** Compares two versions of a policy's text. */
export function compare(oldText: string, newText: string, options: CompareOptions = {}): Comparison {
  const analyzeOptions = options.config ? { config: options.config } : {};
  return compareAnalyses(analyze(oldText, analyzeOptions), analyze(newText, analyzeOptions), options);
}

/** True when a safeguard got weaker: what `--fail-on-weakened` checks besides the verdict. */
export const safeguardWeakened = (c: Comparison): boolean => c.safeguards.some((s) => s.change === 'weaker');
