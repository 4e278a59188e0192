/** What a comparison of two versions of a policy reports. */
import type { Scorecard } from '../scorecard/index.js';

/** Which way one finding of the comparison moves the policy: +1 stronger, -1 weaker, 0 neither. */
export type Effect = 1 | -1 | 0;

/** One reason, with its direction. */
export interface Reason {
  text: string;
  effect: Effect;
}

/** What happened to a clause: matched and changed one way or the other, or only in one version. */
export type ChangeKind = 'strengthened' | 'weakened' | 'neutral' | 'added' | 'removed';

/** One changed clause. */
export interface Change {
  /** The clause number in the new version (in the old one for a removed clause). */
  clause: string;
  kind: ChangeKind;
  /** Which way the change moves the policy; `both` when it strengthens one thing and weakens another. */
  effect: 'strengthens' | 'weakens' | 'both' | 'neutral';
  reasons: string[];
  /** The clause's number in the old version, when it has one. */
  old?: string;
  /** For a changed definition, the defined name (then `clause` is empty). */
  definition?: string;
}

/** The overall direction of a comparison (rules in compare.ts). */
export type Verdict = 'strengthened' | 'weakened' | 'mixed' | 'unchanged';

/** A safeguard's status in both versions. */
export interface SafeguardDelta {
  id: string;
  title: string;
  old: string;
  new: string;
  change: 'stronger' | 'weaker' | 'same';
}

/** The result of `compare(old, new)`. */
export interface Comparison {
  verdict: Verdict;
  changes: Change[];
  scorecards: { old: Scorecard; new: Scorecard };
  safeguards: SafeguardDelta[];
}
