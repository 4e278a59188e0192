/**
 * Duties that moved between clauses: a clause split in two ("shall not honor a detainer or grant ICE
 * access …" becomes two bans) or two merged into one. What one clause lost or gained is no change
 * to the policy when another clause of the other version has the same norm: the same force, the
 * same counterpart, the action, and what it allows in the same cases (decided by SAT).
 */
import type { Clause } from '../../grammar/index.js';
import { defaultLexicon, type Norm } from '../model/index.js';
import { allowedOf } from '../scorecard/reach.js';
import { protectedGroup } from '../scorecard/safeguards.js';
import { Entailment } from './entailment.js';

/** The norms of one version, with the document's norms (for reading exceptions). */
export interface Version {
  norms: Norm[];
}

/**
 * The clause of version `to` that has `norm`'s duty for action class `cls` in a norm other than
 * `besides` (another duty of the same clause counts: "shall not hold … and shall not transfer …"
 * split in two): `norm` is read in version `from`.
 */
export function sameDutyIn(
  norm: Norm,
  cls: string,
  from: Version,
  to: Version,
  besides?: Norm,
): Clause | undefined {
  const allowed = allowedOf(norm, from.norms);
  for (const other of to.norms) {
    if (other.implied || other === besides || other.force !== norm.force) continue;
    if (other.counterpart !== norm.counterpart || groupOf(other) !== groupOf(norm)) continue;
    if (!other.actions.some((a) => a.known && defaultLexicon.isWithin(cls, a.class))) continue;
    const theirs = allowedOf(other, to.norms);
    if (new Entailment([allowed, theirs]).equivalent(allowed, theirs)) return other.clause;
  }
  return undefined;
}

/** The clause of version `to` that has every duty of `norm` (read in `from`), if one has. */
export function movedTo(norm: Norm, from: Version, to: Version): Clause | undefined {
  const known = norm.actions.filter((a) => a.known);
  if (!known.length) return undefined;
  const clauses = known.map((a) => sameDutyIn(norm, a.class, from, to));
  const first = clauses[0];
  return first && clauses.every((c) => c !== undefined) ? first : undefined;
}

/** The one group a norm's action protects, if only one ("any juvenile"): a duty moved to it narrowed. */
const groupOf = (norm: Norm): string | undefined =>
  norm.action ? protectedGroup(norm.action.words)?.name : undefined;
