/** missing-actor: passive duties that name nobody responsible ("notification should only be made"). */
import type { Clause, PolicyDocument, Word } from '../../grammar/index.js';
import type { Rule } from '../analysis/types.js';
import type { DefinitionIndex } from '../model/index.js';

/** Adverbs that may stand between the modal and `be`, or between `be` and the participle. */
const ADVERB = /^(?:only|not|also|never|always|first|then|still|further|thereafter|\p{L}+ly)$/iu;
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
  'required permitted allowed authorized authorised entitled prohibited forbidden obligated obliged expected encouraged discouraged empowered prepared committed dedicated limited based governed accompanied qualified located situated interested concerned involved supposed dressed armed attired uniformed'.split(
    ' ',
  ),
);
const NOT_PARTICIPLE = new Set('open even often seven eleven ten need speed'.split(' '));
/** Nouns that name someone acting, after `by`: "shall be approved by a supervisor". */
const AGENT_NOUN =
  /^(?:officers?|supervisors?|commanders?|sergeants?|lieutenants?|captains?|chiefs?|employees?|members?|staff|personnel|department|agency|unit|division|bureau|office|court|judges?|magistrates?|clerks?|persons?|individuals?)$/i;
const DETERMINER = /^(?:the|a|an|any|each|every|its|their|his|her|that|this|another|one)$/i;
const ACTORS = new Set(['agency', 'member', 'role', 'authority', 'immigration-authority']);

const isParticiple = (w: string): boolean => {
  const lower = w.toLowerCase();
  if (NOT_PARTICIPLE.has(lower) || STATIVE.has(lower)) return false;
  return IRREGULAR.has(lower) || /^\p{L}{2,}(?:ed|en)$/u.test(lower);
};

export const missingActor: Rule = {
  meta: {
    id: 'missing-actor',
    pack: 'core',
    severity: 'warning',
    description: 'Passive duties with nobody responsible ("notification should only be made").',
    messages: {
      passive:
        "'{{verb}}' says what must happen but not who must do it; make the one responsible the subject of the clause",
    },
    fixable: false,
  },
  check({ doc, model, report }) {
    for (const clause of doc.clauses) {
      const passive = passiveVerb(doc, clause, model.definitions);
      if (!passive) continue;
      const modal = clause.sentence.modal!;
      report({
        messageId: 'passive',
        data: { verb: doc.text.slice(modal.offset, passive.end).replace(/\s+/g, ' ') },
        offset: modal.offset,
        end: passive.end,
        clause,
      });
    }
  },
};

/** The participle of a passive action without an agent (`be made`, `only be notified`), if any. */
function passiveVerb(doc: PolicyDocument, clause: Clause, defs: DefinitionIndex): Word | undefined {
  const s = clause.sentence;
  if (!s.modal || !s.action) return undefined;
  // No `be` or `been` without the letters in the action's text, where its words are as written:
  // most actions are not passive, and their words need not be made.
  if (!/be/i.test(s.action.text)) return undefined;
  // Without punctuation (most actions have none, and keep their own list).
  const all = s.action.words;
  const ws = hasPunctuation(all) ? all.filter((w) => w.kind !== 'punctuation') : all;
  let i = 0;
  while (i < ws.length && ADVERB.test(ws[i]!.text) && !/^be(?:en)?$/i.test(ws[i]!.text)) i++;
  if (/^have$/i.test(ws[i]?.text ?? '') && /^been$/i.test(ws[i + 1]?.text ?? '')) i++;
  if (!/^be(?:en)?$/i.test(ws[i]?.text ?? '')) return undefined;
  i++;
  while (i < ws.length && ADVERB.test(ws[i]!.text)) i++;
  const participle = ws[i];
  if (!participle || participle.kind !== 'word' || !isParticiple(participle.text)) return undefined;
  return namesAgent(ws.slice(i + 1), defs, doc) ? undefined : participle;
}

function hasPunctuation(words: readonly Word[]): boolean {
  for (const w of words) if (w.kind === 'punctuation') return true;
  return false;
}

/** True when the words after the participle say who acts: "by the Chief of Police", "by the arresting officer". */
function namesAgent(rest: Word[], defs: DefinitionIndex, doc: PolicyDocument): boolean {
  for (let i = 0; i < rest.length; i++) {
    if (!/^by$/i.test(rest[i]!.text)) continue;
    let k = i + 1;
    while (k < rest.length && DETERMINER.test(rest[k]!.text)) k++;
    // The agent's head noun, allowing one word before it ("the arresting officer").
    const head = rest.slice(k, k + 2);
    if (head.some((w) => AGENT_NOUN.test(w.text))) return true;
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
    if (
      defs.uses(run).some((u) => u.offset <= head[head.length - 1]!.offset && ACTORS.has(u.definition.kind))
    )
      return true;
  }
  return false;
}
