/**
 * Who is told (DESIGN §3's counterpart, for actions that tell someone something): "notify the
 * Supervisor when ICE agents request assistance" tells nobody at ICE. The words that say so are
 * the lexicon's `recipients` (lexicon/immigration.json).
 */
import type { TextRun } from '../../grammar/index.js';
import type { DefinitionIndex } from './definitions.js';
import type { ActionLexicon } from './lexicon.js';
import { verbIndex } from './text.js';

const COORDINATOR = /^(?:and|or|nor|and\/or)$/;

/** How many words of a noun phrase are read for whom it names: "each detained person". */
const PHRASE_WORDS = 4;

/** Determiners between a verb or preposition and whom it names: "the Supervisor", "any ICE agent". */
const BEFORE_NAME = /^(?:a|an|the|any|every|each|all|its|their|his|her|such|this|these|those)$/;

/** Words after a noun that end its phrase: "notify that person of the request". */
const AFTER_NOUN = /^(?:of|about|in|within|immediately|promptly|,|;)$/;

/** Words that open what is said: "inform the person that …", "advise the person whether …". */
const SAYING = /^(?:that|whether)$/;

/** Words before the one told, inside what is said: "… with ICE", "… to ICE". */
const RECIPIENT_MARK = /^(?:to|with)$/;

/** How many words of an action are read for whom it tells. */
const READ_WORDS = 64;

/**
 * Whom an action that tells someone something tells: a counterpart named where the one told stands
 * ("notify ICE", "share with ICE", "inform the Supervisor and ICE"), `null` when the action names
 * someone else there ("inform the person", "report to the City Council"), or undefined when it does
 * not say. A counterpart after a word such as `from`, `by` or `that` is where what is told comes
 * from, or what it is about ("requests received from ICE"), not who is told. The lexicon's
 * `recipients` hold these words.
 */
