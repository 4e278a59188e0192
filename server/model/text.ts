/**
 * Normalising prose so that the same condition or term written twice compares equal: lower case,
 * stop-words dropped, plural and verb endings folded, whitespace collapsed.
 */

const STOP_WORDS = new Set(
  'a an the is are be been being was were of to by with any all that which who whom has have had its it their his her or and this these those such said'.split(
    ' ',
  ),
);

/** A crude stem: enough to fold `officers`/`officer`, `presented`/`present`, `detaining`/`detain`, `recordings`/`recording`. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]$/, '');
  if (w.length > 6 && w.endsWith('ings')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w;
}

/** The words of `text`: letters, digits, `§`, hyphens and apostrophes inside words. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}§][\p{L}\p{N}'’\-.()§]*[\p{L}\p{N})]|[\p{L}\p{N}]/gu) ?? [];
}

/** Quotation marks, which flatten drops. */
const QUOTES = /[“”"]/g;
/** Whitespace that is not a single blank: a run of it, or a tab, a newline, a no-break space. */
const UNUSUAL_SPACING = /\s\s|[^\S ]/;

/**
 * Lower case, whitespace collapsed, edge punctuation dropped: the form patterns are matched against.
 * Each step runs only when the text needs it: most texts have single blanks and no quotes, and
 * replacing made a copy of every one of them anyway.
 */
export function flatten(text: string): string {
  let flat = text.toLowerCase();
  QUOTES.lastIndex = 0;
  if (QUOTES.test(flat)) flat = flat.replace(QUOTES, '');
  if (UNUSUAL_SPACING.test(flat)) flat = flat.replace(/\s+/g, ' ');
  // Blanks, commas, semicolons and colons off the start; those and full stops off the end.
  let start = 0;
  let end = flat.length;
  while (start < end && isEdge(flat.charCodeAt(start), false)) start++;
  while (end > start && isEdge(flat.charCodeAt(end - 1), true)) end--;
  return start === 0 && end === flat.length ? flat : flat.slice(start, end);
}

function isEdge(c: number, atEnd: boolean): boolean {
  return c === 32 || c === 44 || c === 59 || c === 58 || (atEnd && c === 46);
}

/** A key for a condition: content words, stemmed, in order. */
export function conditionKey(text: string): string {
  return words(text)
    .map(stem)
    .filter((w) => !STOP_WORDS.has(w))
    .join(' ');
}

/**
 * A copy of `text` that does not keep alive a larger string it was sliced from: a run's text is
 * often a slice of its document's source, so a cache that outlives the document must key (and
 * label) by a copy, or it would keep every edited version of a draft in memory. Concatenating
 * makes a new string, and slicing that one refers to it alone.
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Values worked out from texts, kept across documents and analyses up to `limit` entries (then
 * started over). Keys are detached copies (see `detached`), and so is the text a value is computed
 * from, so nothing cached keeps a document's source alive. The function that works a value out is
 * given once, not with each lookup: a closure made per lookup was one more object per lookup, and
 * code V8 compiled again for each document.
 */
export class TextCache<V> {
  private readonly values = new Map<string, V>();

  constructor(
    private readonly compute: (own: string) => V,
    private readonly limit = 20_000,
  ) {}

  /** The value for `text`: the cached one, or `compute` of a detached copy of it. */
  get(text: string): V {
    const known = this.values.get(text);
    if (known !== undefined) return known;
    const own = detached(text);
    const value = this.compute(own);
    if (this.values.size > this.limit) this.values.clear();
    this.values.set(own, value);
    return value;
  }
}

/** An "or" between two alternatives of a condition: "or", ", or", "and/or", with the blanks around it. */
const OR = /(?:\s*,\s*|\s+)(?:and\/)?or\s+/giu;
/** What opens a list of alternatives, dropped from the first: "either a judicial warrant or …". */
const EITHER = /^either\s+/iu;

/**
 * The alternatives a condition offers, as `[start, end)` index pairs into `text`: it is split at
 * each "or" outside `within` (pairs of phrases that hold an "or" of their own: "a warrant signed by
 * a federal or state judge"). One pair, the whole text, when there is no such "or".
 */
export function alternatives(
  text: string,
  within: readonly (readonly [number, number])[] = [],
): [number, number][] {
  const parts: [number, number][] = [];
  let start = 0;
  // Where each "and" outside `within` stands, found once: searching again from each "or" made a
  // condition of thousands of alternatives take seconds (probe round 15).
  const ands = andPositions(text, within);
  OR.lastIndex = 0;
  for (let m = OR.exec(text); m; m = OR.exec(text)) {
    const at = m.index;
    if (within.some(([from, to]) => at < to && at + m![0].length > from)) continue;
    // After an "and", an "or" joins words of the last conjunct: "ICE presents a judicial warrant
    // and the person is charged with murder, rape or kidnapping" offers no alternative to the
    // warrant. A comma before the "or" and a clause after it still make one: "…, or the person
    // consents in writing".
    const and = lastAnd(ands, start, at);
    if (and >= 0 && !(/^\s*,/.test(m[0]) && wordCount(text, OR.lastIndex) > 3)) continue;
    parts.push([start, at]);
    start = at + m[0].length;
  }
  parts.push([start, text.length]);
  // A part that is only a name joins the next: in "ICE or CBP presents a judicial warrant" the
  // alternatives are who presents it, not "ICE" against a warrant.
  // Nor is a paper joined to the one before it under the same words: "a court-issued warrant or
  // order requires the disclosure" offers a court's warrant or a court's order, not any order.
  for (let i = parts.length - 2; i >= 0; i--)
    if (
      isName(text.slice(parts[i]![0], parts[i]![1])) ||
      (PAPER_LAST.test(text.slice(parts[i]![0], parts[i]![1])) &&
        PAPER_FIRST.test(text.slice(parts[i + 1]![0], parts[i + 1]![1])))
    )
      parts.splice(i, 2, [parts[i]![0], parts[i + 1]![1]]);
  const first = parts[0]!;
  const either = EITHER.exec(text.slice(first[0], first[1]));
  if (either && parts.length > 1) first[0] += either[0].length;
  return parts.filter(([from, to]) => to > from);
}

/** Papers that one modifier may qualify together: "court-issued warrant or order". */
const PAPER = '(?:warrants?|orders?|subpoenas?|writs?)';
/** A part that ends on a paper, and one that starts with a bare paper (no article of its own). */
const PAPER_LAST = new RegExp(`\\b${PAPER}$`, 'i');
const PAPER_FIRST = new RegExp(`^${PAPER}\\b`, 'i');

/** A whole-word "and" (not "and/or"), outside `within`. */
const AND = /\band\b(?!\/)/giu;

/** Where each "and" of `text` outside `within` stands, in order. */
function andPositions(text: string, within: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  AND.lastIndex = 0;
  for (let m = AND.exec(text); m; m = AND.exec(text)) {
    const at = m.index;
    if (!within.some(([a, b]) => at >= a && at < b)) out.push(at);
  }
  return out;
}

/** The last of `ands` (ascending) from `from` and before `to`, or -1. */
function lastAnd(ands: readonly number[], from: number, to: number): number {
  let lo = 0;
  let hi = ands.length;
  // The first at or after `to`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ands[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  return last >= 0 && ands[last]! >= from ? ands[last]! : -1;
}

/** How many words `text` has from `from` to the next comma or semicolon, or its end. */
function wordCount(text: string, from: number): number {
  const rest = text.slice(from).split(/[,;]/, 1)[0]!;
  return rest.split(/\s+/).filter(Boolean).length;
}

/** Words that may stand inside a name: "the Chief of Police", "Customs and Border Protection". */
const NAME_JOINER = /^(?:the|of|and|for|on|in|either)$/i;

/**
 * Whether `text` is only the name of someone: every word capitalised, or a small word inside one
 * ("the Chief of Police"), and no digit (a form, "Form I-200", is an alternative of its own).
 */
function isName(text: string): boolean {
  if (/\d/.test(text)) return false;
  const ws = text.split(/[\s,]+/).filter(Boolean);
  return (
    ws.length > 0 &&
    ws.some((w) => /^\p{Lu}/u.test(w)) &&
    ws.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINER.test(w))
  );
}

