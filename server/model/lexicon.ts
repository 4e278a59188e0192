/**
 * The action lexicon: which words name which action class, and how classes nest
 * (`notify` ⊑ `share-information` ⊑ `cooperate`). It is data (`lexicon/*.json`), so another policy
 * domain can add its own classes without touching code.
 */
import immigration from './lexicon/immigration.json' with { type: 'json' };
import { PASSIVE_AUXILIARY } from './passive.js';
import { compileAlternation, compilePhrase, flatten, leadsVerb, singularForms } from './text.js';

/** The JSON form of a lexicon file. */
export interface LexiconData {
  /**
   * `yields`: classes this one gives way to where both are named from the same word: "release
   * footage to ICE" is sharing information, though "release … to ICE" also names a transfer.
   */
  classes: Record<string, { parent?: string | null; label?: string; patterns: string[]; yields?: string[] }>;
  counterparts?: Record<string, string[]>;
  /** Who is told by the actions that tell someone something (see the shipped file's `$comment`). */
  recipients?: { classes: string[]; verbs: string[]; notTold: string[]; others: string[]; topics?: string[] };
}

/** A counterpart named in a text, and where. */
export interface CounterpartMention {
  name: string;
  index: number;
  length: number;
}

/** One action found in a clause: its class and where it was named in the action text. */
export interface ActionMatch {
  class: string;
  /** Offsets into the flattened action text. */
  index: number;
  length: number;
}

interface CompiledClass {
  name: string;
  parent: string | undefined;
  label: string;
  patterns: RegExp[];
  /** Classes this one gives way to where both are named from the same word (see `LexiconData`). */
  yields: string[];
}

/** The first three letters of a pattern's first word: only texts with such a word can match it. */
const patternKey = (pattern: string): string => patternLeadWord(pattern).slice(0, 3);

/** A pattern's first word, lower case, without its `*`. */
const patternLeadWord = (pattern: string): string =>
  (pattern.trim().split(/\s+/)[0] ?? '').replace(/\*$/, '').toLowerCase();

/**
 * What a word must begin with for a match of the pattern to start at it: its first word. Empty
 * (any word) when that word holds a comma or semicolon, which end a word in `wordSpans`.
 */
function patternLead(pattern: string): string {
  const word = patternLeadWord(pattern);
  return /[,;]/.test(word) ? '' : word;
}

/** One pattern of a class, filed by its key, with what a word must begin with to match it. */
interface Candidate {
  cls: CompiledClass;
  re: RegExp;
  lead: string;
  /** The last call of `classify` that took it as a candidate. */
  call: number;
}

/**
 * A key of up to three ASCII characters as a small integer: its length in the two lowest bits, then
 * seven bits a character. -1 for a key with a character beyond ASCII.
 */
function keyCode(key: string): number {
  let code = key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return -1;
    code |= c << (2 + 7 * i);
  }
  return code;
}

/** Entries per first character in `ActionLexicon.keyStarts`: 128 second characters, and none. */
const KEY_STARTS = 129;
/** The entry for a key or word of one character. */
const ONE_CHARACTER = 128;

/** Whether `found` holds a match of class `name` (it holds a few at most). */
function foundClass(found: readonly ActionMatch[], name: string): boolean {
  for (const f of found) if (f.class === name) return true;
  return false;
}

/** Whether one of `words` begins with `lead`. */
function beginsOneOf(words: readonly string[], lead: string): boolean {
  for (const w of words) if (w.startsWith(lead)) return true;
  return false;
}

const COORDINATORS = new Set(['or', 'and', 'nor', 'and/or']);
/** Words that open a clause of their own inside an action: "record whether …", "a person who …". */
const SUBORDINATE = /^(?:whether|that|if|which|who|whom|whose|when|where|why|how)$/;
/** Verbs that lead in to the action, before "to": "may choose to notify ICE", "continue to honor". */
const LEAD_IN =
  /^(?:choose|chooses|agree|agrees|elect|elects|decide|decides|opt|opts|continue|continues|begin|begins|seek|seeks|attempt|attempts|try|tries|offer|offers|volunteer|volunteers|undertake|undertakes|endeavou?r|endeavou?rs|proceed|proceeds)$/;
