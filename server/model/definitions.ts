/**
 * Resolving names to definitions: acronyms match exactly, other names case-insensitively, and
 * plurals and possessives fold to the defined form (`Officers`, `MPD's` → `Officer`, `MPD`). A
 * definition's long name is an alias: "Officer in Charge" names `OIC` as much as `OIC` does.
 */
import {
  EMPTY,
  WordReader,
  type Definition,
  type PolicyDocument,
  type TextRun,
  type WordKind,
} from '../../grammar/index.js';
import { singularForms } from './text.js';

const NO_USES: readonly NameUse[] = EMPTY;

/** Letters a–z, and one more for "no second letter": see `DefinitionIndex.starts`. */
const STARTS = 27;

/** A letter's index, 0–25, in either case; -1 for anything else. */
function letterIndex(c: number): number {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x61 : -1;
}

/** Kinds of word that can be, or be part of, a defined name. */
const namesSomething = (kind: WordKind): boolean =>
  kind === 'word' || kind === 'string' || kind === 'not' || kind === 'citation';

/** Where a defined name is used in prose. */
export interface NameUse {
  definition: Definition;
  /** Source offsets of the words that name it. */
  offset: number;
  end: number;
}

/** A multi-word name, its words in lower case. */
interface Phrase {
  words: string[];
  definition: Definition;
}

/** What a word's spelling tells: see DefinitionIndex.facts. */
interface WordFacts {
  lower: string;
  phrases: readonly Phrase[] | undefined;
  definition: Definition | undefined;
}

const isAcronym = (name: string): boolean => /^[A-Z0-9]{2,}s?$/.test(name) && !/^[0-9]+$/.test(name);

/** The definitions of one document, indexed for lookup by name. */
export class DefinitionIndex {
  /** Single-word names: exact key for acronyms, lower-case key otherwise. */
  private readonly single = new Map<string, Definition>();
  /** Multi-word names, lower case, longest first. */
  private readonly phrases: Phrase[] = [];
  readonly byName = new Map<string, Definition>();

  constructor(readonly definitions: Definition[]) {
    for (const def of definitions) this.add(def.name.text, def, false);
    // Long names come second and never displace a name: a defined name wins over an alias.
    for (const def of definitions) if (def.longName?.text) this.add(def.longName.text, def, true);
    this.phrases.sort((a, b) => b.words.length - a.words.length);
    for (const phrase of this.phrases) {
      const first = phrase.words[0]!;
      this.phrasesByFirst.set(first, [...(this.phrasesByFirst.get(first) ?? []), phrase]);
    }
    for (const key of [...this.single.keys(), ...this.phrasesByFirst.keys(), ...this.byName.keys()]) {
      this.fileStart(key.charCodeAt(0), key.charCodeAt(1));
      // A name of one letter is also named by its plural ("Xs").
      if (key.length === 1) this.fileStart(key.charCodeAt(0), 0x73);
    }
  }

  /**
   * The first two letters (a–z, either case) of every word that may name something, or start a
   * name: `STARTS * first + second`, with `STARTS - 1` for a name of one letter. A word of letters
   * whose first two are not here names nothing, and is passed over without being read out.
   */
  private readonly starts = new Uint8Array(STARTS * STARTS);

  private fileStart(first: number, second: number): void {
    const a = letterIndex(first);
    const b = Number.isNaN(second) ? STARTS - 1 : letterIndex(second);
    // A name that starts beyond a–z can be reached by no filed pair: such words are never passed over.
    if (a < 0 || b < 0) this.anyStart = true;
    else this.starts[a * STARTS + b] = 1;
  }

  /** Some name starts with something other than two letters a–z: no word is passed over. */
  private anyStart = false;

  /** Whether word `i` of `words` surely names nothing and starts no name: see `starts`. */
  private namesNothing(words: WordReader, i: number): boolean {
    if (this.anyStart) return false;
    const a = letterIndex(words.charCodeAt(i, 0));
    const second = words.charCodeAt(i, 1);
    const b = Number.isNaN(second) ? STARTS - 1 : letterIndex(second);
    return a >= 0 && b >= 0 && this.starts[a * STARTS + b] === 0;
  }

  /** Multi-word names by their first word, longest first. */
  private readonly phrasesByFirst = new Map<string, Phrase[]>();

  private add(name: string, def: Definition, alias: boolean): void {
    const key = name.toLowerCase();
    const parts = name.split(/\s+/);
    const single = isAcronym(name) ? name : key;
    if (alias && (this.byName.has(key) || this.single.has(single))) return;
    this.byName.set(key, def);
    if (parts.length === 1) this.single.set(single, def);
    else this.phrases.push({ words: parts.map((p) => p.toLowerCase()), definition: def });
  }