/** Adverbs that may stand before an action's verb, and are no part of what it is: "only notify". */
export const LEADING_ADVERB =
  /^(?:only|not|also|immediately|promptly|routinely|generally|solely|further|then|either|neither)$/i;

/** Verbs that end in "ly", which no adverb rule may pass over. */
const LY_VERB =
  /^(?:apply|applies|comply|complies|supply|supplies|reply|replies|rely|relies|imply|implies|multiply|ally|rally|tally|bully)$/i;

/**
 * Whether `word` may stand before an action's verb without being it: the adverbs above, and any
 * other adverb in "-ly" ("fully cooperate", "voluntarily provide", "actively assist").
 */
export function leadsVerb(word: string): boolean {
  return (
    LEADING_ADVERB.test(word) ||
    /^(?:otherwise|directly)$/i.test(word) ||
    (/^\p{L}{3,}ly$/u.test(word) && !LY_VERB.test(word))
  );
}

/** Where an action's verb stands among its words: past the adverbs that may lead it ("promptly notify"). */
export function verbIndex(words: readonly string[]): number {
  let verb = 0;
  while (verb < words.length - 1 && leadsVerb(words[verb]!)) verb++;
  return verb;
}

/** An action's verb (see `verbIndex`), or '' for an action without words. */
export function verbOf(words: readonly string[]): string {
  return words[verbIndex(words)] ?? '';
}