/**
 * Verbs that bring an action about, which the noun after them names: "facilitate the transfer of an
 * inmate to ICE", "authorize assistance to ICE", "approve the release of records to ICE".
 */
const ENABLING = /^(?:facilitat|authori[sz]|approv|accommodat|consent|arrang|initiat|expedit|enabl)/;
/** Main verbs that hand something over, so a noun phrase later in the action names what is handed. */
const HANDING_OVER =
  /^(?:provid|provision|giv|send|shar|releas|disclos|report|furnish|transmit|forward|mak|pass|turn|hand|communicat)/;

/**
 * Where an action class may be named: at the main verb ("notify ICE"), at a verb coordinated with it
 * ("detain or arrest"), or anywhere after a verb of handing over ("provide release dates to ICE").
 * So "record the contact details" is recording, not contacting. The offsets where a class may
 * start, or undefined for anywhere.
 */
function verbPositions(flat: string, words: readonly number[]): Set<number> | undefined {
  const n = words.length / 2;
  let main = 0;
  while (main < n - 1 && leadsVerb(wordAt(flat, words, main))) main++;
  // A passive action names its class at the participle: "be transferred to ICE custody".
  if (main < n - 1 && PASSIVE_AUXILIARY.test(wordAt(flat, words, main)))
    for (main++; main < n - 1 && leadsVerb(wordAt(flat, words, main));) main++;
  // "choose to notify", "continue to honor": the verb after the lead-in names the action.
  while (main < n - 2 && LEAD_IN.test(wordAt(flat, words, main)) && wordAt(flat, words, main + 1) === 'to')
    main += 2;
  if (n > 0 && (HANDING_OVER.test(wordAt(flat, words, main)) || ENABLING.test(wordAt(flat, words, main))))
    return undefined;
  const allowed = new Set<number>();
  if (n > 0) allowed.add(words[2 * main]!);
  let subordinate = false;
  for (let i = main + 1; i < Math.min(n, main + 10); i++) {
    const previous = wordAt(flat, words, i - 1);
    const gap = flat.slice(words[2 * i - 1]!, words[2 * i]!);
    // A coordinated verb ("detain or arrest"), or a purpose ("use a phone to notify ICE"), but not
    // a verb in what is reported ("record whether the officer chose to notify ICE").
    if (SUBORDINATE.test(previous)) subordinate = true;
    // "train every Officer not to inquire …" names what is not to be done.
    const negated = previous === 'to' && i >= 2 && /^(?:not|never)$/.test(wordAt(flat, words, i - 2));
    if (COORDINATORS.has(previous) || (previous === 'to' && !subordinate && !negated) || gap.includes(','))
      allowed.add(words[2 * i]!);
    if (COORDINATORS.has(previous) && i + 1 < n && leadsVerb(wordAt(flat, words, i)))
      allowed.add(words[2 * i + 2]!);
  }
  return allowed;
}

/** What opens the words of a notice or a statement: "a notice that …", "a form stating …". */
const COMPLEMENT = / (?:that|stating|saying|explaining|informing) /;

/**
 * What opens a description of someone or something handed over: "report to the Chief every
 * Officer who asks a person about immigration status" reports the Officer, and asks no one.
 */
const RELATIVE = / (?:who|whom|whose|which) /;

/** The lesser of two `search` results that are found, or -1. */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** Determiners before which a participle describes a noun: "the detained person" is not detaining. */
const PARTICIPLE_AFTER_DETERMINER =
  /(?:^|[\s,;])(?:the|a|an|each|every|any|all|no|this|that|these|those|his|her|its|their|such)\s+[a-z'’-]+ed$/;

/** Determiners, a noun, and a participle after it: "any person stopped", "the inmates held". */
const PARTICIPLE_AFTER_NOUN =
  /(?:^|[\s,;])(?:the|a|an|each|every|any|all|no|these|those|such)\s+[a-z'’-]+\s+(?:[a-z'’-]+ed|held|kept)$/;

