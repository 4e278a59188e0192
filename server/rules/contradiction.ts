/**
 * contradiction: two norms on the same (or a broader/narrower) action and overlapping subjects with
 * incompatible force whose guards can both hold — proven with a SAT solver, with the scenario.
 * Norms are indexed by action class, so only norms on related actions are ever compared.
 */
import type { Clause } from '../../grammar/index.js';
import type { Rule, RuleContext } from '../analysis/types.js';
import {
  defaultConcepts,
  defaultLexicon,
  SOMEONE_ELSE,
  subjectsOverlap,
  type Action,
  type DefinitionIndex,
  type Guard,
  type Norm,
} from '../model/index.js';
import { describeScenario, essential, guardKey, sharedSatSession } from '../model/logic.js';
import { actionPhrase, cite, gerund, normMark } from './support.js';
import { verbIndex } from '../model/text.js';
import { inherentlyImmigration } from './warrants.js';

const MAX_PER_CLAUSE = 5;
const VERB = { prohibition: 'forbids', obligation: 'requires', permission: 'permits' } as const;

/** Norms that agree in everything the conflict check reads. */
interface Group {
  norms: Norm[];
  /**
   * The norms of clauses that are not full yet (see `ConflictSearch.full`), pruned as they fill:
   * all a prohibition that is full itself still has to meet.
   */
  open: Norm[];
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

  /** `guardOf[i]` is the id of the guard of `norms[i]`; `details` are the norms that share details only. */
  constructor(norms: Norm[], guardOf: readonly number[], details: ReadonlySet<Norm>) {
    const groups = new Map<string, Group>();
    for (let i = 0; i < norms.length; i++) {
      const n = norms[i]!;
      if (n.force !== 'obligation' && n.force !== 'permission') continue;
      // Norms alike in all that the check reads, their actions included, share a group.
      const counterpart = candidateCounterpart(n);
      const key = `${counterpart ?? ''}|${n.subject.names.join(',')}|${n.implied}|${guardOf[i]}|${n.reason ?? ''}|${n.actions.map((x) => x.class).join(',')}|${details.has(n)}`;
      let group = groups.get(key);
      if (group) {
        group.norms.push(n);
        group.open.push(n);
        continue;
      }
      groups.set(key, (group = { norms: [n], open: [n], guard: guardOf[i]!, visitedBy: -1 }));
      const exact = byCounterpart(this.exact, counterpart);
      const within = byCounterpart(this.within, counterpart);
      for (const action of n.actions) {
        file(exact, action.class, group);
        for (const ancestor of defaultLexicon.ancestors(action.class)) file(within, ancestor, group);
      }
    }
  }

  /**
   * The groups with the counterpart of `a` on a class within, or containing, one of the classes of
   * `a`, each once, into `out` (emptied first). `visitor` tells one prohibition's visits from
   * another's: a group filed under several of those classes is listed for it once.
   */
  groupsFor(a: Norm, visitor: number, out: Group[]): Group[] {
    out.length = 0;
    // A prohibition for no one in particular forbids the action for every counterpart too.
    if (a.counterpart === undefined) {
      for (const counterpart of this.within.keys())
        if (counterpart !== SOMEONE_ELSE) this.listFor(a, counterpart, visitor, out);
    } else if (a.counterpart !== SOMEONE_ELSE && generic(a.counterpart)) {
      // "federal immigration authorities" takes in every immigration authority (see countersMeet).
      for (const counterpart of this.within.keys())
        if (counterpart) this.listFor(a, counterpart, visitor, out);
    } else if (a.counterpart !== SOMEONE_ELSE) {
      this.listFor(a, a.counterpart, visitor, out);
      // And a named one meets what is said of immigration authorities in general.
      if (a.counterpart)
        for (const counterpart of this.within.keys())
          if (counterpart && counterpart !== a.counterpart && generic(counterpart))
            this.listFor(a, counterpart, visitor, out);
    }
    return out;
  }