/**
 * The forms a word may stand for, itself first: without a possessive, and singular ("Officers",
 * "MPD's", "parties" → "Officer", "MPD", "party").
 */
export function singularForms(word: string): string[] {
  const forms = [word];
  const bare = word.replace(/['’]s?$/, '');
  if (bare !== word) forms.push(bare);
  for (const w of [word, bare]) {
    if (/ies$/i.test(w)) forms.push(w.slice(0, -3) + 'y');
    if (/(?:ch|sh|x|ss)es$/i.test(w)) forms.push(w.slice(0, -2));
    if (/s$/i.test(w) && !/ss$/i.test(w)) forms.push(w.slice(0, -1));
  }
  return forms;
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What `...` in a phrase pattern stands for: up to six words, each with the blanks after it. */
const GAP = '(?:[^\\s]+\\s+){0,6}?';

/** The words of a phrase pattern, lower case; a `...` at either end means nothing and is dropped. */
function patternParts(pattern: string): string[] {
  const parts = pattern.trim().toLowerCase().split(/\s+/);
  const isGap = (part: string) => part === '...' || part === '…';
  return parts.filter((part, i) => !(isGap(part) && (i === 0 || i === parts.length - 1)));
}

/**
 * The expression for one part of a phrase pattern: a word (`*` at its end for any ending; straight
 * and curly apostrophes are one character, so "officer's" matches "officer’s") or the gap.
 */
function partSource(part: string, wordChar: string): string {
  if (part === '...' || part === '…') return GAP;
  const wildcard = part.endsWith('*');
  return (
    escapeRegExp(wildcard ? part.slice(0, -1) : part).replace(/['’]/g, "['’]") +
    (wildcard ? `${wordChar}*` : '')
  );
}

/**
 * The regular-expression source of a phrase pattern from the data files: words separated by blanks,
 * `*` at the end of a word for any ending, `...` for up to six words in between. No nested
 * quantifiers, so matching stays linear.
 */
export function phraseSource(pattern: string, wordChar = WORD_CHAR): string {
  return sourceOf(patternParts(pattern), wordChar);
}

function sourceOf(parts: readonly string[], wordChar: string): string {
  let source = '';
  for (const part of parts) {
    if (source && !source.endsWith(GAP)) source += '\\s+';
    source += partSource(part, wordChar);
  }
  return source;
}

/** A node of the word trie `compileAlternation` builds: the phrases that go on past some words. */
interface PhraseNode {
  /** The parts that may come next, by their expression. */
  next: Map<string, PhraseNode>;
  /** A phrase ends here. */
  ends: boolean;
  /** The length of the longest phrase through here, which orders the alternatives. */
  longest: number;
}

/**
 * The phrases as one expression shaped like a trie of their words: "a judge of a federal court" and
 * "a judge of a state court" share "a judge of a". An alternation of whole phrases tried every
 * phrase at every place in a text; this tries only the phrases whose words so far are there, which
 * made the long lists (143 ways to say "judicial warrant") two to four times faster. Alternatives
 * are tried longest phrase first and a phrase that goes on is tried before the one that ends, so
 * the longest phrase at a place still wins.
 */
function trieSource(patterns: readonly string[], wordChar: string): string {
  const root: PhraseNode = { next: new Map(), ends: false, longest: 0 };
  for (const pattern of patterns) {
    let node = root;
    const parts = patternParts(pattern);
    for (let i = 0; i < parts.length; i++) {
      // From a gap on, the phrase is one alternative of its own: its gap takes as few words as it
      // can, so words shared past it would let a shorter phrase win over a longer one.
      const gap = parts[i] === '...' || parts[i] === '…';
      const key = gap ? sourceOf(parts.slice(i), wordChar) : partSource(parts[i]!, wordChar);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), ends: false, longest: 0 }));
      child.longest = Math.max(child.longest, pattern.length);
      node = child;
      if (gap) break;
    }
    node.ends = true;
  }
  const source = (node: PhraseNode): string => {
    const alternatives = [...node.next]
      .sort((a, b) => b[1].longest - a[1].longest)
      .map(([part, child]) => {
        if (!child.next.size) return part;
        const rest = '\\s+' + source(child);
        return child.ends ? `${part}(?:${rest})?` : part + rest;
      });
    return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  };
  return source(root);
}

