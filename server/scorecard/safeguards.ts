/**
 * The safeguards a scorecard looks for, loaded from data (`safeguards.json`) and compiled once: which
 * norms and statements speak to each safeguard.
 */
import type { Clause } from '../../grammar/index.js';
import { defaultLexicon, SOMEONE_ELSE, type ActionLexicon, type Norm } from '../model/index.js';
import { compilePhrase, flatten } from '../model/text.js';
import { clauseRuns } from '../rules/support.js';
import data from './safeguards.json' with { type: 'json' };

/** Which norms a safeguard is about, as the data file writes it. */
export interface MatcherSpec {
  class?: string;
  text?: string[];
  mentions?: string[];
  immigration?: boolean;
  start?: boolean;
}

/** One safeguard as the data file writes it. */
export interface SafeguardSpec {
  id: string;
  title: string;
  kind: 'prohibition' | 'assurance';
  statements?: boolean;
  matchers?: MatcherSpec[];
  parts?: { label: string; matchers: MatcherSpec[] }[];
}

/** The data file's shape. */
export interface SafeguardData {
  immigrationWords: string[];
  /** Words for anyone at all, and for groups of people: see `protectedGroup`. */
  everyone?: string[];
  groups?: string[];
  safeguards: SafeguardSpec[];
}

/** A compiled matcher: true when a norm (or, with no norm, a statement) speaks to the safeguard. */
export type Matcher = (clause: Clause, norm: Norm | undefined) => boolean;

/** A safeguard ready to evaluate; `parts` has one entry (the safeguard itself) unless the data splits it. */
export interface Safeguard {
  id: string;
  title: string;
  kind: 'prohibition' | 'assurance';
  statements: boolean;
  parts: { label: string; matches: Matcher }[];
}

/** A leading adverb a verb may follow: "promptly record". */
const ADVERB = /^(?:\p{L}+ly )?$/u;

/** A test for any of `phrases`; with `start`, only where one opens the text (after an adverb). */
const anyOf = (phrases: string[], start = false): ((text: string) => boolean) => {
  const compiled = phrases.map(compilePhrase);
  return (text) =>
    compiled.some((re) => {
      re.lastIndex = 0;
      const m = re.exec(text);
      return !!m && (!start || ADVERB.test(text.slice(0, m.index)));
    });
};

/** The whole clause as one flattened string: subject, action, qualifiers, list items. */
export function clauseText(clause: Clause): string {
  return flatten(
    clauseRuns(clause)
      .map((r) => r.text)
      .join(' '),
  );
}

function compileMatcher(
  spec: MatcherSpec,
  immigrationText: (text: string) => boolean,
  lexicon: ActionLexicon,
): Matcher {
  const text = spec.text ? anyOf(spec.text, spec.start) : undefined;
  const mentions = spec.mentions ? anyOf(spec.mentions) : undefined;
  return (clause, norm) => {
    if (spec.class && !norm?.actions.some((a) => lexicon.overlaps(a.class, spec.class!))) return false;
    // Telling someone else ("report to the County Council the number of requests from ICE",
    // "notify the person's attorney") shares nothing with ICE, however the clause names ICE.
    if (spec.class && spec.immigration && norm?.counterpart === SOMEONE_ELSE && lexicon.tells(norm.actions))
      return false;
    const whole = clauseText(clause);
    if (text) {
      const own = norm ? flatten(norm.action?.text ?? '') : whole;
      if (!text(own)) return false;
    }
    if (mentions && !mentions(whole)) return false;
    if (spec.immigration && !norm?.counterpart && !immigrationText(whole)) return false;
    return true;
  };
}

/** Compiles safeguard data (the shipped file by default). */
export function compileSafeguards(
  source: SafeguardData = data as SafeguardData,
  lexicon = defaultLexicon,
): Safeguard[] {
  const immigrationText = anyOf(source.immigrationWords);
  const matcherOf = (specs: MatcherSpec[]): Matcher => {
    const compiled = specs.map((s) => compileMatcher(s, immigrationText, lexicon));
    return (clause, norm) => compiled.some((m) => m(clause, norm));
  };
  return source.safeguards.map((s) => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    statements: s.statements ?? false,
    parts: s.parts
      ? s.parts.map((p) => ({ label: p.label, matches: matcherOf(p.matchers) }))
      : [{ label: s.title, matches: matcherOf(s.matchers ?? []) }],
  }));
}

/** The shipped safeguards, compiled. */
export const defaultSafeguards: Safeguard[] = compileSafeguards();

const EVERYONE = new Set((data as SafeguardData).everyone ?? []);
const GROUPS = new Set((data as SafeguardData).groups ?? []);
/** Words that may stand before a group's name, or join two: "any crime victim or witness". */
const GROUP_LEAD = /^(?:a|an|the|any|each|every|all|such)$/;
const JOINER = /^(?:or|and|and\/or|,)$/;

/**
 * The group of people a prohibition's action protects when it protects no one else: "any crime
 * victim or witness" in "shall not inquire about the immigration status of any crime victim or
 * witness". Undefined when the action names anyone at all ("any person") or no group. Offsets are
 * the words' in the source; `name` is the phrase in lower case without its first determiner
 * ("crime victim or witness"), to compare groups by.
 */
export function protectedGroup(
  words: readonly { text: string; offset: number; end: number }[],
): { phrase: string; name: string; offset: number; end: number } | undefined {
  const lower = words.map((w) => w.text.toLowerCase());
  if (lower.some((w) => EVERYONE.has(w))) return undefined;
  const k = lower.findIndex((w) => GROUPS.has(w));
  if (k < 0) return undefined;
  let from = k;
  // Back over one adjective and a determiner: "any crime victim".
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) if (GROUP_LEAD.test(lower[j]!)) from = j;
  let to = k;
  for (let j = k + 1; j + 1 < lower.length; j++) {
    if (!JOINER.test(lower[j]!)) break;
    let next = j + 1;
    while (next < lower.length && GROUP_LEAD.test(lower[next]!)) next++;
    if (!GROUPS.has(lower[next] ?? '')) break;
    to = j = next;
  }
  const phrase = words
    .slice(from, to + 1)
    .map((w) => w.text)
    .join(' ')
    .replace(/ ,/g, ',');
  const name = phrase.toLowerCase();
  const lead = name.split(' ', 1)[0]!;
  return {
    phrase,
    name: GROUP_LEAD.test(lead) ? name.slice(lead.length + 1) : name,
    offset: words[from]!.offset,
    end: words[to]!.end,
  };
}