  /** The definition a single word names, if any. */
  lookupWord(word: string): Definition | undefined {
    return this.facts(word).definition;
  }

  /**
   * What the index knows about each word seen: its lower case, the multi-word names it can start
   * and the definition it names alone. Prose repeats its words, so each spelling is worked out
   * once per document, and a word of a run costs one lookup.
   */
  private readonly wordFacts = new Map<string, WordFacts>();

  private facts(word: string): WordFacts {
    let facts = this.wordFacts.get(word);
    if (!facts) {
      const lower = word.toLowerCase();
      facts = { lower, phrases: this.phrasesByFirst.get(lower), definition: this.resolveWord(word) };
      this.wordFacts.set(word, facts);
    }
    return facts;
  }

  private resolveWord(word: string): Definition | undefined {
    for (const form of singularForms(word)) {
      const exact = this.single.get(form);
      if (exact) return exact;
      // Lower-case keys are never acronyms, so `Department` may find the alias of `MPD`.
      const lower = isAcronym(form) ? undefined : this.single.get(form.toLowerCase());
      if (lower) return lower;
    }
    // A word with blanks inside is one token of several words, such as a citation ("Form I-918"):
    // it names a definition by the whole of it.
    return word.includes(' ') ? this.byName.get(word.toLowerCase().replace(/\s+/g, ' ')) : undefined;
  }

  /** The definition named `name` (a whole name, as in `member of MPD`). */
  lookup(name: string): Definition | undefined {
    return this.byName.get(name.toLowerCase()) ?? this.lookupWord(name);
  }

  /**
   * Every use of a defined name in `run`, longest names first, without overlaps. Worked out on every
   * call: the model and several rules ask about the same runs (35,000 calls for 23,000 runs in a
   * generated 10,000-clause draft), but a map from each run to its uses cost more to fill and read
   * than the repeated calls (a check of that draft was about 6 ms slower with one).
   */
  uses(run: TextRun | undefined): readonly NameUse[] {
    return run ? this.findUses(run) : NO_USES;
  }

  /**
   * Reads the words of the run `findUses` is at, without making them: the model and the rules ask
   * about some 35,000 runs of a 10,000-clause draft, and made as objects their words were a sixth
   * of what a check allocates.
   */
  private readonly reader = new WordReader();

  private findUses(run: TextRun): readonly NameUse[] {
    const words = this.reader.read(run);
    // One pass in source order: a multi-word name starting at a word wins over the word alone.
    let out: NameUse[] | undefined;
    for (let i = 0; i < words.length; i++) {
      const kind = words.kind(i);
      if (!namesSomething(kind) || (kind === 'word' && this.namesNothing(words, i))) continue;
      const text = words.text(i);
      const facts = this.facts(text);
      const phrase = facts.phrases ? this.phraseAt(words, i, facts.phrases) : undefined;
      if (phrase) {
        (out ??= []).push({
          definition: phrase.definition,
          offset: words.offset(i),
          end: words.end(phrase.last),
        });
        i = phrase.last;
        continue;
      }
      const def = kind === 'string' ? this.lookup(text.replace(/^["“”‘]|["“”’]$/g, '')) : facts.definition;
      if (def) (out ??= []).push({ definition: def, offset: words.offset(i), end: words.end(i) });
    }
    // Most runs use no defined name; they share one empty list.
    return out ?? NO_USES;
  }

  /**
   * The longest multi-word name starting at word `i` of `words`, counting only words that can name
   * something (punctuation between them is passed over): its definition and the index of its last
   * word. `candidates` are the names word `i` can start.
   */
  private phraseAt(
    words: WordReader,
    i: number,
    candidates: readonly Phrase[],
  ): { definition: Definition; last: number } | undefined {
    for (const phrase of candidates) {
      const n = phrase.words.length;
      let at = i;
      let k = 1;
      for (; k < n; k++) {
        do at++;
        while (at < words.length && !namesSomething(words.kind(at)));
        if (at >= words.length) break;
        const word = this.facts(words.text(at)).lower;
        const expected = phrase.words[k]!;
        if (word !== expected && !(k === n - 1 && singularForms(word).includes(expected))) break;
      }
      if (k === n) return { definition: phrase.definition, last: at };
    }
    return undefined;
  }

  /** `definition` and the agencies it belongs to (`Officer` → Officer, MPD). */
  chain(definition: Definition): Definition[] {
    const out: Definition[] = [];
    for (let d: Definition | undefined = definition; d && !out.includes(d);) {
      out.push(d);
      d = d.memberOf ? this.lookup(d.memberOf.text) : undefined;
    }
    return out;
  }
}

/** Indexes a document's definitions. */
export function indexDefinitions(doc: PolicyDocument): DefinitionIndex {
  return new DefinitionIndex(doc.definitions);
}
