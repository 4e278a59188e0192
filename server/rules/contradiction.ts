/**
 * contradiction: two norms on the same (or a broader/narrower) action and overlapping subjects with
 * incompatible force whose guards can both hold — proven with a SAT solver, with the scenario.
 * Norms are indexed by action class, so only norms on related actions are ever compared.
 */
import type { Clause } from '../../grammar/index.js';
import type { Rule, RuleContext } from '../analysis/types.js';
import { defaultConcepts, defaultLexicon, subjectsOverlap, type Norm } from '../model/index.js';
import { describeScenario, guardKey, sharedSatSession } from '../model/logic.js';
import { actionPhrase, cite } from './support.js';

const MAX_PER_CLAUSE = 5;
const VERB = { prohibition: 'forbids', obligation: 'requires', permission: 'permits' } as const;

/** "notify" → "notifying", "share information" → "sharing information". */
export function gerund(label: string): string {
  const [verb = '', ...rest] = label.split(' ');
  let ing: string;
  if (/ie$/.test(verb)) ing = verb.slice(0, -2) + 'ying';
  else if (/[^e]e$/.test(verb)) ing = verb.slice(0, -1) + 'ing';
  else if (/^(?:transfer|refer|admit|permit|submit|commit)$/.test(verb)) ing = verb + verb.slice(-1) + 'ing';
  else ing = verb + 'ing';
  return [ing, ...rest].join(' ');
}

/** Norms that agree in everything the conflict check reads. */
interface Group {
  norms: Norm[];
  /** The id of the guard its norms share. */
  guard: number;
  /** The prohibition that last visited the group, so none visits it twice. */
  visitedBy: number;
}

/**
 * Duties and permissions that could conflict with a prohibition, grouped by everything the
 * conflict check reads (subject, counterpart, guard), so each group is checked once however many
 * clauses it holds: the cost grows with the variety of norms, not with their number squared.
 */
class CandidateIndex {
  /**
   * Per counterpart (norms conflict only with the same one), groups by the class they are filed
   * under: every ancestor of their classes ("within"). Filing by counterpart spares a prohibition
   * the groups it cannot conflict with, about three in four of them in a large draft.
   */
  private readonly within = new Map<string | undefined, Map<string, Group[]>>();
  /** Per counterpart, groups by their own classes only ("exact"). */
  private readonly exact = new Map<string | undefined, Map<string, Group[]>>();

  /** `guardOf[i]` is the id of the guard of `norms[i]`. */
  constructor(norms: Norm[], guardOf: readonly number[]) {
    const groups = new Map<string, Group>();
    for (let i = 0; i < norms.length; i++) {
      const n = norms[i]!;
      if (n.force !== 'obligation' && n.force !== 'permission') continue;
      // Norms alike in all that the check reads, their actions included, share a group.
      const key = `${n.counterpart ?? ''}|${n.subject.names.join(',')}|${n.implied}|${guardOf[i]}|${n.actions.map((x) => x.class).join(',')}`;
      let group = groups.get(key);
      if (group) {
        group.norms.push(n);
        continue;
      }
      groups.set(key, (group = { norms: [n], guard: guardOf[i]!, visitedBy: -1 }));
      const exact = byCounterpart(this.exact, n.counterpart);
      const within = byCounterpart(this.within, n.counterpart);
      for (const action of n.actions) {
        file(exact, action.class, group);
        for (const ancestor of defaultLexicon.ancestors(action.class)) file(within, ancestor, group);
      }
    }
  }

  /**
   * Calls `visit` once for each group with the counterpart of `a` on a class within, or containing,
   * one of the classes of `a`, until it returns false. `visitor` tells one prohibition's visits
   * from another's.
   */
  forEachGroup(a: Norm, visitor: number, visit: (group: Group) => boolean): void {
    const within = this.within.get(a.counterpart);
    const exact = this.exact.get(a.counterpart);
    if (!within || !exact) return;
    const once = (groups: Group[] | undefined): boolean => {
      for (const group of groups ?? []) {
        if (group.visitedBy === visitor) continue;
        group.visitedBy = visitor;
        if (!visit(group)) return false;
      }
      return true;
    };
    for (const action of a.actions) {
      if (!once(within.get(action.class))) return;
      const ancestors = defaultLexicon.ancestors(action.class);
      for (let i = 1; i < ancestors.length; i++) if (!once(exact.get(ancestors[i]!))) return;
    }
  }
}

function byCounterpart(
  index: Map<string | undefined, Map<string, Group[]>>,
  counterpart: string | undefined,
): Map<string, Group[]> {
  let byClass = index.get(counterpart);
  if (!byClass) index.set(counterpart, (byClass = new Map()));
  return byClass;
}

