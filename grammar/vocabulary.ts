/**
 * What modal and qualifier phrases mean: the force a modal gives a clause and the kind of
 * condition a qualifier opens. Data, so that a reader can check it against DESIGN §2–3.
 */
import type { Force, Qualifier, QualifierKind } from './ast.js';

/** Force of a modal written without `not`, keyed by the phrase with whitespace collapsed, lower case. */
const BASE_FORCE: [RegExp, Force][] = [
  [/^(?:shall|must|will) (?:refrain from|avoid)$/, 'prohibition'],
  [/^should (?:refrain from|avoid)$/, 'discouragement'],
  // "is not prohibited from" permits what "is prohibited from" forbids.
  [/^(?:is|are) not (?:prohibited|forbidden|barred|precluded) from$/, 'permission'],
  [/^(?:is|are) (?:prohibited|forbidden|barred|precluded) from$/, 'prohibition'],
  [/^(?:is|are) (?:free|at liberty|empowered) to$/, 'permission'],
  [/^(?:has|have) been (?:authorized|authorised|permitted) to$/, 'permission'],
  [/^(?:has|have) the option to$/, 'permission'],
  [/^(?:retains?|reserves?) the (?:discretion|right) to$/, 'permission'],
  [/^(?:is|are) (?:requested|asked) to$/, 'recommendation'],
  [/^(?:is|are) responsible for$/, 'obligation'],
  [/^need not$/, 'permission'],
  [/^(?:is|are) forbidden to$/, 'prohibition'],
  [/^(?:is|are) not (?:required|obligated) to$/, 'permission'],
  [/^(?:is|are) not (?:permitted|authorized|authorised|allowed) to$/, 'prohibition'],
  [/^(?:is|are) not (?:expected|encouraged) to$/, 'discouragement'],
  [/^(?:is|are) discouraged from$/, 'discouragement'],
  [/^(?:is|are) (?:expected|encouraged|advised|urged|requested|asked) not to$/, 'discouragement'],
  [/^(?:shall|will|must|should) (?:strive|endeavou?r|attempt|seek|try) to$/, 'recommendation'],
  [/^(?:shall|will|must|should) (?:make|use|do) .*(?:efforts?|utmost) to$/, 'recommendation'],
  [/^(?:is|are) (?:expected|encouraged|advised|urged) to$/, 'recommendation'],
  [/^ought to$/, 'recommendation'],
  [/^ought not to$/, 'discouragement'],
  [/^(?:is|are) (?:required|obligated) to$/, 'obligation'],
  [/^(?:has|have) (?:a |the )?duty to$/, 'obligation'],
  [/^(?:is|are) (?:permitted|authorized|authorised|allowed) to$/, 'permission'],
  [/^(?:has|have) (?:the )?(?:discretion|authority) to$/, 'permission'],
  [/^(?:is|are) not to$/, 'prohibition'],
  [/^(?:is|are) to$/, 'obligation'],
  [/^(?:agrees|agree) not to$/, 'prohibition'],
  [/^(?:agrees|agree) to$/, 'obligation'],
  [/^(?:shall|must|will)$/, 'obligation'],
  [/^(?:may|can)$/, 'permission'],
  [/^should$/, 'recommendation'],
  [/^cannot$/, 'prohibition'],
];

const NEGATED: Record<Force, Force> = {
  obligation: 'prohibition',
  permission: 'prohibition',
  recommendation: 'discouragement',
  prohibition: 'prohibition',
  discouragement: 'discouragement',
};

/**
 * The force of a modal phrase; `negated` is true for `shall not`, `No X shall`, `neither … nor`.
 * `may not` is a prohibition, `should not` a discouragement.
 */
export function modalForce(phrase: string, negated: boolean): Force {
  let base = forceCache.get(phrase);
  if (!base) {
    const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
    base = BASE_FORCE.find(([pattern]) => pattern.test(key))?.[1] ?? 'obligation';
    forceCache.set(phrase, base);
  }
  return negated ? NEGATED[base] : base;
}

const forceCache = new Map<string, Force>();

const SELF_NEGATING = /\bnot\b|cannot|refrain|avoid|prohibited|forbidden|barred|precluded|discouraged/i;
/** A negation negated: "is not prohibited from" negates nothing. */
const DOUBLE_NEGATION = /\bnot (?:prohibited|forbidden|barred|precluded)\b/i;

/** True when the modal phrase carries its own negation: `cannot`, `is prohibited from`, `is not required to`. */
export function modalNegates(phrase: string): boolean {
  let negates = negationCache.get(phrase);
  if (negates === undefined) {
    negates = SELF_NEGATING.test(phrase) && !DOUBLE_NEGATION.test(phrase);
    negationCache.set(phrase, negates);
  }
  return negates;
}