/** Compiles one phrase pattern into a case-insensitive, word-bounded regular expression. */
export function compilePhrase(pattern: string): RegExp {
  return compileAlternation([pattern]);
}

/**
 * Compiles phrase patterns into one case-insensitive, word-bounded expression in which the longest
 * phrase at a place wins; one regular-expression pass instead of one per phrase.
 */
export function compileAlternation(patterns: readonly string[]): RegExp {
  // A phrase added in redline.json may hold letters beyond ASCII: then the Unicode expression.
  const ascii = !patterns.some((p) => HAS_OTHER_LETTER.test(p));
  const wordChar = ascii ? WORD_CHAR : UNICODE_WORD_CHAR;
  const body = patterns.length ? trieSource(patterns, wordChar) : '(?!)';
  // Many phrases are group 1, after the start of the text or a character that is not a word's: V8
  // tries their alternation only where a word starts, faster than a look-behind at every place.
  // One phrase has a look-behind, which lets V8 skip ahead to its first letters. `exec` reports
  // the phrase alone.
  const source =
    patterns.length > 1
      ? `(?:^|[^${wordChar.slice(1)})(${body})(?!${wordChar})`
      : `(?<!${wordChar})(?:${body})(?!${wordChar})`;
  return ascii ? new FoldingPhraseRegExp(source, 'gi') : new PhraseRegExp(source, 'giu');
}

/**
 * What stands for a letter or digit beyond ASCII when phrases are matched (see `FoldingPhraseRegExp`): a
 * control character, which no pattern holds.
 */
const OTHER_LETTER = '\x01';

/** A character of a word, to the patterns: a letter or digit of any script, an apostrophe, a hyphen. */
const WORD_CHAR = `[A-Za-z0-9'’${OTHER_LETTER}-]`;

/** The same, for expressions with letters beyond ASCII of their own. */
const UNICODE_WORD_CHAR = "[\\p{L}\\p{N}'’-]";

const NON_ASCII = /[\u0080-\uffff]/;
/** Letters and digits beyond ASCII: every one of them (to fold), or whether there is one. */
const OTHER_LETTERS = /(?=[\u0080-\u{10ffff}])[\p{L}\p{N}]/gu;
const HAS_OTHER_LETTER = new RegExp(OTHER_LETTERS.source, 'u');

/**
 * The last text folded, and its folding: an expression is run over one text many times in a row,
 * and folding it each time would make finding every match quadratic. It keeps one text alive.
 */
let lastText = '';
let lastFolded = '';

/** `text` with each letter and digit beyond ASCII replaced by OTHER_LETTER, code unit for code unit. */
function foldOtherLetters(text: string): string {
  if (text === lastText) return lastFolded;
  lastText = text;
  lastFolded = NON_ASCII.test(text)
    ? text.replace(OTHER_LETTERS, (c) => OTHER_LETTER.repeat(c.length))
    : text;
  return lastFolded;
}

/**
 * A phrase pattern's expression, matched with the character before the phrase (see
 * `compileAlternation`); a match is reported as the phrase alone, so callers see an expression
 * that matches the phrase where it starts a word.
 */
class PhraseRegExp extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    const match = super.exec(text);
    if (match && match.length > 1) phraseOnly(match, text);
    return match;
  }
}

/** The match of a phrase expression narrowed to the phrase: its index moves past the character before it. */
function phraseOnly(match: RegExpExecArray, text: string): void {
  const phrase = match[1]!;
  match.index += match[0].length - phrase.length;
  match[0] = match.input === text ? phrase : text.slice(match.index, match.index + phrase.length);
  match.input = text;
  match.length = 1;
}

/**
 * A phrase expression of ASCII alone. Words are bounded by letters and digits of every script, but
 * a class such as `\p{L}` costs V8 about a millisecond to compile in each of the hundreds of
 * expressions the word lists and the lexicon make: a third of a small `redline check`. The shipped
 * patterns hold no letter or digit beyond ASCII, so their expression is ASCII too and is matched
 * against the text with such letters and digits folded to one placeholder (offsets do not move); a
 * match is reported with the text as written.
 */
class FoldingPhraseRegExp extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    const folded = foldOtherLetters(text);
    const match = super.exec(folded);
    if (!match) return null;
    if (match.length > 1) phraseOnly(match, text);
    else if (folded !== text) {
      match[0] = text.slice(match.index, match.index + match[0].length);
      match.input = text;
    }
    return match;
  }
}