  private listFor(a: Norm, counterpart: string | undefined, visitor: number, out: Group[]): void {
    const within = this.within.get(counterpart);
    const exact = this.exact.get(counterpart);
    if (!within || !exact) return;
    for (const action of a.actions) {
      listOnce(within.get(action.class), visitor, out);
      const ancestors = defaultLexicon.ancestors(action.class);
      for (let i = 1; i < ancestors.length; i++) listOnce(exact.get(ancestors[i]!), visitor, out);
    }
  }
}

/** Appends to `out` the groups `visitor` has not visited yet, marking them visited. */
function listOnce(groups: Group[] | undefined, visitor: number, out: Group[]): void {
  if (!groups) return;
  for (const group of groups) {
    if (group.visitedBy === visitor) continue;
    group.visitedBy = visitor;
    out.push(group);
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

/**
 * Words naming a person's contact and identifying details: what SB 54 calls "personal information,
 * … including … the individual's home address or work address", beside which it leaves sharing
 * immigration status to § 1373.
 */
const PERSONAL_DETAIL =
  /\b(?:(?:home|work|residential|residence|current|last known|mailing|email|e-mail|street) )?address(?:es)?\b|\b(?:tele)?phone numbers?\b|\bdates? of birth\b|\bwhereabouts\b|\b(?:contact|personal|personally identifying|personally identifiable|identifying) (?:information|details|data)\b|\bsocial security numbers?\b|\bplaces? of employment\b/g;
/**
 * What an action shares when it shares more than such details: "any information, including home
 * addresses", "home address or nationality", "or anything else MPD knows", "or any other detail".
 */
const BROAD_OBJECT =
  /\b(?:information|data|records?|files?|status|citizenship|nationality|alien|immigration|visa|passport|documents?|history|histories|other|anything|everything|whatever)\b/;

/**
 * A relative clause, which describes whose details they are: "of any person who files a police
 * report". Not "that", which is as often a determiner ("that person's address or any other
 * information").
 */
const RELATIVE = /\b(?:who|whom|whose|which)\b[^,;]*/g;

/**
 * Whether the norm shares a person's details and nothing else: "shall not disclose a person's home
 * address, work address or telephone number to ICE", "No home address shall be shared with ICE".
 * Such a ban does not reach what the § 1373 savings clause every sanctuary policy carries allows,
 * sharing immigration status. A detail the draft defines to take in more ("personal information"
 * defined as "… immigration status and citizenship") is no mere detail.
 */
function detailsOnly(n: Norm, defs: DefinitionIndex): boolean {
  if (!n.actions.some((x) => x.class === SHARING)) return false;
  const text = sharedText(n);
  PERSONAL_DETAIL.lastIndex = 0;
  if (!PERSONAL_DETAIL.test(text)) return false;
  PERSONAL_DETAIL.lastIndex = 0;
  for (const m of text.matchAll(PERSONAL_DETAIL)) {
    const defined = defs.lookup(m[0])?.text?.text;
    if (defined && BROAD_OBJECT.test(defined.toLowerCase())) return false;
  }
  return !BROAD_OBJECT.test(text.replace(PERSONAL_DETAIL, ' ').replace(RELATIVE, ' '));
}

/** Whether the norm's words name a person's details (see `PERSONAL_DETAIL`). */
function namesDetails(n: Norm): boolean {
  PERSONAL_DETAIL.lastIndex = 0;
  return PERSONAL_DETAIL.test(sharedText(n));
}

/** What a norm shares, in lower case: its action, and a passive's subject ("No home address shall be shared"). */
function sharedText(n: Norm): string {
  const action = n.action?.text ?? '';
  const subject = /^be\s/i.test(action) ? (n.clause.sentence.subject?.text ?? '') : '';
  return `${subject} ${action}`.toLowerCase();
}

const SHARING = 'share-information';
const STATUS = 'share-status';

/**
 * Whether action `x` of `a` and action `y` of `b` are on the same, or nested, classes of action.
 * Sharing status does not meet sharing details only (`details`), unless it names details itself
 * ("information regarding the citizenship, immigration status or home address of any person").
 */
function actionsMeet(x: Action, a: Norm, y: Action, b: Norm, details: ReadonlySet<Norm>): boolean {
  if (!defaultLexicon.overlaps(x.class, y.class)) return false;
  return (
    !(x.class === STATUS && details.has(b) && !namesDetails(a)) &&
    !(y.class === STATUS && details.has(a) && !namesDetails(b))
  );
}

/** Whether some action of `a` meets some action of `b` (see `actionsMeet`). */
function anyActionsMeet(a: Norm, b: Norm, details: ReadonlySet<Norm>): boolean {
  for (const x of a.actions) for (const y of b.actions) if (actionsMeet(x, a, y, b, details)) return true;
  return false;
}

function sharedAction(a: Norm, b: Norm, details: ReadonlySet<Norm>): string {
  for (const x of a.actions)
    for (const y of b.actions)
      if (actionsMeet(x, a, y, b, details)) {
        // An action outside the lexicon is named by its verb and object as the earlier clause
        // words them ("use a neck restraint"), not by their stems ("use neck").
        if (!x.known)
          return actionWords(a.clause.offset <= b.clause.offset ? a : b) ?? actionPhrase(x.class, undefined);
        const narrow = defaultLexicon.isWithin(x.class, y.class) ? x.class : y.class;
        // The narrower counterpart: ICE rather than "an immigration authority".
        const who =
          a.counterpart && !generic(a.counterpart) ? a.counterpart : (b.counterpart ?? a.counterpart);
        return actionPhrase(narrow, who);
      }
  return 'acting';
}

/** Words that end an action's object: "initiate a vehicle pursuit for a traffic infraction". */
const AFTER_OBJECT =
  /^(?:to|for|with|about|at|on|in|into|from|by|under|upon|within|through|pursuant|against|before|after|during|unless|if|when|without|until|while|where|because|solely|only|and|or|,|;|:)$/i;

/**
 * The verb and object of a norm's action, as written: "use a neck restraint", at most eight words.
 * A word that ends the object goes on to its counterpart: "respond to an ICE inquiry".
 */
function actionWords(norm: Norm): string | undefined {
  const ws = norm.action?.wordTexts ?? [];
  const who = norm.counterpart;
  const namesWho = (k: number) => !!who && ws.slice(k + 1, k + 4).includes(who);
  let k = verbIndex(ws);
  const out = [ws[k]!];
  for (k++; k < ws.length && out.length < 8 && (!AFTER_OBJECT.test(ws[k]!) || namesWho(k)); k++)
    out.push(ws[k]!);
  // Cut at eight words, the phrase ends at its last noun, not at "of" or "the".
  while (out.length > 1 && /^(?:of|a|an|the|any|its|their)$/i.test(out[out.length - 1]!)) out.pop();
  return out[0] ? out.join(' ') : undefined;
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
    new ConflictSearch(model.norms, model.doc.text.length, model.definitions).run(report);
  },
};

/**
 * One check's search for conflicts. Its state is fields and its steps are methods, not closures
 * made per check and per prohibition: V8 compiled such closures again for every document.
 */
class ConflictSearch {
  private readonly norms: Norm[];
  /** Guards as small numbers, so that a pair of guards is a number, not a concatenated string. */
  private readonly guardIds = new Map<string, number>();
  /** By the norm's position, so that no lookup by norm is needed. */
  private readonly guardOf: number[] = [];
  private readonly index: CandidateIndex;
  /** The scenario of each pair of guards (a number, see `conflict`), or null when none. */
  private readonly memo = new Map<number, string | null>();
  private readonly sat = sharedSatSession();
  /** Pairs of clauses already reported, as numbers (see `run`). */
  private readonly seen = new Set<number>();
  private readonly perClause = new Map<Clause, number>();
  /** Clause offsets are unique and below the text's length, so a pair of them is one number. */
  private readonly span: number;

  /** The norms that share a person's details and nothing else (see `detailsOnly`). */
  private readonly details = new Set<Norm>();

  constructor(norms: readonly Norm[], textLength: number, defs: DefinitionIndex) {
    this.norms = norms.filter((n) => n.actions.length > 0);
    for (const n of this.norms) if (detailsOnly(n, defs)) this.details.add(n);
    for (const n of this.norms) {
      const key = guardKey(n.guard);
      let id = this.guardIds.get(key);
      if (id === undefined) this.guardIds.set(key, (id = this.guardIds.size));
      this.guardOf.push(id);
    }
    this.index = new CandidateIndex(this.norms, this.guardOf, this.details);
    this.span = textLength + 1;
  }

  run(report: RuleContext['report']): void {
    const groups: Group[] = [];
    for (let visitor = 0; visitor < this.norms.length; visitor++) {
      const a = this.norms[visitor]!;
      if (a.force !== 'prohibition') continue;
      // How many findings the prohibition's clause has: read once, counted here as they come.
      let aCount = this.perClause.get(a.clause) ?? 0;
      for (const group of this.index.groupsFor(a, visitor, groups)) {
        // Each pair is reported on each of its clauses that is not full yet: every clause in a
        // contradiction hears of one, and none of more than MAX_PER_CLAUSE. Once this prohibition
        // is full, only the group's open norms are walked, and those that are full are dropped.
        const walked = aCount >= MAX_PER_CLAUSE ? group.open : group.norms;
        if (!walked.length) continue;
        const scenario = this.conflict(a, this.guardOf[visitor]!, group.norms[0]!, group.guard);
        if (scenario === null) continue;
        let kept = 0;
        for (let next = 0; next < walked.length; next++) {
          const b = walked[next]!;
          const onB = !this.full(b.clause);
          if (walked === group.open) {
            if (!onB) continue;
            walked[kept++] = b;
          }
          if (b.clause === a.clause) continue;
          const onA = aCount < MAX_PER_CLAUSE;
          if (!onA && !onB) continue;
          const x = a.clause.offset;
          const y = b.clause.offset;
          const pair = Math.min(x, y) * this.span + Math.max(x, y);
          if (this.seen.has(pair)) continue;
          this.seen.add(pair);
          if (onA) this.perClause.set(a.clause, ++aCount);
          if (onB) this.count(b.clause);
          reportPair(a, b, scenario, report, onA, onB, this.details);
        }
        if (walked === group.open) walked.length = kept;
      }
    }
  }

  private full(c: Clause): boolean {
    return (this.perClause.get(c) ?? 0) >= MAX_PER_CLAUSE;
  }

  private count(c: Clause): void {
    this.perClause.set(c, (this.perClause.get(c) ?? 0) + 1);
  }

  /** The scenario in which `a` and `b` conflict, in words, or null when they cannot. */
  private conflict(a: Norm, aGuard: number, b: Norm, bGuard: number): string | null {
    if (
      !countersMeet(a, b) ||
      (a.implied && b.implied) ||
      !anyActionsMeet(a, b, this.details) ||
      !subjectsOverlap(a.subject, b.subject) ||
      !sameReason(a, b)
    )
      return null;
    const memoKey = aGuard * this.guardIds.size + bGuard;
    let scenario = this.memo.get(memoKey);
    if (scenario === undefined) {
      const found = this.sat.scenario([a.guard, b.guard]);
      scenario = found ? describeScenario(essential(found, [a.guard, b.guard]), defaultConcepts) : null;
      this.memo.set(memoKey, scenario);
    }
    return scenario;
  }
}

/**
 * Whether the prohibition `a` and the norm `b` are about the same counterpart: the same one, or any
 * when `a` names none ("shall not arrest any person for a civil immigration violation" forbids it
 * when DHS asks, too). A prohibition that names someone else to tell ("shall not share the address
 * with the press") is about that one.
 */
function countersMeet(a: Norm, b: Norm): boolean {
  // Someone else is anyone but a counterpart, not one person: "notify a Commander" does not meet
  // "shall not share license plate data with the press".
  const other = candidateCounterpart(b);
  if (a.counterpart === SOMEONE_ELSE || other === SOMEONE_ELSE) return false;
  if (a.counterpart === other || a.counterpart === undefined) return true;
  // "federal immigration authorities" takes in ICE, and a name defined as an immigration authority.
  return !!a.counterpart && !!other && (generic(a.counterpart) || generic(other));
}

/** The lexicon's name for immigration authorities in general ("federal immigration authorities"). */
const IMMIGRATION_AUTHORITY = 'immigration-authority';

/**
 * Whom a duty or permission is about, to this check: its counterpart, or immigration authorities
 * in general when it names none but only they ask for what it allows. "MPD may honor immigration
 * detainers" meets "MPD shall not honor a detainer unless ICE presents a judicial warrant". (A
 * prohibition that names no one already meets every counterpart.)
 */
function candidateCounterpart(n: Norm): string | undefined {
  return n.counterpart ?? (inherentlyImmigration(n) ? IMMIGRATION_AUTHORITY : undefined);
}

const generic = (counterpart: string): boolean => defaultLexicon.isGenericCounterpart(counterpart);

/**
 * Whether two norms can be about acting for the same reason. "Shall not arrest any person on the
 * basis of a civil immigration violation" forbids arresting for that reason; it does not meet
 * "shall arrest a person named in a judicial warrant", which names no such reason, nor a duty to
 * arrest for another one. It meets a norm that gives the same reason, or whose conditions name it.
 */
function sameReason(a: Norm, b: Norm): boolean {
  if (a.reason === b.reason) return true;
  if (a.reason !== undefined && b.reason !== undefined) return false;
  const [reason, other] = a.reason !== undefined ? [a.reason, b] : [b.reason!, a];
  return guardNames(other.guard, reason.split(' '));
}

/** Whether an atom of `guard` holds every one of `words` (condition keys, or a concept's id). */
function guardNames(guard: Guard, words: readonly string[]): boolean {
  switch (guard.op) {
    case 'true':
      return false;
    case 'atom': {
      const atomWords = new Set(guard.atom.id.replace(/^solely: /, '').split(/[\s-]+/));
      return words.every((w) => atomWords.has(w));
    }
    case 'not':
      return guardNames(guard.guard, words);
    case 'and':
    case 'or':
      return guard.guards.some((g) => guardNames(g, words));
  }
}

/** Reports the conflict of `a` and `b` on `a` when `onA`, and on `b` when `onB`. */
function reportPair(
  a: Norm,
  b: Norm,
  scenario: string,
  report: RuleContext['report'],
  onA: boolean,
  onB: boolean,
  details: ReadonlySet<Norm>,
): void {
  const action = gerund(sharedAction(a, b, details));
  const [first, second] = a.clause.offset < b.clause.offset ? [a, b] : [b, a];
  const verb = (n: Norm) =>
    n.implied
      ? `(outside its 'only if' conditions) ${VERB[n.force as keyof typeof VERB]}`
      : VERB[n.force as keyof typeof VERB];
  // "When it is for the purpose of a criminal investigation, §4.3 permits …".
  const when =
    scenario === 'in every case'
      ? 'In every case'
      : `When ${/^(?:not )?for\b/i.test(scenario) ? 'it is ' : ''}${scenario}`;
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
    if (self === a ? !onA : !onB) continue;
    const at = normMark(self);
    const otherAt = normMark(other);
    report({
      messageId: 'conflict',
      data,
      offset: at.offset,
      end: at.end,
      clause: self.clause,
      related: [
        {
          offset: otherAt.offset,
          end: otherAt.end,
          message: `${cite(other.clause)} ${verb(other)} ${action}`,
        },
      ],
    });
  }
}
