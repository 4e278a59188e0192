/**
 * contradiction: two norms on the same (or a broader/narrower) action and overlapping subjects with
 * incompatible force whose guards can both hold — proven with a SAT solver, with the scenario.
 * Norms are indexed by action class, so only norms on related actions are ever compared.
 */
import type { Rule } from '../analysis/types.js';
import { defaultConcepts, defaultLexicon, subjectsOverlap, type Norm } from '../model/index.js';
import { describeScenario, guardKey, SatSession } from '../model/logic.js';
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

/** Norms that may conflict with `a`: on a class within, or containing, one of its classes. */
function candidates(a: Norm, byClass: Map<string, Norm[]>, within: Map<string, Norm[]>): Set<Norm> {
  const out = new Set<Norm>();
  for (const action of a.actions) {
    for (const n of within.get(action.class) ?? []) out.add(n);
    for (const ancestor of defaultLexicon.ancestors(action.class).slice(1)) for (const n of byClass.get(ancestor) ?? []) out.add(n);
  }
  return out;
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
    description: 'Two norms on the same action and subject with incompatible force whose conditions can both hold.',
    messages: {
      conflict: '{{scenario}}, {{first}} {{firstVerb}} and {{second}} {{secondVerb}} {{action}}',
    },
    fixable: false,
  },
  check({ model, report }) {
    const norms = model.norms.filter((n) => n.actions.length > 0);
    const byClass = new Map<string, Norm[]>();
    const within = new Map<string, Norm[]>();
    const add = (map: Map<string, Norm[]>, key: string, n: Norm) => {
      const list = map.get(key);
      if (list) list.push(n);
      else map.set(key, [n]);
    };
    for (const n of norms)
      for (const a of n.actions) {
        add(byClass, a.class, n);
        for (const ancestor of defaultLexicon.ancestors(a.class)) add(within, ancestor, n);
      }
    const keys = new Map<Norm, string>(norms.map((n) => [n, guardKey(n.guard)]));
    const memo = new Map<string, string | null>();
    const sat = new SatSession();
    const seen = new Set<string>();
    const perClause = new Map<number, number>();
    for (const a of norms) {
      if (a.force !== 'prohibition') continue;
      for (const b of candidates(a, byClass, within)) {
        if (b.force !== 'obligation' && b.force !== 'permission') continue;
        if (b.clause === a.clause || (a.implied && b.implied)) continue;
        if (a.counterpart !== b.counterpart || !subjectsOverlap(a.subject, b.subject)) continue;
        const pair = [a.clause.offset, b.clause.offset].sort((x, y) => x - y).join(':');
        if (seen.has(pair) || (perClause.get(a.clause.offset) ?? 0) >= MAX_PER_CLAUSE) continue;
        const memoKey = `${keys.get(a)}|${keys.get(b)}`;
        let scenario = memo.get(memoKey);
        if (scenario === undefined) {
          const found = sat.scenario([a.guard, b.guard]);
          scenario = found ? describeScenario(found, defaultConcepts) : null;
          memo.set(memoKey, scenario);
        }
        if (scenario === null) continue;
        seen.add(pair);
        for (const c of [a.clause.offset, b.clause.offset]) perClause.set(c, (perClause.get(c) ?? 0) + 1);
        const action = gerund(sharedAction(a, b));
        const [first, second] = a.clause.offset < b.clause.offset ? [a, b] : [b, a];
        const verb = (n: Norm) => (n.implied ? `(outside its 'only if' conditions) ${VERB[n.force as keyof typeof VERB]}` : VERB[n.force as keyof typeof VERB]);
        const when = scenario === 'in every case' ? 'In every case' : `When ${scenario}`;
        const data = { scenario: when, first: cite(first.clause), firstVerb: verb(first), second: cite(second.clause), secondVerb: verb(second), action };
        for (const [self, other] of [
          [first, second],
          [second, first],
        ] as const) {
          const modal = self.clause.sentence.modal!;
          report({
            messageId: 'conflict',
            data,
            offset: modal.offset,
            end: modal.end,
            clause: self.clause,
            related: [{ offset: other.clause.sentence.modal!.offset, end: other.clause.sentence.modal!.end, message: `${cite(other.clause)} ${verb(other)} ${action}` }],
          });
        }
      }
    }
  },
};