export function toldIn(
  run: TextRun,
  defs: DefinitionIndex,
  lexicon: ActionLexicon,
): string | null | undefined {
  // Who is told stands near the verb; a very long action is read as far as that.
  const all = run.words;
  if (!all.length) return undefined;
  const ws = all.length > READ_WORDS ? all.slice(0, READ_WORDS) : all;
  const lower = ws.map((w) => w.text.toLowerCase());
  // Per word: the counterpart named from it on, or '' for a defined name of anyone else; and the
  // index of the word after that name.
  const names = new Array<string | undefined>(ws.length);
  const ends = new Array<number>(ws.length);
  // Uses and mentions come in text order, as words do: one walk each.
  let i = 0;
  for (const use of defs.uses(run)) {
    if (use.offset > ws[ws.length - 1]!.offset) break;
    // A defined term or document ("nonpublic personal information") is what is told, not whom.
    const kind = use.definition.kind;
    if (kind === 'term' || kind === 'document') continue;
    while (i < ws.length && ws[i]!.offset < use.offset) i++;
    if (i >= ws.length || ws[i]!.offset !== use.offset) continue;
    names[i] = kind === 'immigration-authority' ? use.definition.name.text : '';
    let end = i + 1;
    while (end < ws.length && ws[end]!.offset < use.end) end++;
    ends[i] = end;
  }
  for (const m of lexicon.counterpartWords(lower)) {
    if (m.from < 0 || names[m.from] !== undefined) continue;
    names[m.from] = m.name;
    ends[m.from] = m.to;
  }
  // Is someone other than a counterpart told? The noun phrase from word `k` names someone
  // when one of its first few words does ("each detained person"); it ends at punctuation or at a
  // word such as `of` or `that`.
  /**
   * Whether word `k` is "that" as a determiner: before a possessive ("notify that person's
   * attorney"), or right after the verb before one noun ("notify that person of the request").
   */
  const demonstrative = (k: number): boolean =>
    lower[k] === 'that' &&
    (/['’]s$/.test(lower[k + 1] ?? '') ||
      (k === verb + 1 && (k + 2 >= ws.length || AFTER_NOUN.test(lower[k + 2]!))));
  const namesSomeoneAt = (k: number): boolean => {
    while (k < ws.length && (BEFORE_NAME.test(lower[k]!) || demonstrative(k))) k++;
    for (const last = Math.min(ws.length, k + PHRASE_WORDS); k < last; k++) {
      const w = ws[k]!;
      // A counterpart ("to the ICE field office") is no one else; a determiner after the first
      // word starts another phrase, so "to" was an infinitive's ("to identify a person for ICE").
      if (w.kind === 'punctuation' || lexicon.isNotTold(lower[k]!) || names[k] || BEFORE_NAME.test(lower[k]!))
        return false;
      if (names[k] === '' || (w.kind === 'word' && /^\p{Lu}/u.test(w.text)) || lexicon.namesOther(w.text))
        return true;
    }
    return false;
  };
  // Someone else named as the one told ("report to the City Council the number of persons
  // transferred to ICE custody") is told first: a counterpart after that is part of what is told.
  /** Whether word `k` is "to" or "with" before someone other than a counterpart. */
  const toSomeoneAt = (k: number): boolean =>
    (lower[k] === 'to' || lower[k] === 'with') && namesSomeoneAt(k + 1);
  const otherBefore = (i: number): boolean => {
    for (let k = 1; k < i - 1; k++) if (names[k + 1] === undefined && toSomeoneAt(k)) return true;
    return false;
  };
  // After "that" or "whether" comes what is said, where a name is told only after "to" or "with":
  // "tell the person that CFPD will not hold the person for ICE" tells the person, and "share
  // information that identifies a victim with ICE" tells ICE.
  // The verb, past leading adverbs. After a verb of telling, everything from "that" on is what is
  // said: "tell every victim that MBPD does not share information with ICE" tells the victim.
  const verb = verbIndex(lower);
  let said = ws.length;
  for (let k = 1; k < ws.length; k++)
    if (SAYING.test(lower[k]!) && !demonstrative(k)) {
      said = k;
      break;
    }
  const tellingVerb = lexicon.isTellingVerb(lower[verb]!);
  // A name joined by "and" or "or" to one that is not told is not told either: "requests received
  // from ICE and CBP".
  let previous: { end: number; told: boolean } | undefined;
  for (i = 0; i < ws.length; i++) {
    const name = names[i];
    if (name === undefined) continue;
    let before = i - 1;
    while (before >= 0 && BEFORE_NAME.test(lower[before]!)) before--;
    const told =
      previous && !previous.told && joined(previous.end, before)
        ? false
        : i > said
          ? !tellingVerb && before >= 0 && RECIPIENT_MARK.test(lower[before]!)
          : before < 0 ||
            !(
              lexicon.isNotTold(lower[before]!) ||
              aboutWith(before) ||
              lexicon.isTopic(lower[ends[i]!] ?? '')
            );
    if (told && name && !otherBefore(i) && !toldAbout(i)) return name;
    previous = { end: ends[i]!, told };
    i = ends[i]! - 1;
  }
  /**
   * Whether the name at word `i` is part of what someone else is told: the object of the nearest
   * verb of telling before it names someone else, and a word such as `of` or `about` stands
   * between ("notify the Watch Commander of any contact with ICE"). "notify the Supervisor and ICE"
   * tells both.
   */
  function toldAbout(i: number): boolean {
    // A word after a determiner is a noun: "any contact with ICE".
    const tellingAt = (k: number) =>
      lexicon.isTellingVerb(lower[k]!) && !(k > 0 && BEFORE_NAME.test(lower[k - 1]!));
    let v = i - 1;
    while (v >= 0 && !tellingAt(v)) v--;
    if (v < 0 || !namesSomeoneAt(v + 1)) return false;
    for (let k = v + 1; k < i; k++) {
      if (lexicon.isNotTold(lower[k]!)) return true;
      // Past a name's own words: "the Chief of Police and ICE".
      if (names[k] !== undefined) k = ends[k]! - 1;
    }
    return false;
  }
  /** Whether word `k` is "with" after a noun of what is told about: "report any contact with ICE to a Commander". */
  function aboutWith(k: number): boolean {
    return lower[k] === 'with' && k > verb + 1 && lexicon.isTopic(lower[k - 1]!);
  }
  /** Whether words `from` to `to` (inclusive) only join two names: "and", "or", commas, determiners. */
  function joined(from: number, to: number): boolean {
    for (let k = from; k <= to; k++)
      if (!(COORDINATOR.test(lower[k]!) || lower[k] === ',' || BEFORE_NAME.test(lower[k]!))) return false;
    return true;
  }
  if (tellingVerb && namesSomeoneAt(verb + 1)) return null;
  // A verb of telling joined to the first: "log the request and tell a Supervisor".
  for (let k = verb + 2; k < ws.length - 1; k++)
    if (COORDINATOR.test(lower[k - 1]!) && lexicon.isTellingVerb(lower[k]!) && namesSomeoneAt(k + 1))
      return null;
  for (i = verb + 1; i < ws.length; i++) if (toSomeoneAt(i)) return null;
  return undefined;
}
