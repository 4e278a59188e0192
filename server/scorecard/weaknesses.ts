/**
 * What weakens one clause: the findings of the rules that report hedges, loopholes, subjective
 * standards and discretion on it, and the same word lists read directly, so that a scorecard or a
 * comparison does not change when a workspace turns a rule off.
 */
import type { Clause, PolicyDocument } from '../../grammar/index.js';
import type { ResolvedConfig } from '../analysis/config.js';
import type { Finding } from '../analysis/types.js';
import { WordLists } from '../analysis/words.js';
import { clauseRuns } from '../rules/support.js';
import { protectedGroup } from './safeguards.js';

/** One thing that weakens a clause: a phrase from a word list, or a rule's finding. */
export interface Weakness {
  /** `loophole`, `hedge`, `subjective`, `weak-modal`, `narrow-scope`, or the id of the rule that found it. */
  kind: string;
  /** The words as the draft has them, whitespace collapsed. */
  phrase: string;
  offset: number;
  end: number;
  /** The finding's message, for kinds that are not a phrase list. */
  message?: string;
}

/** Rules whose findings on a clause mean the clause protects less than it seems to. */
export const WEAKENING_RULES = new Set([
  'loophole-qualifier',
  'hedged-duty',
  'weak-modal',
  'subjective-standard',
  'status-inquiry',
  'administrative-warrant',
  'missing-judicial-warrant',
]);

const RULE_KIND: Record<string, string> = {
  'loophole-qualifier': 'loophole',
  'hedged-duty': 'hedge',
  'subjective-standard': 'subjective',
  'weak-modal': 'weak-modal',
};

/**
 * Word lists read directly, and the forces they count in (as the rules read them): loopholes only
 * shrink prohibitions, hedges only empty duties; statements carry none of them.
 */
const LISTS: { list: string; kind: string; forces: Set<string> }[] = [
  { list: 'loopholes', kind: 'loophole', forces: new Set(['prohibition', 'discouragement']) },
  {
    list: 'hedges',
    kind: 'hedge',
    forces: new Set(['obligation', 'prohibition', 'recommendation', 'discouragement']),
  },
  {
    list: 'subjective-standards',
    kind: 'subjective',
    forces: new Set(['obligation', 'prohibition', 'recommendation', 'discouragement', 'permission']),
  },
  { list: 'weak-modals', kind: 'weak-modal', forces: new Set(['recommendation', 'discouragement']) },
];

/** Modals that promise effort, not conduct (as hedged-duty reads them). */
const STRIVE = /\b(?:strive|endeavou?r|attempt|make every effort)\b/i;
const cache = new Map<string, WordLists>();

/** The word lists for `config` (shared between calls with the same word settings). */
export function wordListsFor(config: ResolvedConfig | undefined): WordLists {
  const key = JSON.stringify(config?.words ?? {});
  let lists = cache.get(key);
  if (!lists) {
    if (cache.size > 16) cache.clear();
    lists = new WordLists(config?.words ?? {});
    cache.set(key, lists);
  }
  return lists;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Findings sorted by offset, once per findings array: every clause asks for its own few. */
const sortedFindings = new WeakMap<Finding[], Finding[]>();

/** The findings that start within `[from, to]`, by binary search. */
function findingsWithin(findings: Finding[], from: number, to: number): Finding[] {
  let sorted = sortedFindings.get(findings);
  if (!sorted) {
    sorted = [...findings].sort((a, b) => a.offset - b.offset);
    sortedFindings.set(findings, sorted);
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.offset < from) low = mid + 1;
    else high = mid;
  }
  const out: Finding[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.offset <= to; i++) out.push(sorted[i]!);
  return out;
}

/** Everything that weakens `clause`, each phrase once, in source order. */
export function clauseWeaknesses(
  doc: PolicyDocument,
  clause: Clause,
  findings: Finding[],
  words: WordLists,
): Weakness[] {
  const out: Weakness[] = [];
  const seen = new Set<string>();
  const add = (w: Weakness) => {
    const key = `${w.kind}:${w.phrase.toLowerCase()}`;
    const overlapping = out.some((o) => o.kind === w.kind && o.offset < w.end && w.offset < o.end);
    if (seen.has(key) || overlapping) return;
    seen.add(key);
    out.push(w);
  };
  for (const f of findingsWithin(findings, clause.offset, clause.end)) {
    if (!WEAKENING_RULES.has(f.rule)) continue;
    const kind = RULE_KIND[f.rule] ?? f.rule;
    const phrase = squash(doc.text.slice(f.offset, f.end));
    add({ kind, phrase, offset: f.offset, end: f.end, ...(RULE_KIND[f.rule] ? {} : { message: f.message }) });
  }
  const force = clause.sentence.modal?.force;
  const modal = clause.sentence.modal;
  // A ban that protects one group only: "… the immigration status of any crime victim or witness".
  const action = clause.sentence.action;
  if (action && (force === 'prohibition' || force === 'discouragement')) {
    const group = protectedGroup(action.words);
    if (group) add({ kind: 'narrow-scope', phrase: group.phrase, offset: group.offset, end: group.end });
  }
  for (const { list, kind, forces } of LISTS) {
    if (!force || !forces.has(force)) continue;
    if (kind === 'weak-modal') {
      const text = modal ? squash(modal.text) : '';
      if (modal && words.test(list, text)) add({ kind, phrase: text, offset: modal.offset, end: modal.end });
      else if (modal && STRIVE.test(text))
        add({ kind: 'hedge', phrase: text, offset: modal.offset, end: modal.end });
      continue;
    }
    for (const run of clauseRuns(clause))
      for (const m of words.find(list, run))
        add({ kind, phrase: squash(doc.text.slice(m.offset, m.end)), offset: m.offset, end: m.end });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The weakness in plain words: "the loophole 'routinely'". */
export function describeWeakness(w: Weakness): string {
  switch (w.kind) {
    case 'loophole':
      return `the loophole '${w.phrase}'`;
    case 'hedge':
      return `the hedge '${w.phrase}'`;
    case 'subjective':
      return `the subjective standard '${w.phrase}'`;
    case 'weak-modal':
      return `the weak modal '${w.phrase}'`;
    case 'missing-judicial-warrant':
      return 'no judicial-warrant requirement';
    case 'administrative-warrant':
      return `the administrative warrant '${w.phrase}'`;
    case 'narrow-scope':
      return `protection only for '${w.phrase}'`;
    case 'status-inquiry':
      return `an opening for status inquiry ('${w.phrase}')`;
    default:
      return `${w.kind} ('${w.phrase}')`;
  }
}