/**
 * Whether the word at `index` of `flat` is a participle that describes a noun: one a determiner
 * puts before it ("the detained person"), or one right after a noun with a determiner ("provide
 * CBP with the address of any person stopped").
 */
function describesNoun(flat: string, index: number): boolean {
  let end = flat.indexOf(' ', index);
  if (end < 0) end = flat.length;
  if (index === 0) return false;
  const ed = flat.endsWith('ed', end);
  if (ed && PARTICIPLE_AFTER_DETERMINER.test(flat.slice(Math.max(0, index - 8), end))) return true;
  return (
    (ed || flat.startsWith('held', index) || flat.startsWith('kept', index)) &&
    PARTICIPLE_AFTER_NOUN.test(flat.slice(Math.max(0, index - 30), end))
  );
}

/** Classes whose verbs are also nouns that modify another: "share arrest reports with ICE". */
const NOUN_USE_CLASSES = new Set(['arrest', 'detain', 'notify']);

/** Nouns after which "arrest", "detention" or "contact" modifies them rather than acts ("contact information"). */
const NOUN_AFTER =
  /^ (?:reports?|records?|data|warrants?|history|histories|photographs?|logs?|files?|information|details|cells?|facilit(?:y|ies)|areas?|rooms?|cent(?:er|re)s?|units?)\b/;

/** Whether a match of `cls` ending at `end` is a noun before another: "arrest reports", "holding cells", "contact details". */
function modifiesNoun(cls: string, flat: string, end: number): boolean {
  return NOUN_USE_CLASSES.has(cls) && NOUN_AFTER.test(flat.slice(end, end + 14));
}

/** "contact details", "personal details": the details a clause shares, not officers detailed to ICE. */
const DETAILS_NOUN = /(?:^|\s)(?:contact|personal|identifying|biographical) $/;

/** Whether the match at `index` is "details" after a word that makes it a noun ("contact details"). */
function detailsNoun(flat: string, index: number): boolean {
  return flat.startsWith('detail', index) && DETAILS_NOUN.test(flat.slice(Math.max(0, index - 14), index));
}

/**
 * What a request asks for, just before a match: "report every request for assistance from ICE",
 * "approve or deny each request for HCPD assistance", "every request by ICE to transfer a person".
 */