const negationCache = new Map<string, boolean>();

const QUALIFIER_KINDS: [RegExp, QualifierKind][] = [
  [/^only (?:if|when|where|upon)$/, 'only-if'],
  [/^only with$/, 'only-with'],
  [/^only after$/, 'only-after'],
  [/^unless$/, 'unless'],
  [/^(?:if|in the event that|in the event of|in the event)$/, 'if'],
  [/^(?:when|whenever|where|wherever|upon|while|whilst)$/, 'when'],
  [/^(?:except(?: when| where| if| as)?|save (?:when|where|if|as)|barring)$/, 'except'],
  [/^(?:provided that|as long as|so long as)$/, 'provided'],
  [/^(?:before|prior to)$/, 'before'],
  [/^after$/, 'after'],
  [/^(?:without|absent|in the absence of)$/, 'without'],
  [/^other than(?: as| when| where| if| at the (?:request|direction) of)$/, 'except'],
  [/^solely (?:for|because of|on the basis of)$/, 'solely'],
  [/^for the purposes? of$/, 'purpose'],
  // "even if the victim asks", "including when the person is a witness": the rule holds there too.
  [/^(?:regardless of|even (?:if|when|where|though)|including (?:when|where|if))$/, 'regardless'],
];

/** Whether a qualifier of `kind` opens an exception to its rule: `unless`, `except` (and its kin), `without`. */
export function opensException(kind: QualifierKind): boolean {
  return kind === 'unless' || kind === 'except' || kind === 'without';
}

/**
 * Whether the qualifier after `previous` holds the condition of an exception that `previous` opens
 * with no words of its own: in "shall not share … except for the purposes of a criminal
 * investigation", `except` is empty and the purpose is what is excepted.
 */
export function exceptsNext(previous: Pick<Qualifier, 'kind' | 'condition' | 'list'> | undefined): boolean {
  return !!previous && opensException(previous.kind) && !previous.condition && !previous.list;
}

/** The kind of condition a qualifier keyword opens. */
export function qualifierKind(keyword: string): QualifierKind {
  let kind = kindCache.get(keyword);
  if (!kind) {
    const key = keyword.toLowerCase().replace(/\s+/g, ' ').trim();
    kind = QUALIFIER_KINDS.find(([pattern]) => pattern.test(key))?.[1] ?? 'if';
    kindCache.set(keyword, kind);
  }
  return kind;
}

/** Keywords as written are few (`when`, `When`, `only if`…), so each is looked up once. */
const kindCache = new Map<string, QualifierKind>();

/** Phrases before an inverted modal that forbid: "Under no circumstances shall an Officer …". */
const NEVER =
  /^(?:under no circumstances?|at no time|in no (?:case|event|circumstances?)|on no account|by no means)\s*,?$/i;

/**
 * Whether `text`, written where a subject stands, forbids in every case and puts the subject after
 * the modal: "Under no circumstances", "At no time", "In no case" (a comma after it may stand).
 */
export function forbidsAlways(text: string): boolean {
  return NEVER.test(text);
}

/**
 * Nouns of an event that "upon … of" makes a condition ("upon presentation of Form I-205"), and the
 * participle that says it happened ("Form I-205 is presented"). "upon request" is one too.
 */
export const UPON_EVENTS: Readonly<Record<string, string>> = {
  presentation: 'presented',
  receipt: 'received',
  production: 'produced',
  service: 'served',
  submission: 'submitted',
  showing: 'shown',
  issuance: 'issued',
};

/** Words that may open a sentence before its subject and are not part of it ("Therefore, officers …"). */
export const DISCOURSE_ADVERBS = new Set([
  'therefore',
  'accordingly',
  'however',
  'further',
  'furthermore',
  'additionally',
  'moreover',
  'consequently',
  'thus',
  'nevertheless',
  'notwithstanding',
  'also',
]);

/** Header fields DESIGN §2 names; the ones holding dates are checked as ISO dates. */
export const HEADER_KEYS = [
  'agency',
  'jurisdiction',
  'effective',
  'adopted',
  'revised',
  'reviewed',
  'supersedes',
  'version',
];
export const DATE_KEYS = new Set(['effective', 'adopted', 'revised', 'reviewed']);

/** Definition kinds as written, mapped to the AST's kind. `member of X` is handled apart. */
export const DEFINITION_KINDS: Record<
  string,
  'agency' | 'role' | 'authority' | 'immigration-authority' | 'term' | 'document'
> = {
  agency: 'agency',
  role: 'role',
  authority: 'authority',
  'immigration authority': 'immigration-authority',
  term: 'term',
  document: 'document',
};
