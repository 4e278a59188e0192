/**
 * The reasons one matched clause got stronger, weaker or neither: its modal force, its actions, its
 * conditions (guard-reasons.ts), the hedges, loopholes and findings it gained or lost, its subject,
 * and, when nothing else changed, its wording.
 */
import type { Clause } from '../../grammar/index.js';
import { defaultLexicon } from '../model/index.js';
import { isNegative } from '../scorecard/reach.js';
import { describeWeakness, type Weakness } from '../scorecard/weaknesses.js';
import { allowedReasons, requiredReasons, sameAllowance } from './guard-reasons.js';
import { clauseText, type ClausePair } from './match.js';
import { modalWords, protection, type ClauseProfile } from './profile.js';
import type { Reason } from './types.js';
import { sameDutyIn } from './moved.js';
import { describeWordDiff } from './word-diff.js';

function forceReasons(o: ClauseProfile, n: ClauseProfile, enforcement: boolean): Reason[] {
  const before = o.norm?.force;
  const after = n.norm?.force;
  if (before === after) return [];
  const delta = protection(n, enforcement) - protection(o, enforcement);
  return [{ text: `${modalWords(o)} became ${modalWords(n)}`, effect: delta > 0 ? 1 : delta < 0 ? -1 : 0 }];
}

const known = (p: ClauseProfile) => (p.norm?.actions ?? []).filter((a) => a.known).map((a) => a.class);

/** Actions a prohibition newly covers strengthen it; for a permission to cooperate they weaken it. */
function actionReasons(o: ClauseProfile, n: ClauseProfile): Reason[] {
  const before = known(o);
  const after = known(n);
  const coveredBy = (c: string, set: string[]) => set.some((s) => defaultLexicon.isWithin(c, s));
  const gained = after.filter((c) => !coveredBy(c, before));
  const lost = before.filter((c) => !coveredBy(c, after));
  const negative = isNegative(n.norm!);
  const verb = negative ? 'forbids' : 'permits';
  const label = (cs: string[]) => cs.map((c) => defaultLexicon.label(c)).join(', ');
  const reasons: Reason[] = [];
  // A duty another clause had, or has now, moved: a clause split in two, or two merged.
  const gainedFrom = gained.map((c) => sameDutyIn(n.norm!, c, n, o, o.norm));
  const lostTo = lost.map((c) => sameDutyIn(o.norm!, c, o, n, n.norm));
  const kept = (cs: string[], where: (Clause | undefined)[]) => cs.filter((_, i) => !where[i]);
  const moved = (cs: string[], where: (Clause | undefined)[], say: (c: string, at: Clause) => string) =>
    cs.flatMap((c, i) => (where[i] ? [{ text: say(c, where[i]!), effect: 0 as const }] : []));
  const newly = kept(gained, gainedFrom);
  const gone = kept(lost, lostTo);
  if (newly.length) reasons.push({ text: `now also ${verb}: ${label(newly)}`, effect: negative ? 1 : -1 });
  if (gone.length) reasons.push({ text: `no longer ${verb}: ${label(gone)}`, effect: negative ? -1 : 1 });
  reasons.push(
    ...moved(gained, gainedFrom, (c, at) => `now also ${verb}: ${label([c])}, as §${at.number} did`),
    ...moved(lost, lostTo, (c, at) => `'${label([c])}' moved to §${at.number}`),
  );
  return reasons;
}

const weaknessKey = (w: Weakness) => `${w.kind}:${w.phrase.toLowerCase()}`;

function describeChange(w: Weakness, added: boolean): string {
  if (w.kind === 'narrow-scope') return `${added ? 'now protects' : 'no longer protects'} only '${w.phrase}'`;
  if (w.kind === 'missing-judicial-warrant')
    return added
      ? 'now lets cooperation happen without a judicial warrant'
      : 'no longer lets cooperation happen without a judicial warrant';
  return `${describeWeakness(w)} ${added ? 'added' : 'removed'}`;
}

/** Hedges, loopholes, subjective standards and weakening findings gained (weaker) or lost (stronger). */
function weaknessReasons(o: ClauseProfile, n: ClauseProfile, skip: Set<string>): Reason[] {
  const count = (ws: Weakness[]) => {
    const m = new Map<string, Weakness[]>();
    for (const w of ws) if (!skip.has(w.kind)) m.set(weaknessKey(w), [...(m.get(weaknessKey(w)) ?? []), w]);
    return m;
  };
  const before = count(o.weaknesses);
  const after = count(n.weaknesses);
  const reasons: Reason[] = [];
  for (const [key, ws] of after)
    for (const w of ws.slice(before.get(key)?.length ?? 0))
      reasons.push({ text: describeChange(w, true), effect: -1 });
  for (const [key, ws] of before)
    for (const w of ws.slice(after.get(key)?.length ?? 0))
      reasons.push({ text: describeChange(w, false), effect: 1 });
  return reasons;
}

function subjectReason(o: ClauseProfile, n: ClauseProfile): Reason[] {
  const before = o.norm?.subject;
  const after = n.norm?.subject;
  if (!before || !after || before.names[0] === after.names[0]) return [];
  return [{ text: `subject '${before.text}' became '${after.text}'`, effect: 0 }];
}

/** Every reason a matched clause changed, in the order a reader wants them. */
export function diffPair(o: ClauseProfile, n: ClauseProfile, by: ClausePair['by']): Reason[] {
  const reasons: Reason[] = [];
  if (o.clause.number !== n.clause.number)
    reasons.push({
      text:
        by === 'text'
          ? `renumbered from §${o.clause.number}`
          : `continues §${o.clause.number} of the old version`,
      effect: 0,
    });
  const enforcement = o.enforcement || n.enforcement;
  const both = !!(o.norm && n.norm && o.enforcement && n.enforcement);
  const force = forceReasons(o, n, enforcement);
  if (force.length && both && sameAllowance(o, n))
    force[0] = { text: `${force[0]!.text}, allowing it in the same cases`, effect: 0 };
  reasons.push(...force);
  const skip = new Set<string>();
  if (force.length) skip.add('weak-modal');
  if (both) {
    reasons.push(...actionReasons(o, n));
    const allowed = allowedReasons(o, n);
    if (allowed.some((r) => /judicial warrant/.test(r.text))) skip.add('missing-judicial-warrant');
    reasons.push(...allowed);
  } else if (o.norm && n.norm && !isNegative(o.norm) && !isNegative(n.norm))
    reasons.push(...requiredReasons(o, n));
  reasons.push(...weaknessReasons(o, n, skip), ...subjectReason(o, n));
  if (!reasons.some((r) => r.effect !== 0)) {
    // With the force unchanged, a "not" that moved is no edit: "RPD shall not" → "No Officer shall".
    const sameForce = o.norm?.force === n.norm?.force;
    const text = (p: ClauseProfile) =>
      sameForce ? clauseText(p.clause).replace(/\b(?:not|no)\s+/gi, '') : clauseText(p.clause);
    const words = describeWordDiff(text(o), text(n));
    if (words) reasons.push({ text: `${reasons.length ? 'wording' : 'wording only'}: ${words}`, effect: 0 });
  }
  return reasons;
}