const REQUEST_FOR =
  /\brequests? (?:(?:by|from) [a-z'’-]+ (?:[a-z'’-]+ )?)?(?:for|to) (?:the |an? |any )?(?:[a-z'’-]+ )?$/;

/** What is counted or released, before a match: "report the number of persons transferred to ICE custody". */
const COUNTED = /\b(?:number|numbers|count|total|statistics) of\b|\breleas\w* of\b/;

/**
 * Whether the match at `index` names what someone asks for, what a report counts, or whom a
 * release frees ("authorize the release of any person held on an immigration detainer"), not what
 * the action does.
 */
function asked(flat: string, index: number): boolean {
  if (index < 12) return false;
  const before = flat.slice(Math.max(0, index - 60), index);
  return (
    ((REQUEST_FOR.test(before.slice(-36)) || REQUEST_TO.test(before)) && !COMPLYING.test(before)) ||
    COUNTED.test(flat.slice(0, index))
  );
}

/** Verbs that do what a request asks: "comply with any request by ICE to transfer …" transfers. */
const COMPLYING =
  /\b(?:honou?r|compl(?:y|ies|ied|ying)|respond|accept|grant|fulfil|execut|act on|carr(?:y|ies) out)/;

/**
 * A request (or proposal, or offer) to do something, and what it asks done up to the match, with
 * no "and", "or", comma or semicolon to end it: "report every request by ICE to transfer a person
 * to ICE custody", "report any proposal to enter into an agreement under 8 U.S.C. § 1357(g)".
 */
const REQUEST_TO =
  /\b(?:requests?|proposals?|offers?) (?:(?:by|from) [a-z'’-]+ (?:[a-z'’-]+ )?)?to(?: [a-z'’-]+(?: (?!and |or )[^ ,;]+)*?)? ?$/;

/** Verbs that end what follows them: "stop assisting ICE" assists no one. */
const STOPPING = /(?:^|\s)(?:stop|stops|cease|ceases|discontinue|discontinues)\s$/;

/**
 * Whether the match at `index` is an action being stopped ("stop assisting ICE"), or is "stop"
 * before such an action: a stop there is no detention.
 */
function stopped(flat: string, index: number): boolean {
  if (STOPPING.test(flat.slice(Math.max(0, index - 13), index))) return true;
  return /^stop\w* \w+ing\b/.test(flat.slice(index, index + 40));
}

/**
 * What is handed over, right after a match, when it is the policy or agreement itself: "disclose the
 * contents of this MOA" (a 287(g) agreement's confidentiality clause, probe round 17) tells no one
 * anything about anyone.
 */
const ITSELF =
  /^ (?:the (?:contents?|terms|text|provisions) of )?(?:(?:this|the) (?:moa|memorandum(?: of (?:agreement|understanding))?|agreement)|this (?:policy|procedure|directive|order))(?![\w'’-])(?! (?:of|with|to|about|on|regarding) )/;

function aboutItself(flat: string, end: number): boolean {
  return ITSELF.test(flat.slice(end, end + 60));
}

/** "a" or "an" before `words`, by their first letter. */
function withArticle(words: string): string {
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}

/** The `i`th word of `flat`, given `wordSpans(flat)`. */
function wordAt(flat: string, spans: readonly number[], i: number): string {
  return flat.slice(spans[2 * i]!, spans[2 * i + 1]!);
}

/**
 * Where each word of `flat` starts and ends, two numbers a word: words are what blanks, commas and
 * semicolons separate.
 */
function wordSpans(flat: string): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i <= flat.length; i++) {
    const c = i < flat.length ? flat.charCodeAt(i) : 32;
    const separator =
      c === 44 || c === 59 || c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(flat[i]!));
    if (separator) {
      if (start >= 0) spans.push(start, i);
      start = -1;
    } else if (start < 0) start = i;
  }
  return spans;
}

/** A compiled lexicon, shared by every document. */
export class ActionLexicon {
  private readonly classes = new Map<string, CompiledClass>();
  /** Per counterpart, its phrases as one alternation (longest first). */
  private readonly counterpartPatterns: [string, RegExp][] = [];
  /** Patterns by the first letters of their first word, so a text is tried only against its candidates. */
  private readonly byKey = new Map<string, Candidate[]>();
  /** Classes whose counterpart is who is told, and the words that say who that is (`LexiconData.recipients`). */
  private readonly tellingClasses = new Set<string>();
  private readonly tellingVerbs: RegExp[] = [];
  private readonly notTold = new Set<string>();
  private readonly others = new Set<string>();
  private readonly topics = new Set<string>();
  /** Calls of `classify` so far, to mark candidates with (see `Candidate.call`). */
  private calls = 0;
  /**
   * The first two characters of the keys, when both are ASCII: `KEY_STARTS * first + second`, or
   * `KEY_STARTS * first + ONE_CHARACTER` for a key of one character.
   */
  private readonly keyStarts = new Uint8Array(128 * KEY_STARTS);

  constructor(data: LexiconData[]) {
    for (const file of data) {
      for (const [name, spec] of Object.entries(file.classes)) {
        let cls = this.classes.get(name);
        if (!cls) {
          cls = {
            name,
            parent: spec.parent ?? undefined,
            label: spec.label ?? name.replace(/-/g, ' '),
            patterns: [],
            yields: [],
          };
          this.classes.set(name, cls);
        }
        cls.yields.push(...(spec.yields ?? []));
        for (const pattern of spec.patterns) {
          const re = compilePhrase(pattern);
          cls.patterns.push(re);
          const key = patternKey(pattern);
          this.fileKeyStart(key);
          this.byKey.set(key, [
            ...(this.byKey.get(key) ?? []),
            { cls, re, lead: patternLead(pattern), call: 0 },
          ]);
        }
      }
      for (const [name, patterns] of Object.entries(file.counterparts ?? {}))
        this.counterpartPatterns.push([name, compileAlternation(patterns)]);
      const recipients = file.recipients;
      if (recipients) {
        for (const c of recipients.classes) this.tellingClasses.add(c);
        for (const v of recipients.verbs) this.tellingVerbs.push(compilePhrase(v));
        for (const w of recipients.notTold) this.notTold.add(w.toLowerCase());
        for (const w of recipients.others) this.others.add(w.toLowerCase());
        for (const w of recipients.topics ?? []) this.topics.add(w.toLowerCase());
      }
    }
    for (const [key, list] of this.byKey) if (keyCode(key) >= 0) this.byCode.set(keyCode(key), list);
  }

  /**
   * False when the word `flat.slice(start, end)` surely starts no key: its first two characters
   * (ASCII) start none. True when it may, which the key itself decides.
   */
  private mayStartKey(flat: string, start: number, end: number): boolean {
    if (end === start) return this.byKey.has('');
    const first = flat.charCodeAt(start);
    if (first >= 128) return true;
    if (end - start === 1) return this.keyStarts[KEY_STARTS * first + ONE_CHARACTER] === 1;
    const second = flat.charCodeAt(start + 1);
    return second >= 128 || this.keyStarts[KEY_STARTS * first + second] === 1;
  }

  /**
   * The candidates filed under the first three characters of the word `flat.slice(start, end)` (all
   * of it when shorter): by their code when they are ASCII, without making the string.
   */
  private candidatesAt(flat: string, start: number, end: number): Candidate[] | undefined {
    const n = Math.min(end - start, 3);
    let code = n;
    for (let i = 0; i < n; i++) {
      const c = flat.charCodeAt(start + i);
      if (c >= 128) return this.byKey.get(flat.slice(start, start + n));
      code |= c << (2 + 7 * i);
    }
    return this.byCode.get(code);
  }

  /** `byKey` again, for the keys of ASCII characters, by `keyCode`. */
  private readonly byCode = new Map<number, Candidate[]>();

  /** Files the first characters of `key` for `mayStartKey`. */
  private fileKeyStart(key: string): void {
    const first = key.charCodeAt(0);
    // A key of nothing or beyond ASCII is never ruled out by `mayStartKey`, so it needs no entry.
    if (key.length === 0 || first >= 128) return;
    if (key.length === 1) this.keyStarts[KEY_STARTS * first + ONE_CHARACTER] = 1;
    else if (key.charCodeAt(1) < 128) this.keyStarts[KEY_STARTS * first + key.charCodeAt(1)] = 1;
  }

  /** Plain words for a class, for messages: `notify`, `share information`. */
  label(name: string): string {
    return this.classes.get(name)?.label ?? name.replace(/-/g, ' ');
  }

  parent(name: string): string | undefined {
    return this.classes.get(name)?.parent;
  }

  /** The class and its ancestors, nearest first. */
  ancestors(name: string): string[] {
    const chain: string[] = [];
    for (let c: string | undefined = name; c && !chain.includes(c); c = this.parent(c)) chain.push(c);
    return chain;
  }

  /** True when `a` is `b` or nested inside it. */
  isWithin(a: string, b: string): boolean {
    return this.ancestors(a).includes(b);
  }

  /** True when one class contains the other (or they are the same). */
  overlaps(a: string, b: string): boolean {
    return this.isWithin(a, b) || this.isWithin(b, a);
  }

  /**
   * The most specific classes named in `text`: "detain or arrest" gives detain and arrest;
   * "notify ICE of release dates" gives notify, not also its ancestor share-information. Not
   * remembered here: the model remembers the actions of each action text (norms.ts).
   */
  classify(text: string): ActionMatch[] {
    const flat = flatten(text);
    const spans = wordSpans(flat);
    const verbAt = verbPositions(flat, spans);
    // A class counts only where it starts at one of those places, so a pattern whose first word
    // begins none of the words there cannot count: it is not tried. (Its expression would search
    // the whole text; most texts have a dozen candidates by their words' first letters, and one or
    // two that can start at the verb.)
    let allowed: string[] | undefined;
    if (verbAt) {
      allowed = [];
      for (let i = 0; i < spans.length; i += 2)
        if (verbAt.has(spans[i]!)) allowed.push(flat.slice(spans[i]!, spans[i + 1]!));
    }
    // The candidates in the order they are found (word by word, then as filed), each once: a
    // candidate is marked with the call that took it, instead of a set made per call.
    const call = ++this.calls;
    const candidates: Candidate[] = [];
    // Word by word as `flat.split(' ')` gives them, without making them: most words start no key,
    // which their first two characters tell.
    for (let start = 0; start <= flat.length;) {
      let end = flat.indexOf(' ', start);
      if (end < 0) end = flat.length;
      const list = this.mayStartKey(flat, start, end) ? this.candidatesAt(flat, start, end) : undefined;
      start = end + 1;
      if (list === undefined) continue;
      for (const c of list)
        if (c.call !== call && (!allowed || beginsOneOf(allowed, c.lead))) {
          c.call = call;
          candidates.push(c);
        }
    }
    // After a verb of handing over, a class counts anywhere, but not inside what a notice says
    // ("give the person a written notice that MPD will not hold the person on the detainer"), nor
    // in a description of whom or what is handed over.
    const said = verbAt ? -1 : firstOf(flat.search(COMPLEMENT), flat.search(RELATIVE));
    /** The first match of `re` that names the class where it may, other than at `not`. */
    const first = (cls: CompiledClass, re: RegExp, not: number): ActionMatch | undefined => {
      re.lastIndex = 0;
      for (let m = re.exec(flat); m; m = re.exec(flat)) {
        if (
          m.index === not ||
          (verbAt && !verbAt.has(m.index)) ||
          describesNoun(flat, m.index) ||
          modifiesNoun(cls.name, flat, m.index + m[0].length) ||
          detailsNoun(flat, m.index) ||
          asked(flat, m.index) ||
          stopped(flat, m.index) ||
          aboutItself(flat, m.index + m[0].length) ||
          (cls.name === 'honor-detainer' && m.index > 0 && flat.startsWith('releas')) ||
          (said >= 0 && m.index > said)
        )
          continue;
        return { class: cls.name, index: m.index, length: m[0].length };
      }
      return undefined;
    };
    const found: ActionMatch[] = [];
    for (const { cls, re } of candidates) {
      if (foundClass(found, cls.name)) continue;
      const match = first(cls, re, -1);
      if (match) found.push(match);
    }
    // Most actions name one class or none: nothing to drop or order.
    if (found.length < 2) return found;
    // A class that gives way where it was named may be named again elsewhere: "give ICE access to
    // MPD databases" gives access at "give", and shares information at "access to … databases".
    const kept = this.withoutYielding(found);
    if (kept.length < found.length)
      for (const dropped of found)
        if (!kept.includes(dropped))
          for (const { cls, re } of candidates) {
            if (cls.name !== dropped.class) continue;
            const again = first(cls, re, dropped.index);
            if (again && !this.yieldsAt(again, found)) {
              kept.push(again);
              break;
            }
          }
    return this.mostSpecific(kept);
  }

  /** `found` without the matches that give way to another class named from the same word. */
  private withoutYielding(found: ActionMatch[]): ActionMatch[] {
    return found.filter((f) => !this.yieldsAt(f, found));
  }

  /** Whether `f` gives way to another of `found` named from the same word. */
  private yieldsAt(f: ActionMatch, found: readonly ActionMatch[]): boolean {
    const yields = this.classes.get(f.class)?.yields;
    if (!yields?.length) return false;
    return found.some(
      (g) => g.class !== f.class && g.index === f.index && yields.some((y) => this.isWithin(g.class, y)),
    );
  }

  /** `found` without a class when a more specific one was also found (share-information when notify is), in text order. */
  private mostSpecific(found: ActionMatch[]): ActionMatch[] {
    return found
      .filter((f) => !found.some((g) => g !== f && g.class !== f.class && this.isWithin(g.class, f.class)))
      .sort((a, b) => a.index - b.index);
  }

  /** True when every one of `actions` (there is one at least) tells someone something: its counterpart is who is told. */
  tells(actions: readonly { class: string }[]): boolean {
    if (actions.length === 0 || this.tellingClasses.size === 0) return false;
    for (const a of actions)
      if (!this.ancestors(a.class).some((c) => this.tellingClasses.has(c))) return false;
    return true;
  }

  /** True when `word` is a verb whose object is who is told (`inform`, `notified`). */
  isTellingVerb(word: string): boolean {
    for (const re of this.tellingVerbs) {
      re.lastIndex = 0;
      const m = re.exec(word);
      if (m && m.index === 0 && m[0].length === word.length) return true;
    }
    return false;
  }

  /** True when a counterpart after `word` is not who is told, but whom it comes from or is about (`from`, `by`, `that`). */
  isNotTold(word: string): boolean {
    return this.notTold.has(word.toLowerCase());
  }

  /** True when a counterpart after `with` after `word` is what is told about: "any contact with ICE". */
  isTopic(word: string): boolean {
    return singularForms(word.toLowerCase()).some((form) => this.topics.has(form));
  }

  /** True when `word` names someone other than a counterpart who may be told (`person`, `victims`, `attorney's`). */
  namesOther(word: string): boolean {
    return singularForms(word.toLowerCase()).some((form) => this.others.has(form));
  }

  /** Every counterpart named in `text`, in text order. */
  counterpartMentions(text: string): CounterpartMention[] {
    const out: CounterpartMention[] = [];
    for (const [name, re] of this.counterpartPatterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text))
        out.push({ name, index: m.index, length: m[0].length });
    }
    return out.sort((a, b) => a.index - b.index);
  }

  /**
   * Every counterpart named in the words `lower` (lower case), in text order, as word indices
   * `[from, to)`; `from` is -1 for a mention that does not start at a word.
   */
  counterpartWords(lower: readonly string[]): { from: number; to: number; name: string }[] {
    const starts: number[] = [];
    let length = 0;
    for (const w of lower) {
      starts.push(length);
      length += w.length + 1;
    }
    const out: { from: number; to: number; name: string }[] = [];
    let i = 0;
    for (const m of this.counterpartMentions(lower.join(' '))) {
      while (i < starts.length && starts[i]! < m.index) i++;
      if (i >= starts.length || starts[i] !== m.index) {
        out.push({ from: -1, to: -1, name: m.name });
        continue;
      }
      let end = i + 1;
      while (end < starts.length && starts[end]! < m.index + m.length) end++;
      out.push({ from: i, to: end, name: m.name });
    }
    return out;
  }

  /**
   * Whether `name` is one of the lexicon's own counterparts, named by what it is ("federal
   * immigration authorities"), not a name the document defines ("ICE").
   */
  isGenericCounterpart(name: string): boolean {
    return this.counterpartPatterns.some(([n]) => n === name);
  }

  /**
   * A counterpart in words, for messages: a defined name as it is (`ICE`), one of the lexicon's
   * own with an article (`an immigration authority`).
   */
  counterpartLabel(name: string): string {
    // A defined name is as written, with an article when it is a common noun in the singular ("a
    // federal immigration officer"), not a name ("ICE", "Border Patrol") or a plural ("federal
    // immigration authorities").
    if (!this.isGenericCounterpart(name))
      return /^\p{Ll}/u.test(name) && !/[^s]s$/i.test(name) ? withArticle(name) : name;
    return withArticle(name.replace(/-/g, ' '));
  }

  /** The counterpart named in `text` (ICE, "federal immigration authorities"), if any. */
  counterpart(text: string): string | undefined {
    for (const [name, re] of this.counterpartPatterns) {
      re.lastIndex = 0;
      if (re.test(text)) return name;
    }
    return undefined;
  }

  get classNames(): string[] {
    return [...this.classes.keys()];
  }
}

/** The lexicon shipped with Redline (the immigration pack's actions). */
export const defaultLexicon = new ActionLexicon([immigration as LexiconData]);