function file(index: Map<string, Group[]>, cls: string, group: Group): void {
  const groups = index.get(cls);
  if (!groups) index.set(cls, [group]);
  // A group is filed whole before the next one, so a repeat can only be the last entry.
  else if (groups[groups.length - 1] !== group) groups.push(group);
}

function sharedAction(a: Norm, b: Norm): string {
  for (const x of a.actions)
    for (const y of b.actions)
      if (defaultLexicon.overlaps(x.class, y.class)) {
        const narrow = defaultLexicon.isWithin(x.class, y.class) ? x.class : y.class;
        return actionPhrase(narrow, a.counterpart);
      }
  return 'acting';
}

export const contradiction: Rule = {
  meta: {
    id: 'contradiction',
    pack: 'core',
    severity: 'error',
    description:
      'Two norms on the same action and subject with incompatible force whose conditions can both hold.',
    messages: {
      conflict: '{{scenario}}, {{first}} {{firstVerb}} and {{second}} {{secondVerb}} {{action}}',
    },
    fixable: false,
  },
  check({ model, report }) {
    const norms = model.norms.filter((n) => n.actions.length > 0);
    // Guards as small numbers, so that a pair of guards is a number, not a concatenated string;
    // by the norm's position, so that no lookup by norm is needed.
    const guardIds = new Map<string, number>();
    const guardOf = norms.map((n) => {
      const key = guardKey(n.guard);
      let id = guardIds.get(key);
      if (id === undefined) guardIds.set(key, (id = guardIds.size));
      return id;
    });
    const index = new CandidateIndex(norms, guardOf);
    const memo = new Map<number, string | null>();
    const sat = sharedSatSession();
    const seen = new Set<number>();
    const perClause = new Map<Clause, number>();
    const full = (c: Clause) => (perClause.get(c) ?? 0) >= MAX_PER_CLAUSE;

    const conflict = (a: Norm, aGuard: number, b: Norm, bGuard: number): string | null => {
      if (
        a.counterpart !== b.counterpart ||
        (a.implied && b.implied) ||
        !subjectsOverlap(a.subject, b.subject)
      )
        return null;
      const memoKey = aGuard * guardIds.size + bGuard;
      let scenario = memo.get(memoKey);
      if (scenario === undefined) {
        const found = sat.scenario([a.guard, b.guard]);
        scenario = found ? describeScenario(found, defaultConcepts) : null;
        memo.set(memoKey, scenario);
      }
      return scenario;
    };

    // Clause offsets are unique and below the text's length, so a pair of them is one number.
    const span = model.doc.text.length + 1;
    norms.forEach((a, visitor) => {
      if (a.force !== 'prohibition') return;
      index.forEachGroup(a, visitor, (group) => {
        if (full(a.clause)) return false;
        const scenario = conflict(a, guardOf[visitor]!, group.norms[0]!, group.guard);
        if (scenario === null) return true;
        for (const b of group.norms) {
          if (full(a.clause)) return false;
          if (b.clause === a.clause || full(b.clause)) continue;
          const x = a.clause.offset;
          const y = b.clause.offset;
          const pair = Math.min(x, y) * span + Math.max(x, y);
          if (seen.has(pair)) continue;
          seen.add(pair);
          for (const c of [a.clause, b.clause]) perClause.set(c, (perClause.get(c) ?? 0) + 1);
          reportPair(a, b, scenario, report);
        }
        return true;
      });
    });
  },
};

function reportPair(a: Norm, b: Norm, scenario: string, report: RuleContext['report']): void {
  const action = gerund(sharedAction(a, b));
  const [first, second] = a.clause.offset < b.clause.offset ? [a, b] : [b, a];
  const verb = (n: Norm) =>
    n.implied
      ? `(outside its 'only if' conditions) ${VERB[n.force as keyof typeof VERB]}`
      : VERB[n.force as keyof typeof VERB];
  const when = scenario === 'in every case' ? 'In every case' : `When ${scenario}`;
  const data = {
    scenario: when,
    first: cite(first.clause),
    firstVerb: verb(first),
    second: cite(second.clause),
    secondVerb: verb(second),
    action,
  };
  for (const [self, other] of [
    [first, second],
    [second, first],
  ] as const) {
    const modal = self.clause.sentence.modal!;
    const otherModal = other.clause.sentence.modal!;
    report({
      messageId: 'conflict',
      data,
      offset: modal.offset,
      end: modal.end,
      clause: self.clause,
      related: [
        {
          offset: otherModal.offset,
          end: otherModal.end,
          message: `${cite(other.clause)} ${verb(other)} ${action}`,
        },
      ],
    });
  }
}
