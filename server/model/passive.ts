/**
 * Passive actions: "be transferred to ICE custody", "only be notified". The participle names the
 * action (the lexicon reads it there), and the clause's subject is what is acted on, not who acts:
 * who acts is named after "by", or not at all. missing-actor reports the second case; the model
 * reads it as a norm that binds anyone.
 */
import type { Definition, PolicyDocument, TextRun, Word } from '../../grammar/index.js';
import type { DefinitionIndex } from './definitions.js';

/** Adverbs that may stand between the modal and `be`, or between `be` and the participle. */
export const PASSIVE_ADVERB =
  /^(?:only|not|also|never|always|first|then|still|further|thereafter|\p{L}+ly)$/iu;

const IRREGULAR = new Set(
  'made kept held sent done told shown brought paid sought taken given known seen written read set put found heard left lost met sold bought caught taught built spent lent led fed bound sworn drawn withdrawn struck hung shut upheld withheld understood overseen laid said won begun forgotten chosen driven spoken broken stolen hidden thrown'.split(
    ' ',
  ),
);

/**
 * Participles that describe the subject rather than something done to it: "shall be required to"
 * and "shall be accompanied by a judicial warrant" bind or qualify the subject itself.
 */
const STATIVE = new Set(
  'required permitted allowed authorized authorised entitled prohibited forbidden obligated obliged expected encouraged discouraged empowered prepared committed dedicated limited based governed accompanied qualified located situated interested concerned involved supposed dressed armed attired uniformed construed interpreted deemed considered presumed'.split(
    ' ',
  ),
);
const NOT_PARTICIPLE = new Set('open even often seven eleven ten need speed'.split(' '));

/** Whether `word` is a past participle that says what is done to the subject. */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PARTICIPLE.has(lower) || STATIVE.has(lower)) return false;
  return IRREGULAR.has(lower) || /^\p{L}[\p{L}-]+(?:ed|en)$/u.test(lower);
}

/** `be` or `been` (after "have"), as an action's auxiliary. */
export const PASSIVE_AUXILIARY = /^be(?:en)?$/i;

/**
 * The index in `words` of the participle of a passive action ("be made", "only be notified", "have
 * been told"), or -1 when the action is not passive.
 */
export function passiveParticiple(words: readonly string[]): number {
  let i = 0;
  while (i < words.length && PASSIVE_ADVERB.test(words[i]!) && !PASSIVE_AUXILIARY.test(words[i]!)) i++;
  if (/^have$/i.test(words[i] ?? '') && /^been$/i.test(words[i + 1] ?? '')) i++;
  if (!PASSIVE_AUXILIARY.test(words[i] ?? '')) return -1;
  i++;
  while (i < words.length && PASSIVE_ADVERB.test(words[i]!)) i++;
  return i < words.length && isParticiple(words[i]!) ? i : -1;
}

/** A letter sequence `be` or `been` in an action text: without one, the action is not passive. */
export const MAY_BE_PASSIVE = /\bbe(?:en)?\b/i;

/** Nouns that name someone acting, after `by`: "shall be approved by a supervisor". */
const AGENT_NOUN =
  /^(?:officers?|supervisors?|commanders?|sergeants?|lieutenants?|captains?|chiefs?|employees?|members?|staff|personnel|department|agency|unit|division|bureau|office|court|judges?|magistrates?|clerks?|persons?|individuals?)$/i;
const DETERMINER = /^(?:the|a|an|any|each|every|its|their|his|her|that|this|another|one)$/i;
/** Kinds of definition that name someone who can act. */
const ACTORS = new Set(['agency', 'member', 'role', 'authority', 'immigration-authority']);

/**
 * Who acts in a passive action, from the words after its participle: "by the Chief of Police" (a
 * defined actor, with its definition), "by the arresting officer" (an agent noun, without one).
 * Undefined when no one is named.
 */
export function passiveAgent(
  rest: readonly Word[],
  defs: DefinitionIndex,
  doc: PolicyDocument,
): { definition: Definition | undefined } | undefined {
  for (let i = 0; i < rest.length; i++) {
    if (!/^by$/i.test(rest[i]!.text)) continue;
    let k = i + 1;
    while (k < rest.length && DETERMINER.test(rest[k]!.text)) k++;
    // The agent's head noun, allowing one word before it ("the arresting officer").
    const head = rest.slice(k, k + 2);
    const after = rest.slice(k, k + 4);
    if (!after.length) continue;
    const offset = after[0]!.offset;
    const end = after[after.length - 1]!.end;
    const run = {
      text: after.map((w) => w.text).join(' '),
      words: after,
      wordTexts: after.map((w) => w.text),
      offset,
      end,
      range: doc.lines.range(offset, end),
    };
    const use = defs
      .uses(run)
      .find((u) => u.offset <= head[head.length - 1]!.offset && ACTORS.has(u.definition.kind));
    if (use) return { definition: use.definition };
    if (head.some((w) => AGENT_NOUN.test(w.text))) return { definition: undefined };
  }
  return undefined;
}

/** A passive action read: its participle, and who acts if it says ("by the Chief of Police"). */
export interface PassiveReading {
  participle: Word;
  agent: { definition: Definition | undefined } | undefined;
}

/**
 * How an action reads as a passive ("be transferred to ICE custody by the Watch Commander"), or
 * undefined when it is not one. Shared by the model (who the norm binds) and missing-actor (who
 * is missing).
 */
export function readPassive(
  action: TextRun | undefined,
  defs: DefinitionIndex,
  doc: PolicyDocument,
): PassiveReading | undefined {
  // No `be` or `been` in the action's text: most actions are not passive, and their words need
  // not be made.
  if (!action || !MAY_BE_PASSIVE.test(action.text)) return undefined;
  const all = action.words;
  const ws = all.some((w) => w.kind === 'punctuation') ? all.filter((w) => w.kind !== 'punctuation') : all;
  const at = passiveParticiple(ws.map((w) => w.text));
  if (at < 0) return undefined;
  return { participle: ws[at]!, agent: passiveAgent(ws.slice(at + 1), defs, doc) };
}
