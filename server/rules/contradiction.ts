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

/**
 * Duties and permissions that could conflict with a prohibition, grouped by everything the
 * conflict check reads (subject, counterpart, guard), so each group is checked once however many
 * clauses it holds: the cost grows with the variety of norms, not with their number squared.
 */
class CandidateIndex {
  /** Groups by the class they are filed under: every ancestor of their classes ("within"). */
  private readonly within = new Map<string, Map<string, Norm[]>>();
  /** Groups by their own classes only ("exact"). */
  private readonly exact = new Map<string, Map<string, Norm[]>>();

  constructor(norms: Norm[], keyOf: (n: Norm) => string) {
    for (const n of norms) {
      if (n.force !== 'obligation' && n.force !== 'permission') continue;
      const key = keyOf(n);
      for (const action of n.actions) {
        file(this.exact, action.class, key, n);
        for (const ancestor of defaultLexicon.ancestors(action.class)) file(this.within, ancestor, key, n);
      }
    }
  }

  /** Groups on a class within, or containing, one of the classes of `a`. */
  groupsFor(a: Norm): Set<Norm[]> {
    const out = new Set<Norm[]>();
    for (const action of a.actions) {
      for (const group of this.within.get(action.class)?.values() ?? []) out.add(group);
      for (const ancestor of defaultLexicon.ancestors(action.class).slice(1))
        for (const group of this.exact.get(ancestor)?.values() ?? []) out.add(group);
    }
    return out;
  }
}

function file(index: Map<string, Map<string, Norm[]>>, cls: string, key: string, n: Norm): void {
  let groups = index.get(cls);
  if (!groups) index.set(cls, (groups = new Map()));
  const group = groups.get(key);
  if (group) group.push(n);
  else groups.set(key, [n]);
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
    const guardKeys = new Map<Norm, string>(norms.map((n) => [n, guardKey(n.guard)]));
    const keyOf = (n: Norm) =>
      `${n.counterpart ?? ''}|${n.subject.names.join(',')}|${n.implied}|${guardKeys.get(n)}`;
    const index = new CandidateIndex(norms, keyOf);
    const memo = new Map<string, string | null>();
    const sat = sharedSatSession();
    const seen = new Set<string>();
    const perClause = new Map<Clause, number>();
    const full = (c: Clause) => (perClause.get(c) ?? 0) >= MAX_PER_CLAUSE;

    const conflict = (a: Norm, b: Norm): string | null => {
      if (
        a.counterpart !== b.counterpart ||
        (a.implied && b.implied) ||
        !subjectsOverlap(a.subject, b.subject)
      )
        return null;
      const memoKey = `${guardKeys.get(a)}|${guardKeys.get(b)}`;
      let scenario = memo.get(memoKey);
      if (scenario === undefined) {
        const found = sat.scenario([a.guard, b.guard]);
        scenario = found ? describeScenario(found, defaultConcepts) : null;
        memo.set(memoKey, scenario);
      }
      return scenario;
    };

    for (const a of norms) {
      if (a.force !== 'prohibition') continue;
      for (const group of index.groupsFor(a)) {
        if (full(a.clause)) break;
        const scenario = conflict(a, group[0]!);
        if (scenario === null) continue;
        for (const b of group) {
          if (full(a.clause)) break;
          if (b.clause === a.clause || full(b.clause)) continue;
          const pair =
            a.clause.offset < b.clause.offset
              ? `${a.clause.offset}:${b.clause.offset}`
              : `${b.clause.offset}:${a.clause.offset}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          for (const c of [a.clause, b.clause]) perClause.set(c, (perClause.get(c) ?? 0) + 1);
          reportPair(a, b, scenario, report);
        }
      }
    }
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
